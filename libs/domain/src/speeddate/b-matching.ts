import { MinCostFlow } from './flow';
import { Instance, meetingBonus } from './instance';
import { popcount } from './masks';

/** What is already scheduled: rounds taken per candidate / table, and edges already placed or ruled out. */
export interface PlanState {
  readonly candBusy: (c: number) => number;
  readonly tableBusy: (t: number) => number;
  /** Edge placed in a round (fixed or planned). */
  readonly isPlaced: (e: number) => boolean;
  /** Edge that must not be proposed again (it failed to get a round). */
  readonly isExcluded: (e: number) => boolean;
}

/**
 * Maximum-weight b-matching on top of `state`, as a min-cost flow:
 *   source → candidate (one unit arc per missing minimum meeting, cost −bonus(k); the rest at cost 0)
 *   candidate → [candidate×werkgever, capacity 1, when the werkgever has several tables] → table (cost −value)
 *   table → sink
 * A node's capacity is its free rounds in which some partner it may still be given is present. Rounds are not
 * considered beyond these capacities. Returns the chosen edges in ascending order.
 */
export function planMeetings(inst: Instance, state: PlanState): number[] {
  const C = inst.candidates.length;
  const T = inst.tables.length;
  const E = inst.edgeCand.length;
  const count = new Int32Array(C);
  const met = new Set<number>();
  const employers = inst.tableEmployer.reduce((a, b) => Math.max(a, b + 1), 0);
  for (let e = 0; e < E; e++) {
    if (!state.isPlaced(e)) continue;
    count[inst.edgeCand[e]]++;
    met.add(inst.edgeCand[e] * employers + inst.tableEmployer[inst.edgeTable[e]]);
  }

  // Candidate edges grouped by werkgever (edges are sorted by candidate, then table).
  const groups: number[][] = [];
  const groupCand: number[] = [];
  let last = -1;
  const byKey = new Map<number, number>();
  for (let e = 0; e < E; e++) {
    const c = inst.edgeCand[e];
    const t = inst.edgeTable[e];
    const key = c * employers + inst.tableEmployer[t];
    if (state.isPlaced(e) || state.isExcluded(e) || met.has(key)) continue;
    const allowed = inst.edgeAllowed[e];
    // Some allowed round must be free at one end at least: a chain of moves can free the other end.
    if ((allowed & ~(state.candBusy(c) & state.tableBusy(t))) === 0) continue;
    if (c !== last) byKey.clear();
    last = c;
    let g = byKey.get(key);
    if (g === undefined) {
      g = groups.length;
      byKey.set(key, g);
      groups.push([]);
      groupCand.push(c);
    }
    groups[g].push(e);
  }

  // Rounds in which some proposable partner is present: a tighter capacity than the bare presence window.
  const candReach = new Int32Array(C);
  const tableReach = new Int32Array(T);
  for (const edges of groups) {
    for (const e of edges) {
      candReach[inst.edgeCand[e]] |= inst.edgeAllowed[e];
      tableReach[inst.edgeTable[e]] |= inst.edgeAllowed[e];
    }
  }

  const multi = groups.filter((g) => g.length > 1).length;
  const source = 0;
  const candNode = (c: number) => 1 + c;
  const tableNode = (t: number) => 1 + C + multi + t;
  const sink = 1 + C + multi + T;
  const flow = new MinCostFlow(sink + 1);

  for (let c = 0; c < C; c++) {
    const free = popcount(candReach[c] & ~state.candBusy(c));
    let k = count[c] + 1;
    for (; k <= count[c] + free && meetingBonus(inst, c, k) > 0; k++)
      flow.addArc(source, candNode(c), 1, -meetingBonus(inst, c, k));
    const rest = count[c] + free - (k - 1);
    if (rest > 0) flow.addArc(source, candNode(c), rest, 0);
  }
  const arcs: Array<{ arc: number; edge: number }> = [];
  let groupNode = 1 + C;
  groups.forEach((edges, g) => {
    let from = candNode(groupCand[g]);
    if (edges.length > 1) {
      flow.addArc(from, groupNode, 1, 0);
      from = groupNode++;
    }
    for (const e of edges)
      arcs.push({ arc: flow.addArc(from, tableNode(inst.edgeTable[e]), 1, -inst.edgeUnits[e]), edge: e });
  });
  for (let t = 0; t < T; t++) {
    const free = popcount(tableReach[t] & ~state.tableBusy(t));
    if (free > 0) flow.addArc(tableNode(t), sink, free, 0);
  }

  flow.minCostFlow(source, sink);
  return arcs.filter((a) => flow.flowOn(a.arc) > 0).map((a) => a.edge);
}
