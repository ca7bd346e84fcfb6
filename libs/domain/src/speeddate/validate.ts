import { SpeeddateInput, SpeeddateSchedule } from './types';

/**
 * Checks a schedule against the hard rules of its input; returns the violations (empty = valid).
 * Independent of the scheduler's internals, so it can guard any schedule (hand-edited ones too).
 */
export function validateSpeeddateSchedule(input: SpeeddateInput, schedule: SpeeddateSchedule): string[] {
  const errors: string[] = [];
  const candidates = new Map(input.candidates.map((c, i) => [c.id, { c, i }]));
  const tables = new Map(input.tables.map((t, i) => [t.id, { t, i }]));
  const fixed = new Set((input.fixed ?? []).map((f) => `${f.candidateId}|${f.tableId}|${f.round}`));
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  let total = 0;

  for (const m of schedule.meetings) {
    const cand = candidates.get(m.candidateId);
    const table = tables.get(m.tableId);
    const what = `${m.candidateId}–${m.tableId} round ${m.round}`;
    if (!cand || !table) {
      errors.push(`${what}: unknown candidate or table`);
      continue;
    }
    const inWindow = (from = 1, to = input.rounds) => m.round >= from && m.round <= to;
    if (
      !Number.isInteger(m.round) ||
      !inWindow(cand.c.arrivalRound, cand.c.leaveRound) ||
      !inWindow(table.t.arrivalRound, table.t.leaveRound)
    ) {
      errors.push(`${what}: outside a presence window`);
    }
    const isFixed = fixed.has(`${m.candidateId}|${m.tableId}|${m.round}`);
    const value = typeof input.value === 'function' ? input.value(cand.c, table.t) : input.value[cand.i]?.[table.i];
    if ((value === null || value === undefined) && !isFixed) errors.push(`${what}: pair may not meet`);
    if (m.fixed !== isFixed) errors.push(`${what}: fixed flag is wrong`);
    for (const [key, rule] of [
      [`c|${m.candidateId}|${m.round}`, 'candidate has two meetings in one round'],
      [`t|${m.tableId}|${m.round}`, 'table has two meetings in one round'],
      [`w|${m.candidateId}|${table.t.werkgeverId}`, 'candidate meets the werkgever twice'],
    ]) {
      if (seen.has(key)) errors.push(`${what}: ${rule}`);
      seen.add(key);
    }
    counts.set(m.candidateId, (counts.get(m.candidateId) ?? 0) + 1);
    total += value ?? 0;
  }

  const scheduled = new Set(schedule.meetings.map((m) => `${m.candidateId}|${m.tableId}|${m.round}`));
  for (const f of fixed) if (!scheduled.has(f)) errors.push(`fixed meeting ${f.replace(/\|/g, ' ')} is missing`);
  if (Math.abs(total - schedule.totalValue) > 1e-6 * Math.max(1, Math.abs(total))) {
    errors.push(`totalValue ${schedule.totalValue} differs from the sum of meeting values ${total}`);
  }
  for (const tally of schedule.perCandidate) {
    if ((counts.get(tally.candidateId) ?? 0) !== tally.meetings) errors.push(`count of ${tally.candidateId} is wrong`);
  }
  return errors;
}
