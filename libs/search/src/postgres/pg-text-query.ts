import { QueryTerm } from '../analysis/parse-search-text';
import { synonymToken } from '../analysis/synonyms';

/** Typo fallback: words of at least this length that are not in the lexicon get similar lexemes. */
export const MIN_TYPO_WORD_LENGTH = 5;
export const SIMILAR_LEXEMES = 3;

/** What PostgreSQL says about each query word: its lexemes, whether they are indexed, similar indexed lexemes. */
export interface WordAnalysis {
  lexemes: string[];
  /** Indexed lexemes of the word and its plural/singular variants (searched instead of `lexemes` when any). */
  forms: string[];
  /** Whether a lexeme of the word occurs in the index (then it is neither a typo nor an unfinished word). */
  known: boolean;
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
 * candidate row); a synonym group is its one index token (see `synonymGroupsIn`). The last word is also
 * a prefix only when it is not an indexed word itself (an unfinished word: "magaz"). Words without lexemes (stop words) drop out; a term left without alternatives drops
 * out; null when nothing is left to search for.
 */
export function toTsQueryText(terms: readonly QueryTerm[], analysis: ReadonlyMap<string, WordAnalysis>): string | null {
  const parts: string[] = [];
  for (const term of terms) {
    const alternatives = new Set<string>();
    for (const alt of term.alternatives) {
      const words = alt.map((word) => analysis.get(word)).map((a) => (a?.forms.length ? a.forms : (a?.lexemes ?? [])));
      const parts = words.filter((forms) => forms.length > 0).map((forms) => (forms.length === 1 ? quote(forms[0]) : `(${forms.map(quote).join(' | ')})`));
      if (parts.length > 0) alternatives.add(parts.length === 1 ? parts[0] : `(${parts.join(' & ')})`);
    }
    for (const group of term.groups) alternatives.add(quote(synonymToken(group)));
    const own = analysis.get(term.words[0]);
    if (term.words.length === 1 && own) {
      if (term.prefix && !own.known) for (const lexeme of own.lexemes) alternatives.add(`${quote(lexeme)}:*`);
      for (const lexeme of own.similar) alternatives.add(quote(lexeme));
    }
    if (alternatives.size > 0) parts.push(alternatives.size === 1 ? [...alternatives][0] : `(${[...alternatives].join(' | ')})`);
  }
  return parts.length > 0 ? parts.join(' & ') : null;
}
