import { RoundColouring } from './edge-colouring';
import { MinCostFlow } from './flow';
import { Instance, meetingBonus } from './instance';
import { meetingCount, meetsEmployer } from './repair';

/**
 * Re-optimises all unpinned meetings of table t at once, everything else kept: an assignment of candidates to
 * the table's rounds (candidate → round arcs where the candidate is free), solved exactly by min-cost flow.
 * Applied only when it strictly gains.
 */
export function resolveTable(
  inst: Instance,
  colouring: RoundColouring,
  edgesOfTable: readonly number[],
  t: number,
): boolean {
  const C = inst.candidates.length;
  const R = inst.rounds;
  const tNode = C + t;
  const own = (e: number) => e !== -1 && inst.edgeTable[e] === t;
  let freeRounds = 0;
  let current = 0;
  for (let r = 0; r < R; r++) {
    const e = colouring.edgeAt(tNode, r);
    if ((inst.tableWindow[t] & (1 << r)) === 0 || (e !== -1 && colouring.isPinned(e))) continue;
    freeRounds |= 1 << r;
    if (e !== -1)
      current += inst.edgeUnits[e] + meetingBonus(inst, inst.edgeCand[e], meetingCount(colouring, inst.edgeCand[e]));
  }
  if (freeRounds === 0) return false;

  const roundNode = (r: number) => 1 + edgesOfTable.length + r;
  const sink = 1 + edgesOfTable.length + R;
  const flow = new MinCostFlow(sink + 1);
  const arcs: Array<{ arc: number; edge: number; r: number }> = [];
  edgesOfTable.forEach((e, i) => {
    const c = inst.edgeCand[e];
    if (colouring.isPinned(e)) return;
    const mine = colouring.edgeRound[e];
    // Rounds where c is free once its meeting with this table is lifted.
    const busyElsewhere = colouring.busy[c] & ~(mine === -1 ? 0 : 1 << mine);
    const rounds = inst.edgeAllowed[e] & freeRounds & ~busyElsewhere;
    if (rounds === 0 || (mine === -1 && meetsEmployer(inst, colouring, c, inst.tableEmployer[t]))) return;
    const count = meetingCount(colouring, c) - (mine === -1 ? 0 : 1);
    flow.addArc(0, 1 + i, 1, -(inst.edgeUnits[e] + meetingBonus(inst, c, count + 1)));
    for (let r = 0; r < R; r++)
      if ((rounds & (1 << r)) !== 0) arcs.push({ arc: flow.addArc(1 + i, roundNode(r), 1, 0), edge: e, r });
  });
  for (let r = 0; r < R; r++) if ((freeRounds & (1 << r)) !== 0) flow.addArc(roundNode(r), sink, 1, 0);
  const best = -flow.minCostFlow(0, sink);
  if (best <= current) return false;

  for (let r = 0; r < R; r++) {
    const e = colouring.edgeAt(tNode, r);
    if (own(e) && (freeRounds & (1 << r)) !== 0) colouring.unplace(e);
  }
  for (const { arc, edge, r } of arcs) if (flow.flowOn(arc) > 0) colouring.place(edge, r);
  return true;
}
