/**
 * Loonkostensubsidie (LKS), Participatiewet art. 10d — RULES.md §1.
 *
 *   basis/uur = WML_uur(leeftijd) × (1 + vakantiebijslag)
 *   loondeel  = min((1 − loonwaarde) × basis/uur, maxPct × basis/uur)
 *   LKS/uur   = loondeel × (1 + werkgeverslastenForfait)
 *   LKS/maand = LKS/uur × urenPerWeek × 52 / 12      LKS/jaar = LKS/uur × urenPerWeek × 52
 *
 * Month and year amounts are computed from the unrounded LKS/uur; only the reported amounts are rounded.
 * Youth WML = WML_uur × the youth fraction of the parameter set, unrounded (choice: full precision, as for every
 * intermediate value). "Voorlopig" (loonwaarde not yet measured) = the parameter set's flat loonwaarde (0.5) for
 * at most `voorlopig.maxMaanden` months from the start date; the result carries the flag and the end date.
 */
import type Decimal from 'decimal.js';
import { DomainValidationError } from '../errors';
import { addDays, addMonths, type IsoDate, parseIsoDate } from './dates';
import { type DecimalInput, type EuroString, formatEuro, minDecimal, ONE, param } from './money';
import type { LksParameters, WithId } from './parameters';
import { requireFraction, requireInRangeExclusiveZero, requireInteger } from './validation';

/** Weeks per year and months per year are calendar facts of the formula, not parameters. */
export const WEKEN_PER_JAAR = 52;
export const MAANDEN_PER_JAAR = 12;
/** Hours in a week: the physical upper bound for hours per week. */
export const UREN_IN_EEN_WEEK = 168;

export interface LksVoorlopigInput {
  /** First day of the flat LKS. */
  startDatum: IsoDate;
  /** Last day (inclusive); defaults to, and may not exceed, start + maxMaanden − 1 day. */
  eindDatum?: IsoDate;
}

export interface LksInput {
  /** Loonwaarde as a fraction 0–1 (0.6 = 60 %); omit when `voorlopig`. */
  loonwaarde?: DecimalInput;
  urenPerWeek: DecimalInput;
  /** Age in years; omitted = adult WML. */
  leeftijd?: number;
  /** Loonwaarde not yet measured: flat LKS on the parameter set's voorlopige loonwaarde. */
  voorlopig?: LksVoorlopigInput;
}

/** Exact (unrounded) LKS figures, for reuse by other rules. */
export interface LksExact {
  loonwaarde: Decimal;
  wmlUur: Decimal;
  basisUur: Decimal;
  loondeel: Decimal;
  perUur: Decimal;
  perMaand: Decimal;
  perJaar: Decimal;
  gecapt: boolean;
  voorlopig: { startDatum: IsoDate; eindDatum: IsoDate } | null;
}

export interface LksResultaat {
  parameterSetId: string;
  /** Loonwaarde used, as a fraction ("0.6"). */
  loonwaarde: string;
  wmlUur: EuroString;
  basisUur: EuroString;
  lksPerUur: EuroString;
  lksPerMaand: EuroString;
  lksPerJaar: EuroString;
  /** True when the 70 % cap (maxPct) limited the wage part. */
  gecapt: boolean;
  /** Set while the loonwaarde is not yet measured: flat LKS until `eindDatum` (inclusive). */
  voorlopig: { startDatum: IsoDate; eindDatum: IsoDate } | null;
}

/** WML per hour for an age: adult from `volwassenLeeftijd`, else the youth fraction; no WML below the youngest row. */
export function wmlUurVoorLeeftijd(leeftijd: number | undefined, lks: LksParameters, field = 'leeftijd'): Decimal {
  const wml = param(lks.wmlUur);
  if (leeftijd === undefined) return wml;
  requireInteger(leeftijd, field, 0);
  if (leeftijd >= lks.volwassenLeeftijd) return wml;
  const regel = lks.jeugdWml.find((r) => r.leeftijd === leeftijd);
  if (!regel) {
    throw new DomainValidationError(
      field,
      `geen minimumloon vastgesteld voor leeftijd ${leeftijd}`,
      `no minimum wage defined for age ${leeftijd}`,
    );
  }
  return wml.times(param(regel.pct));
}

