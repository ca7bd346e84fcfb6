import { RoundColouring } from './edge-colouring';
import { Instance, meetingBonus } from './instance';
import { bits, popcount } from './masks';

/**
 * Local repairs on a partial schedule. Each one only applies a change that raises the objective
 * (fairness bonus + value, in integer units), so repeating them cannot cycle. Pinned meetings never move.
 */

export function meetingCount(colouring: RoundColouring, c: number): number {
  return popcount(colouring.busy[c]);
}

/** Whether candidate c meets werkgever w in a round other than `skipRound`. */
export function meetsEmployer(
  inst: Instance,
  colouring: RoundColouring,
  c: number,
  w: number,
  skipRound = -1,
): boolean {
  for (let r = 0; r < inst.rounds; r++) {
    const f = r === skipRound ? -1 : colouring.edgeAt(c, r);
    if (f !== -1 && inst.tableEmployer[inst.edgeTable[f]] === w) return true;
  }
  return false;
}

/**
 * Places e in the allowed round where evicting the (unpinned) meetings in the way costs least, if that gains;
 * the evicted meetings then try to find another round.
 */
export function evictAndInsert(inst: Instance, colouring: RoundColouring, e: number): boolean {
  const c = inst.edgeCand[e];
  const tNode = inst.candidates.length + inst.edgeTable[e];
  let best = -1;
  let bestGain = 0;
  for (const r of bits(inst.edgeAllowed[e])) {
    const x = colouring.edgeAt(c, r);
    const y = colouring.edgeAt(tNode, r);
    if ((x !== -1 && colouring.isPinned(x)) || (y !== -1 && colouring.isPinned(y))) continue;
    let gain =
      inst.edgeUnits[e] + (x === -1 ? meetingBonus(inst, c, meetingCount(colouring, c) + 1) : -inst.edgeUnits[x]);
    if (y !== -1) {
      const cy = inst.edgeCand[y];
      gain -= inst.edgeUnits[y] + meetingBonus(inst, cy, meetingCount(colouring, cy));
    }
    if (gain > bestGain) {
      bestGain = gain;
      best = r;
    }
  }
  if (best === -1) return false;
  const evicted = [colouring.edgeAt(c, best), colouring.edgeAt(tNode, best)].filter((x) => x !== -1);
  for (const x of evicted) colouring.unplace(x);
  colouring.place(e, best);
  for (const x of evicted) colouring.insert(x);
  return true;
}

/** First edge index of every candidate (edges are sorted by candidate); entry C is the edge count. */
export function candidateStarts(inst: Instance): Int32Array {
  const C = inst.candidates.length;
  const start = new Int32Array(C + 1);
  for (let e = 0; e < inst.edgeCand.length; e++) start[inst.edgeCand[e] + 1]++;
  for (let c = 0; c < C; c++) start[c + 1] += start[c];
  return start;
}

/**
 * For every candidate below its minimum: try its unplaced edges, best first (moves or gainful evictions).
 * Returns the number of meetings added.
 */
export function repairMinimum(inst: Instance, colouring: RoundColouring, starts: Int32Array): number {
  let added = 0;
  for (let c = 0; c < inst.candidates.length; c++) {
    if (meetingCount(colouring, c) >= inst.minimum[c]) continue;
    const options: number[] = [];
    for (let f = starts[c]; f < starts[c + 1]; f++) if (colouring.edgeRound[f] === -1) options.push(f);
    options.sort((x, y) => inst.edgeUnits[y] - inst.edgeUnits[x] || x - y);
    for (const f of options) {
      if (meetingCount(colouring, c) >= inst.minimum[c]) break;
      if (meetsEmployer(inst, colouring, c, inst.tableEmployer[inst.edgeTable[f]])) continue;
      if (colouring.insert(f) || evictAndInsert(inst, colouring, f)) added++;
    }
  }
  return added;
}
