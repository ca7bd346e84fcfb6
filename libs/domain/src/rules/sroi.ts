/**
 * SROI — social return in public contracts (RULES.md §2): verplichting, realisatie, voortgang, prognose, status.
 *
 * Choices (RULES.md leaves them open):
 * - Months: counted with the set's `sroi.maandTelling`; seeded DAGGEWOGEN (see sroi-maanden.ts).
 * - Realised (as of `peildatum`): a period effort counts the part of [startDatum, eindDatum] that lies within the
 *   contract period and on or before the peildatum. An effort without eindDatum runs open-ended.
 * - Forecast: realised plus, for efforts *running* on the peildatum (started on or before it, not ended before or
 *   on it), the value still to accrue up to their planned end (eindDatum, or the contract end when open),
 *   the contract end and maxDuur. Efforts that have not started yet, and purchases/volunteering dated after the
 *   peildatum, are not in the forecast.
 * - Purchases and volunteering count on their date (within the contract period, not after the peildatum).
 * - Status compares the reported (cent-rounded) amounts, so what the user sees agrees with the status.
 */
import type Decimal from 'decimal.js';
import { DomainValidationError } from '../errors';
import { type IsoDate, maxDate, minDate, parseIsoDate } from './dates';
import {
  type DecimalInput,
  type EuroString,
  formatEuro,
  formatFixed,
  formatPercentage,
  roundCents,
  toDecimal,
  ZERO,
} from './money';
import type { SroiParameters, WithId } from './parameters';
import { sroiPeriodeWaarde, type SroiWaardeExact } from './sroi-inzet';
import { telMaanden } from './sroi-maanden';
import { requireFraction, requireNonNegative } from './validation';

export interface SroiContract {
  contractwaarde: DecimalInput;
  /** Fraction (0.05 = 5 %); default: the set's standaardPercentage. */
  sroiPercentage?: DecimalInput;
  startDatum: IsoDate;
  eindDatum: IsoDate;
}

/** A person placed, a werkervaringsplek or a BBL student: valued by the bouwblok of `categorie`. */
export interface SroiPlaatsingInzet {
  soort: 'PLAATSING';
  id: string;
  categorie: string;
  /** Required when the bouwblok is a JAARWAARDE. */
  urenPerWeek?: DecimalInput;
  startDatum: IsoDate;
  /** (Planned) last day, inclusive; null/omitted = open-ended. */
  eindDatum?: IsoDate | null;
  bonussen?: string[];
}

export interface SroiInkoopInzet {
  soort: 'INKOOP';
  id: string;
  /** Invoice date. */
  datum: IsoDate;
  factuurbedragExclBtw: DecimalInput;
}

export interface SroiVrijwilligerswerkInzet {
  soort: 'VRIJWILLIGERSWERK';
  id: string;
  datum: IsoDate;
  uren: DecimalInput;
}

export type SroiInzet = SroiPlaatsingInzet | SroiInkoopInzet | SroiVrijwilligerswerkInzet;

export type SroiStatus = 'GEREALISEERD' | 'OP_SCHEMA' | 'ACHTER';

export interface SroiVerplichting {
  parameterSetId: string;
  contractwaarde: EuroString;
  /** Percentage, e.g. "5.00". */
  sroiPercentage: string;
  verplichting: EuroString;
}

export interface SroiInzetResultaat {
  id: string;
  soort: SroiInzet['soort'];
  categorie: string | null;
  /** Months within the contract period up to the peildatum, before / after the maxDuur cap ("8.00"). */
  maandenGewerkt: string | null;
  geteldeMaanden: string | null;
  gerealiseerd: EuroString;
  lopend: boolean;
  prognoseMaanden: string | null;
  prognose: EuroString;
  nogTeVerwachten: EuroString;
  /** True when maxDuur limits the months (realised or forecast). */
  gecapt: boolean;
}

