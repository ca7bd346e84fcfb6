/**
 * Seed parameter sets (RULES.md values). The DB seed stores them; tests use them as fixtures.
 * Both files pass `parseParameterSet`, so a typo in the data fails at load time, not in a computation.
 */
import { parseParameterSet } from '../parameter-set.parse';
import type { ParameterSet } from '../parameters';
import utrechtModel2026 from './utrecht-model-2026.json';
import werkzaakRivierenland2026 from './werkzaak-rivierenland-2026.json';

export const WERKZAAK_RIVIERENLAND_2026: ParameterSet = parseParameterSet(werkzaakRivierenland2026);
/** The Utrecht bouwblokken model, used for tenant "Werkplein Drentsche Aa". */
export const UTRECHT_MODEL_2026: ParameterSet = parseParameterSet(utrechtModel2026);

export const SEED_PARAMETER_SETS: readonly ParameterSet[] = [WERKZAAK_RIVIERENLAND_2026, UTRECHT_MODEL_2026];
