import { failInput, presence, readFixed, readMinimums } from './input';
import { MAX_SPEEDDATE_ROUNDS, popcount } from './masks';
import { SpeeddateOptions, SpeeddateCandidate, SpeeddateInput, SpeeddateTable } from './types';

/** The input as indexed arrays: candidates 0..C-1, tables 0..T-1, rounds as 0-based bits of a mask. */
export interface Instance {
  readonly rounds: number;
  readonly candidates: readonly SpeeddateCandidate[];
  readonly tables: readonly SpeeddateTable[];
  readonly candWindow: Int32Array;
  readonly tableWindow: Int32Array;
  readonly tableEmployer: Int32Array;
  readonly minimum: Int32Array;
  /** Edges (pairs that may meet, with a common round), in candidate-then-table order. */
  readonly edgeCand: Int32Array;
  readonly edgeTable: Int32Array;
  readonly edgeValue: Float64Array;
  /** Integer cost units: round(value × scale). */
  readonly edgeUnits: Float64Array;
  readonly edgeAllowed: Int32Array;
  /** Fixed meetings as (edge, 0-based round). */
  readonly fixed: ReadonlyArray<{ readonly edge: number; readonly round: number }>;
  /** Fairness weight of a candidate's k-th meeting (1-based): tierBonus × (maxMinimum + 1 − k) for k ≤ minimum. */
  readonly tierBonus: number;
  readonly maxMinimum: number;
}

export function meetingBonus(inst: Instance, candidate: number, k: number): number {
  return k <= inst.minimum[candidate] ? inst.tierBonus * (inst.maxMinimum + 1 - k) : 0;
}

export function buildInstance(input: SpeeddateInput, options: SpeeddateOptions = {}): Instance {
  const { rounds, candidates, tables } = input;
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > MAX_SPEEDDATE_ROUNDS) {
    failInput(
      'INVALID_ROUNDS',
      `aantal rondes moet een geheel getal van 1 t/m ${MAX_SPEEDDATE_ROUNDS} zijn, niet ${rounds}`,
      `rounds must be an integer from 1 to ${MAX_SPEEDDATE_ROUNDS}, got ${rounds}`,
    );
  }
  const C = candidates.length;
  const T = tables.length;

  const candWindow = Int32Array.from(candidates, (c) =>
    presence('candidate', c.id, c.arrivalRound, c.leaveRound, rounds),
  );
  const tableWindow = Int32Array.from(tables, (t) => presence('table', t.id, t.arrivalRound, t.leaveRound, rounds));
  const employers = new Map<string, number>();
  const tableEmployer = Int32Array.from(tables, (t) => {
    if (!employers.has(t.werkgeverId)) employers.set(t.werkgeverId, employers.size);
    return employers.get(t.werkgeverId)!;
  });
  const minimum = readMinimums(input);
  // Fixed meetings first: their pairs become edges even when the value function has none (they happened).
  const fixedRounds = readFixed(input, candWindow, tableWindow);
  const valueOf = typeof input.value === 'function' ? input.value : undefined;
  const matrix = typeof input.value === 'function' ? undefined : input.value;
  const ec: number[] = [];
  const et: number[] = [];
  const ev: number[] = [];
  const ea: number[] = [];
  const fixed: Array<{ edge: number; round: number }> = [];
  for (let c = 0; c < C; c++) {
    for (let t = 0; t < T; t++) {
      const allowed = candWindow[c] & tableWindow[t];
      const raw = valueOf ? valueOf(candidates[c], tables[t]) : matrix![c]?.[t];
      const fixedRound = fixedRounds.get(c * T + t);
      if (raw !== null && raw !== undefined && !(Number.isFinite(raw) && raw >= 0)) {
        const pair = `${candidates[c].id}–${tables[t].id}`;
        failInput(
          'INVALID_VALUE',
          `waarde van ${pair} moet een getal ≥ 0 zijn, niet ${raw}`,
          `value of ${pair} must be a finite number ≥ 0, got ${raw}`,
        );
      }
      if (allowed === 0 || ((raw === null || raw === undefined) && fixedRound === undefined)) continue;
      if (fixedRound !== undefined) fixed.push({ edge: ec.length, round: fixedRound });
      ec.push(c);
      et.push(t);
      ev.push(raw ?? 0);
      ea.push(allowed);
    }
  }

  const edgeValue = Float64Array.from(ev);
  const scale = options.valueScale ?? chooseScale(edgeValue, tableWindow, minimum);
  const edgeUnits = edgeValue.map((v) => Math.round(v * scale));
  const maxUnits = edgeUnits.reduce((a, b) => Math.max(a, b), 0);
  const slots = tableWindow.reduce((sum, w) => sum + popcount(w), 0);
  return {
    rounds,
    candidates,
    tables,
    candWindow,
    tableWindow,
    tableEmployer,
    minimum,
    edgeCand: Int32Array.from(ec),
    edgeTable: Int32Array.from(et),
    edgeValue,
    edgeUnits,
    edgeAllowed: Int32Array.from(ea),
    fixed,
    tierBonus: slots * maxUnits + 1,
    maxMinimum: minimum.reduce((a, b) => Math.max(a, b), 0),
  };
}

/** Integer values stay as they are; otherwise the largest value maps to 1e6 units — kept below 2^50 overall. */
function chooseScale(values: Float64Array, tableWindow: Int32Array, minimum: Int32Array): number {
  const max = values.reduce((a, b) => Math.max(a, b), 0);
  if (max === 0) return 1;
  const slots = tableWindow.reduce((sum, w) => sum + popcount(w), 0) || 1;
  const fairness = Math.max(1, minimum.reduce((a, b) => Math.max(a, b), 0) * minimum.reduce((a, b) => a + b, 0));
  const ceiling = Math.floor(2 ** 50 / (slots * (fairness + 1)));
  const integral = values.every((v) => Number.isInteger(v));
  const target = integral && max <= 1e6 ? max : 1e6;
  return Math.min(target, ceiling) / max;
}
