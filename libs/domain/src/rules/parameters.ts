/**
 * The versioned parameter set: every amount and threshold the rules use (RULES.md), per tenant, valid from/to.
 * Code holds the formulas; the numbers live here (seeded from `parameter-sets/*.json`, stored in the DB).
 *
 * Conventions:
 * - decimal values are strings ("14.71") so they stay exact through JSON and the DB;
 * - rates are fractions: "0.08" = 8 %, "0.214" = 21.4 %;
 * - `validFrom` and `validTo` are inclusive ISO dates; `validTo` null = open-ended;
 * - several versions of one set may overlap: the highest `version` valid on the date wins.
 */
import { ParameterSetAmbiguousError, ParameterSetNotFoundError } from '../errors';
import { addDays, type IsoDate, parseIsoDate } from './dates';

/** An exact decimal as a string, e.g. "14.71" or "0.235". */
export type DecimalString = string;

export interface JeugdWmlRegel {
  /** Age in years. */
  leeftijd: number;
  /** Fraction of the adult WML_uur, e.g. "0.80". */
  pct: DecimalString;
}

export interface LksParameters {
  /** Minimum wage per hour from `volwassenLeeftijd` (WML_uur 21+), excl. holiday allowance. */
  wmlUur: DecimalString;
  /** Age from which the full WML applies (21). */
  volwassenLeeftijd: number;
  /** Youth minimum wage as fractions of `wmlUur`; ages below the lowest listed age have no WML. */
  jeugdWml: JeugdWmlRegel[];
  vakantiebijslag: DecimalString;
  werkgeverslastenForfait: DecimalString;
  /** Cap on the wage part, as a fraction of basis/uur (0.70). */
  maxPct: DecimalString;
  /** Flat LKS while loonwaarde is not yet measured: modelled as this loonwaarde, for at most `maxMaanden`. */
  voorlopig: { loonwaarde: DecimalString; maxMaanden: number };
}

export interface CalculatieParameters {
  /** Employer's charges on gross wage incl. holiday allowance. */
  werkgeverslastenPct: DecimalString;
  /** Weeks of presence per year after holidays and absence. */
  productieveWeken: DecimalString;
  overheadPct: DecimalString;
  risicoPct: DecimalString;
  margePct: DecimalString;
  /** Default hourly rates of the supervisors (euros). */
  praktijkbegeleiderTarief: DecimalString;
  productieleiderTarief: DecimalString;
  /** A groepsplaatsing has at least this many workers. */
  minGroepsgrootte: number;
  /** Hours per week per worker must be > 0 and at most this. */
  maxUrenPerWeek: DecimalString;
}

/**
 * How an SROI building block is valued:
 * JAARWAARDE (a person placed: pro rata hours and months, bonuses), PER_MAAND (e.g. werkervaringsplek),
 * PER_LEERWERKJAAR (BBL: pro rata months / 12).
 */
export type SroiWaardering = 'JAARWAARDE' | 'PER_MAAND' | 'PER_LEERWERKJAAR';

export interface SroiBouwblok {
  code: string;
  omschrijving: string;
  waardering: SroiWaardering;
  /** Euros per year (JAARWAARDE, PER_LEERWERKJAAR) or per month (PER_MAAND). */
  waarde: DecimalString;
  /** Cap on the counted months; null = no limit (or: the agreed period of the effort itself). */
  maxDuurMaanden: number | null;
}

export interface SroiBonus {
  code: string;
  omschrijving: string;
  /** Euros added to the jaarwaarde. */
  waarde: DecimalString;
  /** Bonuses sharing a groep count once per person (e.g. "50+, statushouder or taalachterstand"). */
  groep: string | null;
}

/** How partial months count in SROI — see the comment at the top of sroi-maanden.ts. */
export type MaandTelling = 'DAGGEWOGEN' | 'VOLLE_KALENDERMAANDEN' | 'GESTARTE_KALENDERMAANDEN';

export interface SroiParameters {
  /** Name of the bouwblokken model, e.g. "Uniform Bouwblokkenmodel Oost-Nederland". */
  model: string;
  /** Hours per week that count as full-time. */
  voltijdUren: DecimalString;
  /** Default SROI percentage of the contract value. */
  standaardPercentage: DecimalString;
  maandTelling: MaandTelling;
  bouwblokken: SroiBouwblok[];
  bonussen: SroiBonus[];
  /** Euros per hour of volunteering; null = volunteering does not count in this model. */
  vrijwilligerswerkUurtarief: DecimalString | null;
}

export interface PsoUitgangspositie {
  code: string;
  omschrijving: string;
  gewicht: DecimalString;
  /** Counts only this many years after the employee's reference date (instroom, or loss of status); null = no limit. */
  telbaarJaren: number | null;
  /** Counts only while the employee's LKS runs. */
  alleenZolangLks: boolean;
}

export interface PsoContractType {
  code: string;
  omschrijving: string;
  gewicht: DecimalString;
}

export interface PsoNormRegel {
  /** Organisation size in FTE; the last row applies to this size and more. */
  omvang: number;
  trede1: DecimalString;
  trede2: DecimalString;
  trede3: DecimalString;
}

export interface PsoParameters {
  uitgangsposities: PsoUitgangspositie[];
  contractTypes: PsoContractType[];
  /** Published norms, ascending by omvang; interpolated linearly in between. */
  normen: PsoNormRegel[];
  /** 30+: direct share at least this (Aanbestedingswet art. 2.82). */
  dertigPlusDrempel: DecimalString;
  /** Default hours of a full-time job when a gap is expressed in candidates. */
  voltijdUren: DecimalString;
}

export interface ParameterSet {
  id: string;
  version: number;
  tenantId: string;
  naam: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  bronnen: string[];
  opmerkingen: string[];
  lks: LksParameters;
  calculatie: CalculatieParameters;
  sroi: SroiParameters;
  pso: PsoParameters;
}

/** The parameter sections a rule needs, plus the id recorded on every result. */
export type WithId<K extends keyof ParameterSet> = Pick<ParameterSet, 'id' | K>;

function isValidOn(set: ParameterSet, date: IsoDate): boolean {
  return set.validFrom <= date && (set.validTo === null || date <= set.validTo);
}

/**
 * The parameter set of `tenantId` valid on `date` (highest version when versions overlap).
 * Throws ParameterSetNotFoundError naming the uncovered period, or ParameterSetAmbiguousError when two different
 * sets of the same highest version apply.
 */
export function selectParameterSet<T extends ParameterSet>(sets: readonly T[], tenantId: string, date: IsoDate): T {
  parseIsoDate(date, 'date');
  const ofTenant = sets.filter((s) => s.tenantId === tenantId);
  const valid = ofTenant.filter((s) => isValidOn(s, date));
  if (valid.length === 0) {
    const endsBefore = ofTenant.filter((s) => s.validTo !== null && s.validTo < date).map((s) => s.validTo as string);
    const startsAfter = ofTenant.filter((s) => s.validFrom > date).map((s) => s.validFrom);
    const gapFrom = endsBefore.length ? addDays(endsBefore.sort().at(-1) as string, 1) : null;
    const gapTo = startsAfter.length ? addDays(startsAfter.sort()[0], -1) : null;
    throw new ParameterSetNotFoundError(tenantId, date, gapFrom, gapTo);
  }
  const top = Math.max(...valid.map((s) => s.version));
  const best = valid.filter((s) => s.version === top);
  const ids = [...new Set(best.map((s) => s.id))];
  if (ids.length > 1) throw new ParameterSetAmbiguousError(tenantId, date, ids.sort());
  return best[0];
}
