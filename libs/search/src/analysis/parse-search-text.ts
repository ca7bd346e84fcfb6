import { decompound, termWoorden } from '@matchpunt/domain';
import { synonymsOf } from './synonyms';

/** At most this many words of free text are used (the rest is ignored). */
export const MAX_QUERY_WORDS = 10;
const MAX_PHRASE_WORDS = 4;
/** The last word is also searched as a prefix from this length on (search as you type). */
export const MIN_PREFIX_LENGTH = 3;

/**
 * One unit of the query: the user's word(s) and what may stand for them. Each alternative is a set of
 * words that must all occur (AND); the term matches when any alternative does (OR). Terms are ANDed.
 */
export interface QueryTerm {
  words: string[];
  alternatives: string[][];
  /** Whether the (single) word may also match as a prefix. */
  prefix: boolean;
}

/**
 * Free text → query terms, engine-independent: normal form (lowercase, no accents), synonym groups of
 * the vocabulary (longest phrase first: "medewerker magazijn" is one term), and the known parts of a
 * compound as an extra alternative ("heftruckchauffeur" also as "heftruck" AND "chauffeur").
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
  for (let n = Math.min(MAX_PHRASE_WORDS, words.length - start); n >= 2; n--) {
    const slice = words.slice(start, start + n);
    const synonyms = synonymsOf(slice);
    if (synonyms) return { words: slice, alternatives: unique([slice, ...synonyms.map((s) => [...s])]), prefix: false };
  }
  return undefined;
}

function singleWord(word: string): QueryTerm {
  const alternatives = [[word], ...(synonymsOf([word]) ?? []).map((s) => [...s])];
  const parts = decompound(word);
  if (parts.length > 1) alternatives.push(parts);
  return { words: [word], alternatives: unique(alternatives), prefix: false };
}

function unique(alternatives: string[][]): string[][] {
  const seen = new Set<string>();
  return alternatives.filter((alt) => {
    const key = alt.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
