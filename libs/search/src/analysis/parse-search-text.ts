import { decompound, termWoorden } from '@matchpunt/domain';
import { MAX_SYNONYM_WORDS, synonymGroupsOf } from './synonyms';

/** At most this many words of free text are used (the rest is ignored). */
export const MAX_QUERY_WORDS = 10;
/** The last word is also searched as a prefix from this length on (search as you type). */
export const MIN_PREFIX_LENGTH = 3;

/**
 * One unit of the query: the user's word(s) and what may stand for them. Each alternative is a set of
 * words that must all occur (AND); the term also matches a document with any term of its synonym groups
 * (OR). Terms are ANDed.
 */
export interface QueryTerm {
  words: string[];
  alternatives: string[][];
  /** Ids of the vocabulary's synonym groups the term is in. */
  groups: string[];
  /** Whether the (single) word may also match as a prefix. */
  prefix: boolean;
}

/**
 * Free text → query terms: normal form (lowercase, no accents), synonym groups of the vocabulary (longest
 * phrase first: "medewerker magazijn" is one term), and the known parts of a compound as an extra
 * alternative ("heftruckchauffeur" also as "heftruck" AND "chauffeur").
 */
export function parseSearchText(text: string): QueryTerm[] {
  const words = termWoorden(text).slice(0, MAX_QUERY_WORDS);
  const terms: QueryTerm[] = [];
  let i = 0;
  while (i < words.length) {
    const phrase = longestSynonymPhrase(words, i);
    if (phrase) {
      terms.push(phrase);
      i += phrase.words.length;
      continue;
    }
    terms.push(singleWord(words[i]));
    i += 1;
  }
  const last = terms.at(-1);
  if (last && last.words.length === 1 && last.words[0].length >= MIN_PREFIX_LENGTH && !/\s$/.test(text)) last.prefix = true;
  return terms;
}

function longestSynonymPhrase(words: readonly string[], start: number): QueryTerm | undefined {
  for (let n = Math.min(MAX_SYNONYM_WORDS, words.length - start); n >= 2; n--) {
    const slice = words.slice(start, start + n);
    const groups = synonymGroupsOf(slice);
    if (groups.length > 0) return { words: slice, alternatives: [slice], groups, prefix: false };
  }
  return undefined;
}

function singleWord(word: string): QueryTerm {
  const alternatives = [[word]];
  const parts = decompound(word);
  if (parts.length > 1) alternatives.push(parts);
  return { words: [word], alternatives, groups: synonymGroupsOf([word]), prefix: false };
}