function voorlopigePeriode(
  voorlopig: LksVoorlopigInput,
  lks: LksParameters,
  field: string,
): { startDatum: IsoDate; eindDatum: IsoDate } {
  parseIsoDate(voorlopig.startDatum, `${field}.startDatum`);
  const uiterlijk = addDays(addMonths(voorlopig.startDatum, lks.voorlopig.maxMaanden), -1);
  if (voorlopig.eindDatum === undefined) return { startDatum: voorlopig.startDatum, eindDatum: uiterlijk };
  parseIsoDate(voorlopig.eindDatum, `${field}.eindDatum`);
  if (voorlopig.eindDatum < voorlopig.startDatum || voorlopig.eindDatum > uiterlijk) {
    throw new DomainValidationError(
      `${field}.eindDatum`,
      `moet tussen ${voorlopig.startDatum} en ${uiterlijk} liggen (hoogstens ${lks.voorlopig.maxMaanden} maanden)`,
      `must be between ${voorlopig.startDatum} and ${uiterlijk} (at most ${lks.voorlopig.maxMaanden} months)`,
    );
  }
  return { startDatum: voorlopig.startDatum, eindDatum: voorlopig.eindDatum };
}

/** The loonwaarde the LKS uses: measured, or the flat voorlopige loonwaarde. */
export function lksLoonwaarde(
  input: Pick<LksInput, 'loonwaarde' | 'voorlopig'>,
  lks: LksParameters,
  field = '',
): Decimal {
  const f = (name: string) => (field ? `${field}.${name}` : name);
  if (input.voorlopig) {
    if (input.loonwaarde !== undefined) {
      throw new DomainValidationError(
        f('loonwaarde'),
        'laat leeg zolang de loonwaarde nog niet gemeten is (voorlopig)',
        'must be omitted while the loonwaarde is not yet measured (voorlopig)',
      );
    }
    return param(lks.voorlopig.loonwaarde);
  }
  if (input.loonwaarde === undefined) {
    throw new DomainValidationError(f('loonwaarde'), 'is verplicht', 'is required');
  }
  return requireFraction(input.loonwaarde, f('loonwaarde'));
}

/** Exact LKS figures. `field` prefixes the names in validation errors (e.g. "medewerkers[2]"). */
export function berekenLks(input: LksInput, lks: LksParameters, field = ''): LksExact {
  const f = (name: string) => (field ? `${field}.${name}` : name);
  const loonwaarde = lksLoonwaarde(input, lks, field);
  const voorlopig = input.voorlopig ? voorlopigePeriode(input.voorlopig, lks, f('voorlopig')) : null;
  const uren = requireInRangeExclusiveZero(input.urenPerWeek, UREN_IN_EEN_WEEK, f('urenPerWeek'));
  const wmlUur = wmlUurVoorLeeftijd(input.leeftijd, lks, f('leeftijd'));

  const basisUur = wmlUur.times(ONE.plus(param(lks.vakantiebijslag)));
  const ongecapt = ONE.minus(loonwaarde);
  const maxPct = param(lks.maxPct);
  const loondeel = minDecimal(ongecapt, maxPct).times(basisUur);
  const perUur = loondeel.times(ONE.plus(param(lks.werkgeverslastenForfait)));
  const perJaar = perUur.times(uren).times(WEKEN_PER_JAAR);
  return {
    loonwaarde,
    wmlUur,
    basisUur,
    loondeel,
    perUur,
    perMaand: perJaar.dividedBy(MAANDEN_PER_JAAR),
    perJaar,
    gecapt: ongecapt.greaterThan(maxPct),
    voorlopig,
  };
}

/** LKS per hour / month / year for one worker (RULES.md §1), rounded to cents for reporting. */
export function loonkostensubsidie(input: LksInput, params: WithId<'lks'>): LksResultaat {
  const r = berekenLks(input, params.lks);
  return {
    parameterSetId: params.id,
    loonwaarde: r.loonwaarde.toString(),
    wmlUur: formatEuro(r.wmlUur),
    basisUur: formatEuro(r.basisUur),
    lksPerUur: formatEuro(r.perUur),
    lksPerMaand: formatEuro(r.perMaand),
    lksPerJaar: formatEuro(r.perJaar),
    gecapt: r.gecapt,
    voorlopig: r.voorlopig,
  };
}
