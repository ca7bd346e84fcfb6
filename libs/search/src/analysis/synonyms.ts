import { BEROEP_SYNONIEMGROEPEN, termSleutel, termWoorden, VAARDIGHEID_SYNONIEMGROEPEN } from '@matchpunt/domain';

/** Longest synonym term, in words ("medewerker groen en onderhoud"). */
export const MAX_SYNONYM_WORDS = 4;

/** Every synonym group of the vocabulary (job titles and skills), each term in normal form. */
export function synonymGroups(): readonly (readonly string[])[] {
  return [...BEROEP_SYNONIEMGROEPEN, ...VAARDIGHEID_SYNONIEMGROEPEN].map((group) =>
    group.termen.map((term) => termWoorden(term).join(' ')).filter((term) => term.length > 0),
  );
}

let groupsByKey: Map<string, string[]> | undefined;

/** Lookup key (see `termSleutel`) → ids of the groups the term is in (a term may be in two: "heftruck"). */
function index(): Map<string, string[]> {
  if (!groupsByKey) {
    groupsByKey = new Map();
    for (const group of [...BEROEP_SYNONIEMGROEPEN, ...VAARDIGHEID_SYNONIEMGROEPEN]) {
      for (const term of group.termen) {
        const key = termSleutel(term);
        const ids = groupsByKey.get(key) ?? [];
        if (!ids.includes(group.id)) groupsByKey.set(key, [...ids, group.id]);
      }
    }
  }
  return groupsByKey;
}

/**
 * The synonym groups a term (as normalised words) belongs to, or an empty list when the vocabulary does not
 * know it exactly. A plural -s is tried too ("chauffeurs").
 */
export function synonymGroupsOf(words: readonly string[]): string[] {
  const key = words.join('');
  const groups = index();
  return groups.get(key) ?? (key.length > 4 && key.endsWith('s') ? groups.get(key.slice(0, -1)) : undefined) ?? [];
}

/**
 * The synonym groups of every known term in a text (runs of one to four words): what the PostgreSQL adapter
 * indexes as one token per group, so that a query for any term of the group is a single index lookup.
 */
export function synonymGroupsIn(text: string): string[] {
  const words = termWoorden(text);
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= MAX_SYNONYM_WORDS && i + n <= words.length; n++) {
      for (const id of synonymGroupsOf(words.slice(i, i + n))) found.add(id);
    }
  }
  return [...found];
}

/** The index token of a synonym group: not a word of any text, so it matches only through the group. */
export const synonymToken = (groupId: string): string => `syn_${groupId}`;
