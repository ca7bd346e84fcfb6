/**
 * Lowercase, strip accents (café → cafe, ĳ → ij), trim and collapse inner whitespace.
 * The one normal form every vocabulary lookup starts from.
 */
export function normaliseTerm(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

/**
 * The lookup key of a term: its normal form without spaces, hyphens or punctuation, so that
 * "zorg-assistent", "zorg assistent" and "Zorgassistent" are one key.
 */
export function termSleutel(term: string): string {
  return normaliseTerm(term).replace(/[^a-z0-9]+/g, '');
}

/** The words of a term in normal form (split on anything that is not a letter or digit). */
export function termWoorden(term: string): string[] {
  return normaliseTerm(term)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}
