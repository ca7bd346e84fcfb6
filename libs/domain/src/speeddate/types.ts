/**
 * Public types of the speeddate scheduler. Rounds are numbered 1..rounds; a presence window is inclusive.
 * Ids are opaque strings; two tables with the same werkgeverId belong to one employer.
 */

export interface SpeeddateCandidate {
  readonly id: string;
  /** First round the candidate is present (default 1). */
  readonly arrivalRound?: number;
  /** Last round the candidate is present (default `rounds`). */
  readonly leaveRound?: number;
  /** Overrides `minMeetingsPerCandidate` for this candidate. */
  readonly minMeetings?: number;
}

export interface SpeeddateTable {
  readonly id: string;
  /** The employer (werkgever) behind the table: a candidate meets each werkgever at most once. */
  readonly werkgeverId: string;
  readonly arrivalRound?: number;
  readonly leaveRound?: number;
}

/**
 * Value of a meeting, ≥ 0 (match score plus stated mutual preferences). `null`/`undefined` = no edge: the pair
 * must not meet. A matrix is indexed `[candidateIndex][tableIndex]` in input order.
 */
export type SpeeddateValueFn = (candidate: SpeeddateCandidate, table: SpeeddateTable) => number | null | undefined;
export type SpeeddateValueMatrix = ReadonlyArray<ReadonlyArray<number | null | undefined>>;

export interface SpeeddateFixedMeeting {
  readonly candidateId: string;
  readonly tableId: string;
  readonly round: number;
}

export interface SpeeddateInput {
  readonly rounds: number;
  readonly candidates: readonly SpeeddateCandidate[];
  readonly tables: readonly SpeeddateTable[];
  readonly value: SpeeddateValueFn | SpeeddateValueMatrix;
  /** Fairness: every candidate gets at least this many meetings where capacity allows (default 0). */
  readonly minMeetingsPerCandidate?: number;
  /** Meetings that must stay exactly where they are (already held, or already announced). */
  readonly fixed?: readonly SpeeddateFixedMeeting[];
}

export interface SpeeddateOptions {
  /**
   * Values are turned into integer costs as round(value × valueScale). Default: 1 when every value is an
   * integer ≤ 1e6, otherwise 1e6 / (largest value).
   */
  readonly valueScale?: number;
  /** Rounds of "re-add alternatives" after meetings had to be dropped for presence windows (default 8). */
  readonly repairIterations?: number;
  /** Sweeps of exact per-round and per-table re-optimisation when the repair stalls below the bound (default 3). */
  readonly polishSweeps?: number;
}

export interface SpeeddateMeeting {
  readonly candidateId: string;
  readonly tableId: string;
  readonly round: number;
  readonly value: number;
  readonly fixed: boolean;
}

/**
 * Why a candidate has fewer meetings than the minimum:
 * - `presence`: present in fewer rounds than the minimum;
 * - `eligibility`: fewer werkgevers it may meet (edges with an overlapping window) than the minimum;
 * - `capacity`: the tables' rounds are taken (by other candidates' minimum meetings or by fixed meetings).
 */
export type SpeeddateShortfallReason = 'presence' | 'eligibility' | 'capacity';

export interface SpeeddateTally {
  readonly candidateId: string;
  readonly meetings: number;
  readonly minimum: number;
}

export interface SpeeddateShortfall extends SpeeddateTally {
  readonly reason: SpeeddateShortfallReason;
}

export interface SpeeddateStats {
  /**
   * Value of the b-matching optimum (rounds relaxed), fixed meetings included: no schedule with the same
   * fairness has a higher totalValue.
   */
  readonly upperBound: number;
  /** True when the schedule reaches that bound in fairness and value, which proves it optimal. */
  readonly provenOptimal: boolean;
  /** Meetings planned by the b-matching that could not be placed in a round (presence windows, fixed). */
  readonly dropped: number;
  /** Meetings added afterwards as alternatives for dropped ones. */
  readonly readded: number;
}

export interface SpeeddateSchedule {
  /** Sorted by round, then table order, then candidate order of the input. */
  readonly meetings: readonly SpeeddateMeeting[];
  readonly totalValue: number;
  /** One entry per candidate, in input order. */
  readonly perCandidate: readonly SpeeddateTally[];
  readonly belowMinimum: readonly SpeeddateShortfall[];
  readonly stats: SpeeddateStats;
}