export interface SroiVoortgang {
  parameterSetId: string;
  peildatum: IsoDate;
  verplichting: EuroString;
  gerealiseerd: EuroString;
  /** Realised as a percentage of the obligation ("29.63"); null when the obligation is 0. */
  voortgangPct: string | null;
  /** Obligation minus realised, not below 0. */
  nogTeRealiseren: EuroString;
  prognose: EuroString;
  prognosePct: string | null;
  status: SroiStatus;
  inzet: SroiInzetResultaat[];
}

interface ContractExact {
  contractwaarde: Decimal;
  percentage: Decimal;
  verplichting: Decimal;
}

function contractExact(contract: SroiContract, sroi: SroiParameters): ContractExact {
  parseIsoDate(contract.startDatum, 'contract.startDatum');
  parseIsoDate(contract.eindDatum, 'contract.eindDatum');
  if (contract.eindDatum < contract.startDatum) {
    throw new DomainValidationError('contract.eindDatum', 'ligt voor de startdatum', 'is before the start date');
  }
  const contractwaarde = requireNonNegative(contract.contractwaarde, 'contract.contractwaarde');
  const percentage = requireFraction(contract.sroiPercentage ?? sroi.standaardPercentage, 'contract.sroiPercentage');
  return { contractwaarde, percentage, verplichting: contractwaarde.times(percentage) };
}

/** Verplichting = contractwaarde × SROI-percentage. */
export function sroiVerplichting(contract: SroiContract, params: WithId<'sroi'>): SroiVerplichting {
  const c = contractExact(contract, params.sroi);
  return {
    parameterSetId: params.id,
    contractwaarde: formatEuro(c.contractwaarde),
    sroiPercentage: formatPercentage(c.percentage),
    verplichting: formatEuro(c.verplichting),
  };
}

interface InzetExact {
  realised: Decimal;
  forecast: Decimal;
  lopend: boolean;
  real: SroiWaardeExact | null;
  prog: SroiWaardeExact | null;
}

function plaatsingExact(
  inzet: SroiPlaatsingInzet,
  contract: SroiContract,
  peildatum: IsoDate,
  sroi: SroiParameters,
  field: string,
): InzetExact {
  parseIsoDate(inzet.startDatum, `${field}.startDatum`);
  const eind = inzet.eindDatum ?? null;
  if (eind !== null) {
    parseIsoDate(eind, `${field}.eindDatum`);
    if (eind < inzet.startDatum) {
      throw new DomainValidationError(`${field}.eindDatum`, 'ligt voor de startdatum', 'is before the start date');
    }
  }
  const van = maxDate(inzet.startDatum, contract.startDatum);
  const geplandTot = minDate(eind ?? contract.eindDatum, contract.eindDatum);
  const realTot = minDate(geplandTot, peildatum);
  const base = { categorie: inzet.categorie, urenPerWeek: inzet.urenPerWeek, bonussen: inzet.bonussen };
  const real = sroiPeriodeWaarde({ ...base, maanden: telMaanden(van, realTot, sroi.maandTelling) }, sroi, field);
  const lopend = inzet.startDatum <= peildatum && (eind === null || eind > peildatum);
  const prog = lopend
    ? sroiPeriodeWaarde({ ...base, maanden: telMaanden(van, geplandTot, sroi.maandTelling) }, sroi, field)
    : real;
  return { realised: real.waarde, forecast: prog.waarde, lopend, real, prog };
}

function datumInzetExact(
  inzet: SroiInkoopInzet | SroiVrijwilligerswerkInzet,
  contract: SroiContract,
  peildatum: IsoDate,
  sroi: SroiParameters,
  field: string,
): InzetExact {
  parseIsoDate(inzet.datum, `${field}.datum`);
  let waarde: Decimal;
  if (inzet.soort === 'INKOOP') {
    waarde = requireNonNegative(inzet.factuurbedragExclBtw, `${field}.factuurbedragExclBtw`);
  } else {
    if (sroi.vrijwilligerswerkUurtarief === null) {
      throw new DomainValidationError(
        `${field}.soort`,
        `vrijwilligerswerk telt niet in model ${sroi.model}`,
        `volunteering does not count in model ${sroi.model}`,
      );
    }
    waarde = requireNonNegative(inzet.uren, `${field}.uren`).times(sroi.vrijwilligerswerkUurtarief);
  }
  const telt = inzet.datum >= contract.startDatum && inzet.datum <= contract.eindDatum && inzet.datum <= peildatum;
  const realised = telt ? waarde : ZERO;
  return { realised, forecast: realised, lopend: false, real: null, prog: null };
}

