/** Test fixtures: the seed parameter sets, loaded from their JSON files. */
import type { CalculatieInput } from '../calculatie';
import type { ParameterSet } from '../parameters';
import { UTRECHT_MODEL_2026, WERKZAAK_RIVIERENLAND_2026 } from '../parameter-sets';

export const rivierenland: ParameterSet = WERKZAAK_RIVIERENLAND_2026;
export const utrecht: ParameterSet = UTRECHT_MODEL_2026;

/** A deep copy with changes, for tests that need another parameter value. */
export function withChanges(base: ParameterSet, change: (copy: ParameterSet) => void): ParameterSet {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

/** Captures a thrown error for assertions on its fields. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

// RULES.md §4: 6 workers × 28 h at WML, loonwaarde 50–90 %, all with LKS; praktijkbegeleider 28 h at €48,
// productieleider 6 h at €62; other costs €4,500; the employer offers €19.50 per hour. The other parameters
// (22 % charges, 43 productive weeks, 12 % overhead, 3 % risk, 5 % margin) come from the parameter set.
export const voorbeeld: CalculatieInput = {
  medewerkers: [0.5, 0.6, 0.6, 0.7, 0.8, 0.9].map((loonwaarde) => ({ urenPerWeek: 28, loonwaarde })),
  praktijkbegeleiderUrenPerWeek: 28,
  praktijkbegeleiderTarief: '48',
  productieleiderUrenPerWeek: 6,
  productieleiderTarief: '62',
  overigeKostenPerJaar: '4500',
  gebodenTarief: '19.50',
};
