import { RoundColouring } from './edge-colouring';
import { Instance } from './instance';
import { popcount } from './masks';
import {
  SpeeddateShortfall,
  SpeeddateTally,
  SpeeddateMeeting,
  SpeeddateStats,
  SpeeddateShortfallReason,
  SpeeddateSchedule,
} from './types';

/** Turns the coloured edges into the public schedule: meetings in (round, table, candidate) order and tallies. */
export function summarise(inst: Instance, colouring: RoundColouring, stats: SpeeddateStats): SpeeddateSchedule {
  const C = inst.candidates.length;
  const T = inst.tables.length;
  const placed: number[] = [];
  for (let e = 0; e < inst.edgeCand.length; e++) if (colouring.edgeRound[e] !== -1) placed.push(e);
  const key = (e: number) => (colouring.edgeRound[e] * T + inst.edgeTable[e]) * C + inst.edgeCand[e];
  placed.sort((a, b) => key(a) - key(b));

  const meetings: SpeeddateMeeting[] = placed.map((e) => ({
    candidateId: inst.candidates[inst.edgeCand[e]].id,
    tableId: inst.tables[inst.edgeTable[e]].id,
    round: colouring.edgeRound[e] + 1,
    value: inst.edgeValue[e],
    fixed: colouring.isPinned(e),
  }));
  const counts = new Int32Array(C);
  for (const e of placed) counts[inst.edgeCand[e]]++;
  const perCandidate: SpeeddateTally[] = inst.candidates.map((c, i) => ({
    candidateId: c.id,
    meetings: counts[i],
    minimum: inst.minimum[i],
  }));
  const belowMinimum: SpeeddateShortfall[] = perCandidate
    .map((tally, i) => ({ tally, i }))
    .filter(({ tally }) => tally.meetings < tally.minimum)
    .map(({ tally, i }) => ({ ...tally, reason: shortfallReason(inst, i) }));

  return {
    meetings,
    totalValue: placed.reduce((sum, e) => sum + inst.edgeValue[e], 0),
    perCandidate,
    belowMinimum,
    stats,
  };
}

function shortfallReason(inst: Instance, c: number): SpeeddateShortfallReason {
  const minimum = inst.minimum[c];
  if (popcount(inst.candWindow[c]) < minimum) return 'presence';
  const employers = new Set<number>();
  for (let e = 0; e < inst.edgeCand.length; e++) {
    if (inst.edgeCand[e] === c) employers.add(inst.tableEmployer[inst.edgeTable[e]]);
  }
  return employers.size < minimum ? 'eligibility' : 'capacity';
}
