import { SpeeddateErrorCode, SpeeddateInputError } from './errors';
import { windowMask } from './masks';
import { SpeeddateInput } from './types';

/** Input checks of the scheduler; each failure is a SpeeddateInputError with a Dutch and an English message. */

export function failInput(code: SpeeddateErrorCode, nl: string, en: string): never {
  throw new SpeeddateInputError(code, nl, en);
}

/** A presence window as a round mask. */
export function presence(
  kind: string,
  id: string,
  from: number | undefined,
  to: number | undefined,
  rounds: number,
): number {
  const a = from ?? 1;
  const b = to ?? rounds;
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || b > rounds || a > b) {
    const nl = kind === 'candidate' ? 'kandidaat' : 'tafel';
    failInput(
      'INVALID_WINDOW',
      `${nl} ${id}: aanwezigheid ronde ${a} t/m ${b} valt niet binnen ronde 1 t/m ${rounds}`,
      `${kind} ${id}: presence window ${a}..${b} is not within rounds 1..${rounds}`,
    );
  }
  return windowMask(a, b);
}

function indexById(kind: string, items: ReadonlyArray<{ id: string }>): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (index.has(item.id)) {
      failInput('DUPLICATE_ID', `id ${item.id} komt twee keer voor`, `${kind} id ${item.id} occurs twice`);
    }
    index.set(item.id, i);
  });
  return index;
}

/** Minimum meetings per candidate (its own, else the event's), capped at the number of rounds. */
export function readMinimums(input: SpeeddateInput): Int32Array {
  const globalMin = input.minMeetingsPerCandidate ?? 0;
  return Int32Array.from(input.candidates, (c) => {
    const m = c.minMeetings ?? globalMin;
    if (!Number.isInteger(m) || m < 0) {
      failInput(
        'INVALID_MINIMUM',
        `kandidaat ${c.id}: minimum aantal gesprekken ${m} is geen geheel getal ≥ 0`,
        `candidate ${c.id}: minimum meetings ${m} is not a whole number ≥ 0`,
      );
    }
    return Math.min(m, input.rounds);
  });
}

/**
 * Checks that ids are unique and reads the fixed meetings as (candidateIndex × tableCount + tableIndex) → 0-based
 * round, each inside both presence windows.
 */
export function readFixed(input: SpeeddateInput, candWindow: Int32Array, tableWindow: Int32Array): Map<number, number> {
  const { rounds } = input;
  const T = input.tables.length;
  const candIndex = indexById('candidate', input.candidates);
  const tableIndex = indexById('table', input.tables);
  const fixedRounds = new Map<number, number>();
  for (const f of input.fixed ?? []) {
    const c = candIndex.get(f.candidateId);
    const t = tableIndex.get(f.tableId);
    if (c === undefined) {
      failInput(
        'UNKNOWN_ID',
        `vast gesprek: onbekende kandidaat ${f.candidateId}`,
        `fixed: unknown candidate ${f.candidateId}`,
      );
    }
    if (t === undefined) {
      failInput('UNKNOWN_ID', `vast gesprek: onbekende tafel ${f.tableId}`, `fixed: unknown table ${f.tableId}`);
    }
    const bit = Number.isInteger(f.round) && f.round >= 1 && f.round <= rounds ? 1 << (f.round - 1) : 0;
    if ((bit & candWindow[c] & tableWindow[t]) === 0) {
      failInput(
        'FIXED_OUTSIDE_WINDOW',
        `vast gesprek ${f.candidateId}–${f.tableId} in ronde ${f.round} valt buiten de aanwezigheid`,
        `fixed meeting ${f.candidateId}–${f.tableId} in round ${f.round} is outside a presence window`,
      );
    }
    if (fixedRounds.has(c * T + t)) {
      failInput(
        'FIXED_CONFLICT',
        `kandidaat ${f.candidateId} spreekt tafel ${f.tableId} twee keer`,
        `candidate ${f.candidateId} meets table ${f.tableId} twice`,
      );
    }
    fixedRounds.set(c * T + t, f.round - 1);
  }
  return fixedRounds;
}
