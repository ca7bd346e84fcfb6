import { BEROEP_SYNONIEMGROEPEN, termSleutel, termWoorden, VAARDIGHEID_SYNONIEMGROEPEN } from '@matchpunt/domain';

/** A synonym group as lists of words: ["medewerker magazijn"] → [["medewerker", "magazijn"]]. */
export type SynonymGroupWords = readonly (readonly string[])[];

/** Every synonym group of the vocabulary (job titles and skills), each term in normal form. */
export function synonymGroups(): readonly (readonly string[])[] {
  return [...BEROEP_SYNONIEMGROEPEN, ...VAARDIGHEID_SYNONIEMGROEPEN].map((group) =>
    group.termen.map((term) => termWoorden(term).join(' ')).filter((term) => term.length > 0),
  );
}

let byKey: Map<string, SynonymGroupWords> | undefined;

function index(): Map<string, SynonymGroupWords> {
  if (!byKey) {
    byKey = new Map();
    for (const group of synonymGroups()) {
      const words = group.map((term) => term.split(' '));
      for (const term of group) {
        const key = termSleutel(term);
        // A term in two groups ("heftruck"): the union, so either meaning is found.
        const known = byKey.get(key) ?? [];
        byKey.set(key, [...known, ...words.filter((w) => !known.some((k) => k.join(' ') === w.join(' ')))]);
      }
    }
  }
  return byKey;
}

/**
 * The synonyms of a term (words in normal form), including the term itself, or undefined when the
 * vocabulary does not know it exactly. A plural -s is tried too ("chauffeurs").
 */
export function synonymsOf(words: readonly string[]): SynonymGroupWords | undefined {
  const key = words.join('');
  const groups = index();
  return groups.get(key) ?? (key.length > 4 && key.endsWith('s') ? groups.get(key.slice(0, -1)) : undefined);
}
