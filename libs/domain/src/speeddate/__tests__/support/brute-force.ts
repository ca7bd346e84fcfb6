import { SpeeddateInput, SpeeddateSchedule } from '../../types';

export interface Objective {
  readonly fairness: number;
  readonly value: number;
}

/** The scheduler's ranking: a candidate's k-th meeting up to its minimum scores (K + 1 − k), K = largest minimum. */
export function fairnessScore(input: SpeeddateInput, counts: readonly number[]): number {
  const minimum = input.candidates.map((c) =>
    Math.min(c.minMeetings ?? input.minMeetingsPerCandidate ?? 0, input.rounds),
  );
  const K = Math.max(0, ...minimum);
  let score = 0;
  counts.forEach((n, c) => {
    for (let k = 1; k <= Math.min(n, minimum[c]); k++) score += K + 1 - k;
  });
  return score;
}

export function objectiveOf(input: SpeeddateInput, schedule: SpeeddateSchedule): Objective {
  return {
    fairness: fairnessScore(
      input,
      schedule.perCandidate.map((t) => t.meetings),
    ),
    value: schedule.totalValue,
  };
}

export function better(a: Objective, b: Objective): boolean {
  return a.fairness > b.fairness || (a.fairness === b.fairness && a.value > b.value);
}

/** Exhaustive search over every (candidate, round) → table or none; for instances of a handful of slots. */
export function bruteForce(input: SpeeddateInput): Objective {
  const matrix = input.value as ReadonlyArray<ReadonlyArray<number | null>>;
  const C = input.candidates.length;
  const T = input.tables.length;
  const R = input.rounds;
  const present = (w: { arrivalRound?: number; leaveRound?: number }, r: number) =>
    r >= (w.arrivalRound ?? 1) && r <= (w.leaveRound ?? R);
  const tableBusy = new Set<string>();
  const metEmployer = new Set<string>();
  const counts = new Array<number>(C).fill(0);
  let best: Objective = { fairness: -1, value: -1 };

  const visit = (slot: number, value: number): void => {
    if (slot === C * R) {
      const candidate = { fairness: fairnessScore(input, counts), value };
      if (better(candidate, best)) best = candidate;
      return;
    }
    const c = slot % C;
    const r = Math.floor(slot / C) + 1;
    visit(slot + 1, value);
    if (!present(input.candidates[c], r)) return;
    for (let t = 0; t < T; t++) {
      const v = matrix[c][t];
      const table = input.tables[t];
      const employer = `${c}|${table.werkgeverId}`;
      if (v === null || !present(table, r) || tableBusy.has(`${t}|${r}`) || metEmployer.has(employer)) continue;
      tableBusy.add(`${t}|${r}`);
      metEmployer.add(employer);
      counts[c]++;
      visit(slot + 1, value + v);
      counts[c]--;
      metEmployer.delete(employer);
      tableBusy.delete(`${t}|${r}`);
    }
  };
  visit(0, 0);
  return best;
}
