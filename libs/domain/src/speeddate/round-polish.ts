import { RoundColouring } from './edge-colouring';
import { MinCostFlow } from './flow';
import { Instance, meetingBonus } from './instance';
import { meetingCount, meetsEmployer } from './repair';

/**
 * Re-optimises round r, every other round kept: the best meetings of one round are a maximum-weight bipartite
 * matching (the werkgever-once rule only depends on the other rounds), solved exactly by min-cost flow.
 * Applied only when it strictly gains.
 */
export function resolveRound(inst: Instance, colouring: RoundColouring, starts: Int32Array, r: number): boolean {
  const C = inst.candidates.length;
  const T = inst.tables.length;
  const bit = 1 << r;
  const free = (node: number) => {
    const e = colouring.edgeAt(node, r);
    return e === -1 || !colouring.isPinned(e);
  };
  // Weight of a candidate's meeting in round r: its fairness bonus as the last of its meetings.
  const bonus = (c: number) =>
    meetingBonus(inst, c, meetingCount(colouring, c) + (colouring.edgeAt(c, r) === -1 ? 1 : 0));
  let current = 0;
  for (let c = 0; c < C; c++) {
    const e = colouring.edgeAt(c, r);
    if (e !== -1 && !colouring.isPinned(e)) current += inst.edgeUnits[e] + bonus(c);
  }

  const cands: number[] = [];
  for (let c = 0; c < C; c++) if ((inst.candWindow[c] & bit) !== 0 && free(c)) cands.push(c);
  const tableNode = new Int32Array(T).fill(-1);
  let tables = 0;
  for (let t = 0; t < T; t++)
    if ((inst.tableWindow[t] & bit) !== 0 && free(C + t)) tableNode[t] = 1 + cands.length + tables++;
  const sink = 1 + cands.length + tables;
  const flow = new MinCostFlow(sink + 1);
  const arcs: Array<{ arc: number; edge: number }> = [];
  cands.forEach((c, i) => {
    flow.addArc(0, 1 + i, 1, -bonus(c));
    for (let e = starts[c]; e < starts[c + 1]; e++) {
      const t = inst.edgeTable[e];
      if ((inst.edgeAllowed[e] & bit) === 0 || tableNode[t] === -1) continue;
      if (meetsEmployer(inst, colouring, c, inst.tableEmployer[t], r)) continue;
      arcs.push({ arc: flow.addArc(1 + i, tableNode[t], 1, -inst.edgeUnits[e]), edge: e });
    }
  });
  for (let t = 0; t < T; t++) if (tableNode[t] !== -1) flow.addArc(tableNode[t], sink, 1, 0);
  const best = -flow.minCostFlow(0, sink);
  if (best <= current) return false;

  for (const c of cands) {
    const e = colouring.edgeAt(c, r);
    if (e !== -1) colouring.unplace(e);
  }
  for (const { arc, edge } of arcs) if (flow.flowOn(arc) > 0) colouring.place(edge, r);
  return true;
}
