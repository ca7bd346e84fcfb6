import { decompound, termWoorden } from '@matchpunt/domain';

const CACHE_LIMIT = 200_000;
const cache = new Map<string, readonly string[]>();

/** The known parts of one (normalised) word, memoised: a reindex sees the same few thousand words again and again. */
function partsOf(word: string): readonly string[] {
  let parts = cache.get(word);
  if (!parts) {
    const split = decompound(word);
    parts = split.length > 1 ? split : [];
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, parts);
  }
  return parts;
}

/**
 * The parts of the Dutch compounds in a text, once each, as extra words to index beside the text:
 * "Vrachtwagenchauffeur gezocht" → ["vrachtwagen", "chauffeur"]. Neither the PostgreSQL stemmer nor
 * Meilisearch splits compounds, so both adapters index these parts (see DESIGN.md, "Dutch compounds").
 */
export function compoundParts(...texts: readonly string[]): string[] {
  const parts = new Set<string>();
  for (const text of texts) {
    for (const word of termWoorden(text)) {
      if (word.length < 6) continue;
      for (const part of partsOf(word)) parts.add(part);
    }
  }
  return [...parts];
}
