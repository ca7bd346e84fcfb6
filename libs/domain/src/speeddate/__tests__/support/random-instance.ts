import { SpeeddateInput } from '../../types';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomInstanceOptions {
  readonly candidates: number;
  readonly tables: number;
  readonly rounds: number;
  readonly seed: number;
  /** Share of candidates and tables with a random presence window (default 0: everybody all rounds). */
  readonly windowRate?: number;
  /** Share of pairs without an edge (default 0.15). */
  readonly forbiddenRate?: number;
  /** Chance that a table belongs to the previous table's werkgever (default 0.25). */
  readonly sharedEmployerRate?: number;
  readonly min?: number;
  /** Integer values 0..maxValue (default 20). */
  readonly maxValue?: number;
}

export function randomInstance(o: RandomInstanceOptions): SpeeddateInput {
  const rnd = mulberry32(o.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const window = () => {
    if (rnd() >= (o.windowRate ?? 0)) return {};
    const arrivalRound = int(1, o.rounds);
    return { arrivalRound, leaveRound: int(arrivalRound, o.rounds) };
  };
  const candidates = Array.from({ length: o.candidates }, (_, i) => ({ id: `k${i}`, ...window() }));
  let werkgever = 0;
  const tables = Array.from({ length: o.tables }, (_, i) => ({
    id: `t${i}`,
    werkgeverId: `w${i > 0 && rnd() < (o.sharedEmployerRate ?? 0.25) ? werkgever : ++werkgever}`,
    ...window(),
  }));
  const value = candidates.map(() =>
    tables.map(() => (rnd() < (o.forbiddenRate ?? 0.15) ? null : int(0, o.maxValue ?? 20))),
  );
  return { rounds: o.rounds, candidates, tables, value, minMeetingsPerCandidate: o.min ?? 0 };
}
