import type { Beroepsgroep } from '../vocabulary';

/** A calendar date as `YYYY-MM-DD` (no time, no zone). */
export type IsoDatum = string;

export const TAALNIVEAUS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'MOEDERTAAL'] as const;
/** Dutch language level (CEFR), or native speaker. */
export type TaalNiveau = (typeof TAALNIVEAUS)[number];

export type Vervoer = 'AUTO' | 'MOTOR' | 'SCOOTER' | 'FIETS' | 'OV' | 'LOPEN';

export type Doelgroep = 'BANENAFSPRAAK' | 'BESCHUT' | 'STATUSHOUDER' | 'JONGERE' | '50PLUS' | 'WSW' | 'NUGGER';

export type Instrument = 'LKS' | 'NO_RISKPOLIS' | 'PROEFPLAATSING' | 'JOBCOACH' | 'LKV' | 'WERKPLEKAANPASSING';

/** SBI 2008 section letter (A landbouw … U extraterritoriale organisaties). */
export type SbiSectie =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'G'
  | 'H'
  | 'I'
  | 'J'
  | 'K'
  | 'L'
  | 'M'
  | 'N'
  | 'O'
  | 'P'
  | 'Q'
  | 'R'
  | 'S'
  | 'T'
  | 'U';

/** Why an employer declined an earlier proposal. */
export type ReactieReden =
  'TE_VER_WEG' | 'UREN_PASSEN_NIET' | 'GEEN_PLEK' | 'TAALNIVEAU' | 'VAARDIGHEDEN' | 'GEEN_INTERESSE';

/** A candidate as the matching engine sees it (staff-side: includes doelgroepen and instruments). */
export interface MatchKandidaat {
  readonly id: string;
  /** desired job titles, free text or vocabulary terms */
  readonly beroepswensen: readonly string[];
  readonly skills: readonly string[];
  readonly lat: number;
  readonly lon: number;
  /** maximum travel distance (straight line), km */
  readonly reisbereidheidKm: number;
  /** hours per week the candidate is available for */
  readonly urenMin: number;
  readonly urenMax: number;
  readonly beschikbaarVanaf: IsoDatum;
  readonly rijbewijs: boolean;
  readonly vervoer: readonly Vervoer[];
  /** unknown when absent */
  readonly nederlandsNiveau?: TaalNiveau;
  /** desired sectors; empty = no preference */
  readonly sectorWensen: readonly SbiSectie[];
  readonly doelgroepen: readonly Doelgroep[];
  /** instruments that apply to this candidate (what an employer can use when hiring them) */
  readonly instrumenten: readonly Instrument[];
}

export interface MatchVacature {
  readonly soort: 'VACATURE';
  readonly id: string;
  readonly werkgeverId: string;
  readonly title: string;
  /** the occupation (job title) the vacancy is for; `title` is used when it is not recognised */
  readonly occupation: string;
  readonly requiredSkills: readonly string[];
  readonly preferredSkills: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly plaats: string;
  readonly urenMin: number;
  readonly urenMax: number;
  /** absent = start per direct (the peildatum) */
  readonly startDatum?: IsoDatum;
  readonly rijbewijsVereist: boolean;
  /** licence category for the explanation, default "B" */
  readonly rijbewijsCategorie?: string;
  readonly nederlandsNiveauMin?: TaalNiveau;
  /** a level below `nederlandsNiveauMin` excludes instead of costing points */
  readonly nederlandsNiveauHard?: boolean;
  /** absent = the employer's sector */
  readonly sector?: SbiSectie;
  /** doelgroepen the vacancy is suited for */
  readonly doelgroepen: readonly Doelgroep[];
  /** instruments the employer accepts for this vacancy (the employer's general ones count too) */
  readonly instrumenten: readonly Instrument[];
}

export interface MatchVestiging {
  readonly id?: string;
  readonly lat: number;
  readonly lon: number;
  readonly plaats: string;
}

export interface WerkgeverReactie {
  readonly reden: ReactieReden;
  readonly datum?: IsoDatum;
}

export interface WerkgeverHistorie {
  /** past placements per beroepsgroep (taxonomy key) */
  readonly plaatsingenPerBeroepsgroep: Readonly<Partial<Record<Beroepsgroep, number>>>;
  /** past declined proposals with their reason */
  readonly reacties: readonly WerkgeverReactie[];
}

/** An employer, matched on its own (without an open vacancy) or as the owner of a vacancy. */
export interface MatchWerkgever {
  readonly soort: 'WERKGEVER';
  readonly id: string;
  readonly sector?: SbiSectie;
  readonly vestigingen: readonly MatchVestiging[];
  readonly openDoelgroepen: readonly Doelgroep[];
  readonly acceptedInstrumenten: readonly Instrument[];
  readonly history: WerkgeverHistorie;
}

/** What a candidate can be matched to. */
export type MatchDoel = MatchVacature | MatchWerkgever;

export type MatchFactor =
  | 'BEROEP'
  | 'VAARDIGHEDEN'
  | 'AFSTAND'
  | 'UREN'
  | 'BESCHIKBAARHEID'
  | 'SECTOR'
  | 'NEDERLANDS'
  | 'INSTRUMENTEN'
  | 'DOELGROEP'
  | 'HISTORIE';

/** The factors that apply to an employer matched without a vacancy. */
export type WerkgeverFactor = Extract<MatchFactor, 'AFSTAND' | 'SECTOR' | 'INSTRUMENTEN' | 'DOELGROEP' | 'HISTORIE'>;

export type UitsluitReden = 'GEEN_RIJBEWIJS' | 'TE_VER_WEG' | 'NIET_OP_TIJD_BESCHIKBAAR' | 'TAALNIVEAU_TE_LAAG';

export interface MatchFactorUitleg {
  readonly factor: MatchFactor;
  readonly punten: number;
  readonly maxPunten: number;
  /** short Dutch sentence, e.g. "Woont 8 km van de vestiging in Tiel" */
  readonly zin: string;
}

export interface MatchUitsluiting {
  readonly reason: UitsluitReden;
  readonly zin: string;
}

export interface MatchResultaat {
  /** 0–100, one decimal; 0 when excluded */
  readonly score: number;
  readonly excluded?: MatchUitsluiting;
  /** every factor that applies, also when excluded */
  readonly factors: readonly MatchFactorUitleg[];
}

export interface MatchContext {
  /** "today" for availability; the engine never reads the clock */
  readonly peildatum: IsoDatum;
  /** employers by id: a vacancy's employer adds its history and its general instruments/doelgroepen */
  readonly werkgevers?: ReadonlyMap<string, MatchWerkgever>;
}
