import { planMeetings } from './b-matching';
import { RoundColouring } from './edge-colouring';
import { SpeeddateInputError } from './errors';
import { buildInstance, Instance, meetingBonus } from './instance';
import { popcount } from './masks';
import { candidateStarts, evictAndInsert, repairMinimum } from './repair';
import { polishSchedule } from './polish';
import { summarise } from './summary';
import { SpeeddateOptions, SpeeddateInput, SpeeddateSchedule } from './types';

/**
 * Plans a speeddate: who meets which table in which round.
 *
 * 1. Fixed meetings are pinned to their rounds and consume capacity.
 * 2. A max-weight b-matching (min-cost flow) picks the meetings of the whole event: each candidate and table as
 *    many as its usable rounds, each werkgever at most once per candidate; the first `minimum` meetings of a
 *    candidate carry a bonus larger than any total value (a first meeting weighs more than anyone's second), so
 *    fairness comes first, then value. Its optimum bounds every schedule from above.
 * 3. The meetings get rounds by bipartite edge colouring (König: all of them, exactly, when everybody is present
 *    in every round and nothing is fixed). Otherwise a meeting that finds no round may evict less valuable ones.
 * 4. Repair while it gains: candidates below their minimum try their other pairs; a b-matching on what is left
 *    proposes alternatives for dropped meetings; when that stalls, each round and each table is re-solved
 *    exactly with the rest kept (block coordinate ascent), and the loop goes on.
 */
export function scheduleSpeeddate(input: SpeeddateInput, options: SpeeddateOptions = {}): SpeeddateSchedule {
  const inst = buildInstance(input, options);
  const colouring = new RoundColouring({
    candidates: inst.candidates.length,
    tables: inst.tables.length,
    rounds: inst.rounds,
    edgeCand: inst.edgeCand,
    edgeTable: inst.edgeTable,
    edgeAllowed: inst.edgeAllowed,
  });
  pinFixed(inst, colouring);

  const E = inst.edgeCand.length;
  const excluded = new Uint8Array(E);
  const C = inst.candidates.length;
  const state = {
    candBusy: (c: number) => colouring.busy[c],
    tableBusy: (t: number) => colouring.busy[C + t],
    isPlaced: (e: number) => colouring.edgeRound[e] !== -1,
    isExcluded: (e: number) => excluded[e] === 1,
  };

  const starts = candidateStarts(inst);
  const firstPlan = planMeetings(inst, state);
  const planned = new Uint8Array(E);
  for (const e of firstPlan) planned[e] = 1;
  let plan = firstPlan;
  const iterations = options.repairIterations ?? 8;
  for (let i = 0; ; i++) {
    let placed = 0;
    for (const e of byConstraint(inst, colouring, plan)) {
      if (colouring.insert(e) || evictAndInsert(inst, colouring, e)) placed++;
      else excluded[e] = 1;
    }
    placed += repairMinimum(inst, colouring, starts);
    if (reachesBound(inst, colouring, firstPlan)) break;
    if (placed === 0 || i === iterations) {
      // Stalled: re-optimise round by round; if that changed anything, failed pairs get another chance.
      if (polishSchedule(inst, colouring, starts, options.polishSweeps ?? 3) === 0 || i === iterations) break;
      excluded.fill(0);
    }
    plan = planMeetings(inst, state);
  }

  let dropped = 0;
  let readded = 0;
  for (let e = 0; e < E; e++) {
    const on = colouring.edgeRound[e] !== -1 && !colouring.isPinned(e);
    if (planned[e] && !on) dropped++;
    if (!planned[e] && on) readded++;
  }
  const upperBound =
    inst.fixed.reduce((s, f) => s + inst.edgeValue[f.edge], 0) + firstPlan.reduce((s, e) => s + inst.edgeValue[e], 0);
  const provenOptimal = reachesBound(inst, colouring, firstPlan);
  return summarise(inst, colouring, { upperBound, provenOptimal, dropped, readded });
}

function pinFixed(inst: Instance, colouring: RoundColouring): void {
  const employers = new Set<string>();
  for (const { edge, round } of inst.fixed) {
    const candidate = inst.candidates[inst.edgeCand[edge]];
    const table = inst.tables[inst.edgeTable[edge]];
    const key = `${candidate.id}\u0000${table.werkgeverId}`;
    if (employers.has(key)) {
      throw new SpeeddateInputError(
        'FIXED_CONFLICT',
        `kandidaat ${candidate.id} spreekt werkgever ${table.werkgeverId} twee keer`,
        `candidate ${candidate.id} meets werkgever ${table.werkgeverId} twice`,
      );
    }
    employers.add(key);
    if (!colouring.pin(edge, round)) {
      throw new SpeeddateInputError(
        'FIXED_CONFLICT',
        `vast gesprek ${candidate.id}–${table.id} in ronde ${round + 1}: kandidaat of tafel heeft dan al een gesprek`,
        `fixed meeting ${candidate.id}–${table.id} in round ${round + 1}: candidate or table already has a meeting then`,
      );
    }
  }
}

/** Fewest usable rounds first, then highest value, then input order. */
function byConstraint(inst: Instance, colouring: RoundColouring, plan: number[]): number[] {
  const C = inst.candidates.length;
  const freedom = (e: number) =>
    popcount(inst.edgeAllowed[e] & ~colouring.busy[inst.edgeCand[e]]) +
    popcount(inst.edgeAllowed[e] & ~colouring.busy[C + inst.edgeTable[e]]);
  return plan
    .map((e) => ({ e, f: freedom(e) }))
    .sort((x, y) => x.f - y.f || inst.edgeUnits[y.e] - inst.edgeUnits[x.e] || x.e - y.e)
    .map((x) => x.e);
}

/** True when the schedule holds exactly the first plan's worth (fairness and value): then it is optimal. */
function reachesBound(inst: Instance, colouring: RoundColouring, plan: number[]): boolean {
  const worth = (edges: number[]) => {
    const count = new Int32Array(inst.candidates.length);
    let total = 0;
    for (const e of edges) total += inst.edgeUnits[e] + meetingBonus(inst, inst.edgeCand[e], ++count[inst.edgeCand[e]]);
    return total;
  };
  const placed: number[] = [];
  for (let e = 0; e < inst.edgeCand.length; e++) if (colouring.edgeRound[e] !== -1) placed.push(e);
  return worth(placed) >= worth([...inst.fixed.map((f) => f.edge), ...plan]);
}