const months = (d: Decimal) => formatFixed(d, 2);

/** Progress of one contract's SROI obligation on `peildatum`, with forecast and status. */
export function sroiVoortgang(
  input: { contract: SroiContract; inzet: readonly SroiInzet[]; peildatum: IsoDate },
  params: WithId<'sroi'>,
): SroiVoortgang {
  const { sroi } = params;
  const c = contractExact(input.contract, sroi);
  parseIsoDate(input.peildatum, 'peildatum');

  let realised: Decimal = ZERO;
  let forecast: Decimal = ZERO;
  const inzet = input.inzet.map((i, index): SroiInzetResultaat => {
    const field = `inzet[${index}]`;
    const r =
      i.soort === 'PLAATSING'
        ? plaatsingExact(i, input.contract, input.peildatum, sroi, field)
        : datumInzetExact(i, input.contract, input.peildatum, sroi, field);
    realised = realised.plus(r.realised);
    forecast = forecast.plus(r.forecast);
    return {
      id: i.id,
      soort: i.soort,
      categorie: i.soort === 'PLAATSING' ? i.categorie : null,
      maandenGewerkt: r.real ? months(r.real.maandenGewerkt) : null,
      geteldeMaanden: r.real ? months(r.real.geteldeMaanden) : null,
      gerealiseerd: formatEuro(r.realised),
      lopend: r.lopend,
      prognoseMaanden: r.prog ? months(r.prog.geteldeMaanden) : null,
      prognose: formatEuro(r.forecast),
      nogTeVerwachten: formatEuro(r.forecast.minus(r.realised)),
      gecapt: Boolean(r.real?.gecapt || r.prog?.gecapt),
    };
  });

  const verplichting = roundCents(c.verplichting);
  const status: SroiStatus = roundCents(realised).greaterThanOrEqualTo(verplichting)
    ? 'GEREALISEERD'
    : roundCents(forecast).greaterThanOrEqualTo(verplichting)
      ? 'OP_SCHEMA'
      : 'ACHTER';
  const pct = (d: Decimal) => (c.verplichting.isZero() ? null : formatPercentage(d.dividedBy(c.verplichting)));
  const rest = c.verplichting.minus(realised);
  return {
    parameterSetId: params.id,
    peildatum: input.peildatum,
    verplichting: formatEuro(c.verplichting),
    gerealiseerd: formatEuro(realised),
    voortgangPct: pct(realised),
    nogTeRealiseren: formatEuro(rest.isNegative() ? ZERO : rest),
    prognose: formatEuro(forecast),
    prognosePct: pct(forecast),
    status,
    inzet,
  };
}

/** Value of one person placed for a given number of months worked (e.g. the RULES.md worked examples). */
export function sroiRealisatie(
  input: { categorie: string; urenPerWeek?: DecimalInput; maanden: DecimalInput; bonussen?: readonly string[] },
  params: WithId<'sroi'>,
): { parameterSetId: string; geteldeMaanden: string; gecapt: boolean; waarde: EuroString } {
  const r = sroiPeriodeWaarde(input, params.sroi);
  return {
    parameterSetId: params.id,
    geteldeMaanden: months(r.geteldeMaanden),
    gecapt: r.gecapt,
    waarde: formatEuro(r.waarde),
  };
}

/** Share of an obligation as a percentage string ("29.63"); null when the obligation is 0. */
export function sroiAandeel(waarde: DecimalInput, verplichting: DecimalInput): string | null {
  const v = requireNonNegative(verplichting, 'verplichting');
  return v.isZero() ? null : formatPercentage(toDecimal(waarde, 'waarde').dividedBy(v));
}
