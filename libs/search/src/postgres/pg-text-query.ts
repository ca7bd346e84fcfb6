import { QueryTerm } from '../analysis/parse-search-text';

/** Typo fallback: words of at least this length that are not in the lexicon get similar lexemes. */
export const MIN_TYPO_WORD_LENGTH = 5;
export const SIMILAR_LEXEMES = 3;

/** What PostgreSQL says about each query word: its lexemes, and similar known lexemes when it has none. */
export interface WordAnalysis {
  lexemes: string[];
  similar: string[];
}

/** The words to analyse, and whether a typo fallback is wanted for each. */
export function wordsToAnalyse(terms: readonly QueryTerm[]): { words: string[]; fuzzy: boolean[] } {
  const fuzzy = new Map<string, boolean>();
  for (const term of terms) {
    for (const alt of term.alternatives) for (const word of alt) if (!fuzzy.has(word)) fuzzy.set(word, false);
    if (term.words.length === 1 && term.words[0].length >= MIN_TYPO_WORD_LENGTH) fuzzy.set(term.words[0], true);
  }
  return { words: [...fuzzy.keys()], fuzzy: [...fuzzy.values()] };
}

const quote = (lexeme: string): string => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The tsquery text (already lexemes, so it is cast with `::tsquery`, not parsed again): terms ANDed,
 * alternatives ORed, words of one alternative ANDed (not phrases: a phrase forces a recheck of every
 * candidate row). Words without lexemes (stop words) drop out; a term left without alternatives drops
 * out; null when nothing is left to search for.
 */
export function toTsQueryText(terms: readonly QueryTerm[], analysis: ReadonlyMap<string, WordAnalysis>): string | null {
  const parts: string[] = [];
  for (const term of terms) {
    const alternatives = new Set<string>();
    for (const alt of term.alternatives) {
      const lexemes = [...new Set(alt.flatMap((word) => analysis.get(word)?.lexemes ?? []))];
      if (lexemes.length > 0) alternatives.add(lexemes.length === 1 ? quote(lexemes[0]) : `(${lexemes.map(quote).join(' & ')})`);
    }
    const own = analysis.get(term.words[0]);
    if (term.words.length === 1 && own) {
      if (term.prefix) for (const lexeme of own.lexemes) alternatives.add(`${quote(lexeme)}:*`);
      for (const lexeme of own.similar) alternatives.add(quote(lexeme));
    }
    if (alternatives.size > 0) parts.push(alternatives.size === 1 ? [...alternatives][0] : `(${[...alternatives].join(' | ')})`);
  }
  return parts.length > 0 ? parts.join(' & ') : null;
}
