import type { MatchFactor, ReactieReden, WerkgeverFactor } from './types';

/** A factor that weighs more for an employer who declined earlier proposals for a given reason. */
export interface ReactieVersterking {
  readonly factor: MatchFactor;
  /** multiplies the factor's maximum points (applied once, however many such reactions) */
  readonly multiplier: number;
}

/**
 * Every number the matching engine uses. Stored per tenant later; the code holds none of these.
 * Scores are Σ punten / Σ maxPunten over the factors that apply, scaled to 0–100.
 */
export interface MatchWeights {
  /** maximum points per factor for a vacancy match; 0 switches a factor off */
  readonly vacatureFactoren: Readonly<Record<MatchFactor, number>>;
  /** maximum points per factor for an employer matched without a vacancy */
  readonly werkgeverFactoren: Readonly<Record<WerkgeverFactor, number>>;
  /** share of the points when candidate-side data is missing (no beroepswens, unknown language level) */
  readonly onbekendFractie: number;
  readonly beroep: {
    /**
     * share for a wish in the same beroepsgroep but another synonym group; the 12 beroepsgroepen are
     * broad (transport holds vrachtwagenchauffeur and maaltijdbezorger), so this stays well below 1
     */
    readonly zelfdeBeroepsgroep: number;
  };
  readonly vaardigheden: {
    /** relative weight of one required skill vs one preferred skill */
    readonly verplichtGewicht: number;
    readonly gewenstGewicht: number;
    /** share for a skill in the same beroepsgroep but another synonym group */
    readonly zelfdeBeroepsgroep: number;
  };
  readonly afstand: {
    /** full points up to this distance, falling linearly to 0 at the candidate's reisbereidheid */
    readonly volledigTotKm: number;
  };
  readonly uren: {
    /** hours of gap between the candidate's and the vacancy's range at which the points reach 0 */
    readonly tolerantieUren: number;
  };
  readonly beschikbaarheid: {
    /** days a candidate may become available after the start date before being excluded */
    readonly graceDagen: number;
  };
  readonly nederlands: {
    /** share lost per CEFR level below the vacancy's minimum */
    readonly aftrekPerNiveau: number;
  };
  readonly historie: {
    /** placements in the beroepsgroep that give full points */
    readonly plaatsingenVoorVol: number;
    /** share lost per "geen plek" reaction (employer matched without a vacancy only) */
    readonly aftrekPerGeenPlek: number;
  };
  readonly reactieVersterking: Readonly<Partial<Record<ReactieReden, ReactieVersterking>>>;
}

export const DEFAULT_MATCH_WEIGHTS: MatchWeights = Object.freeze({
  vacatureFactoren: Object.freeze({
    BEROEP: 30,
    VAARDIGHEDEN: 15,
    AFSTAND: 15,
    UREN: 10,
    BESCHIKBAARHEID: 5,
    SECTOR: 5,
    NEDERLANDS: 5,
    INSTRUMENTEN: 5,
    DOELGROEP: 5,
    HISTORIE: 5,
  }),
  werkgeverFactoren: Object.freeze({
    HISTORIE: 25,
    SECTOR: 20,
    AFSTAND: 20,
    DOELGROEP: 15,
    INSTRUMENTEN: 15,
  }),
  onbekendFractie: 0.5,
  beroep: Object.freeze({ zelfdeBeroepsgroep: 0.3 }),
  vaardigheden: Object.freeze({ verplichtGewicht: 2, gewenstGewicht: 1, zelfdeBeroepsgroep: 0.25 }),
  afstand: Object.freeze({ volledigTotKm: 5 }),
  uren: Object.freeze({ tolerantieUren: 8 }),
  beschikbaarheid: Object.freeze({ graceDagen: 14 }),
  nederlands: Object.freeze({ aftrekPerNiveau: 0.35 }),
  historie: Object.freeze({ plaatsingenVoorVol: 3, aftrekPerGeenPlek: 0.25 }),
  reactieVersterking: Object.freeze({
    TE_VER_WEG: Object.freeze({ factor: 'AFSTAND', multiplier: 2 }),
    UREN_PASSEN_NIET: Object.freeze({ factor: 'UREN', multiplier: 1.5 }),
    TAALNIVEAU: Object.freeze({ factor: 'NEDERLANDS', multiplier: 1.5 }),
    VAARDIGHEDEN: Object.freeze({ factor: 'VAARDIGHEDEN', multiplier: 1.5 }),
  }),
});
