/**
 * The value of one SROI effort (RULES.md §2), exact.
 *
 * - A person (bouwblok with waardering JAARWAARDE):
 *     (jaarwaarde + bonuses) × min(uren / voltijdUren, 1) × getelde maanden / 12,
 *     getelde maanden = min(months worked within the contract period, maxDuur).
 *   Bonuses sharing a `groep` count once (the highest of the group).
 * - PER_MAAND (werkervaringsplek / proefplaatsing): waarde × months of the agreed period (capped by maxDuur if set).
 * - PER_LEERWERKJAAR (BBL): waarde × months / 12 — pro rata per month (choice: a partial leerwerkjaar counts pro rata).
 * - INKOOP: the invoice amount excl. VAT.    VRIJWILLIGERSWERK: hours × the set's hourly rate.
 * Months are counted with the set's `maandTelling` (see sroi-maanden.ts).
 */
import type Decimal from 'decimal.js';
import { DomainValidationError } from '../errors';
import type { IsoDate } from './dates';
import { MAANDEN_PER_JAAR, UREN_IN_EEN_WEEK } from './lks';
import { Dec, type DecimalInput, minDecimal, ONE, param, ZERO } from './money';
import type { SroiBouwblok, SroiParameters } from './parameters';
import { telMaanden } from './sroi-maanden';
import { requireInRangeExclusiveZero, requireNonNegative } from './validation';

export interface SroiPlaatsingWaardeInput {
  /** Code of a bouwblok of the set. */
  categorie: string;
  /** Required for JAARWAARDE blocks. */
  urenPerWeek?: DecimalInput;
  /** Months worked within the contract period, before the maxDuur cap. */
  maanden: DecimalInput;
  /** Bonus codes of the set (JAARWAARDE blocks only). */
  bonussen?: readonly string[];
}

export interface SroiWaardeExact {
  bouwblok: SroiBouwblok;
  maandenGewerkt: Decimal;
  geteldeMaanden: Decimal;
  /** True when maxDuur cut the months. */
  gecapt: boolean;
  /** jaarwaarde + bonuses (JAARWAARDE), or the block's waarde. */
  waardeBasis: Decimal;
  /** min(uren/voltijdUren, 1) for JAARWAARDE blocks, else 1. */
  urenFactor: Decimal;
  waarde: Decimal;
}

export function findBouwblok(sroi: SroiParameters, code: string, field: string): SroiBouwblok {
  const blok = sroi.bouwblokken.find((b) => b.code === code);
  if (!blok) {
    throw new DomainValidationError(
      field,
      `onbekende SROI-categorie ${code} in model ${sroi.model}`,
      `unknown SROI category ${code} in model ${sroi.model}`,
    );
  }
  return blok;
}

/** Sum of the bonuses, each groep counted once (its highest bonus). */
export function bonusTotaal(sroi: SroiParameters, codes: readonly string[], field: string): Decimal {
  const perGroep = new Map<string, Decimal>();
  let total: Decimal = ZERO;
  codes.forEach((code, i) => {
    const bonus = sroi.bonussen.find((b) => b.code === code);
    if (!bonus) {
      throw new DomainValidationError(
        `${field}[${i}]`,
        `onbekende bonus ${code} in model ${sroi.model}`,
        `unknown bonus ${code} in model ${sroi.model}`,
      );
    }
    const waarde = param(bonus.waarde);
    if (bonus.groep === null) {
      total = total.plus(waarde);
    } else {
      const prev = perGroep.get(bonus.groep);
      if (!prev || waarde.greaterThan(prev)) perGroep.set(bonus.groep, waarde);
    }
  });
  for (const v of perGroep.values()) total = total.plus(v);
  return total;
}

/** Value of a placement or other period-based effort for a given number of months worked. */
export function sroiPeriodeWaarde(input: SroiPlaatsingWaardeInput, sroi: SroiParameters, field = ''): SroiWaardeExact {
  const f = (name: string) => (field ? `${field}.${name}` : name);
  const bouwblok = findBouwblok(sroi, input.categorie, f('categorie'));
  const maandenGewerkt = requireNonNegative(input.maanden, f('maanden'));
  const cap = bouwblok.maxDuurMaanden === null ? null : new Dec(bouwblok.maxDuurMaanden);
  const geteldeMaanden = cap === null ? maandenGewerkt : minDecimal(maandenGewerkt, cap);
  const gecapt = cap !== null && maandenGewerkt.greaterThan(cap);

  let waardeBasis = param(bouwblok.waarde);
  let urenFactor: Decimal = ONE;
  if (bouwblok.waardering === 'JAARWAARDE') {
    if (input.urenPerWeek === undefined) {
      throw new DomainValidationError(
        f('urenPerWeek'),
        'is verplicht voor deze categorie',
        'is required for this category',
      );
    }
    const uren = requireInRangeExclusiveZero(input.urenPerWeek, UREN_IN_EEN_WEEK, f('urenPerWeek'));
    urenFactor = minDecimal(uren.dividedBy(param(sroi.voltijdUren)), ONE);
    waardeBasis = waardeBasis.plus(bonusTotaal(sroi, input.bonussen ?? [], f('bonussen')));
  } else if (input.bonussen && input.bonussen.length > 0) {
    throw new DomainValidationError(
      f('bonussen'),
      'bonussen gelden alleen voor geplaatste personen (jaarwaarde)',
      'bonuses apply only to persons placed (jaarwaarde)',
    );
  }

  const waarde =
    bouwblok.waardering === 'PER_MAAND'
      ? waardeBasis.times(geteldeMaanden)
      : waardeBasis.times(urenFactor).times(geteldeMaanden).dividedBy(MAANDEN_PER_JAAR);
  return { bouwblok, maandenGewerkt, geteldeMaanden, gecapt, waardeBasis, urenFactor, waarde };
}

/** Months of [van, tot] under the set's counting, then valued. */
export function sroiPeriodeWaardeTussen(
  input: Omit<SroiPlaatsingWaardeInput, 'maanden'>,
  van: IsoDate,
  tot: IsoDate,
  sroi: SroiParameters,
  field = '',
): SroiWaardeExact {
  return sroiPeriodeWaarde({ ...input, maanden: telMaanden(van, tot, sroi.maandTelling) }, sroi, field);
}
