import { RoundColouring } from './edge-colouring';
import { Instance } from './instance';
import { resolveRound } from './round-polish';
import { resolveTable } from './table-polish';

/**
 * Block coordinate ascent on the 3-dimensional assignment (candidate, table, round): each step re-solves, exactly,
 * all meetings of one round, or all meetings of one table, with the rest fixed, and keeps the result only when it
 * strictly gains. Stops after `sweeps` sweeps or when a sweep changes nothing. Returns the number of changes.
 */
export function polishSchedule(inst: Instance, colouring: RoundColouring, starts: Int32Array, sweeps: number): number {
  const edgesOfTable: number[][] = inst.tables.map(() => []);
  for (let e = 0; e < inst.edgeCand.length; e++) edgesOfTable[inst.edgeTable[e]].push(e);
  let changes = 0;
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let changed = 0;
    for (let r = 0; r < inst.rounds; r++) if (resolveRound(inst, colouring, starts, r)) changed++;
    for (let t = 0; t < inst.tables.length; t++) if (resolveTable(inst, colouring, edgesOfTable[t], t)) changed++;
    changes += changed;
    if (changed === 0) break;
  }
  return changes;
}
