import { SearchDocumentFacets } from '../port/search-document';
import { SearchFacetName, UREN_BUCKETS } from '../port/search-query';

/**
 * The `uren` buckets an hours range falls in; none without hours. Ranges and buckets are both taken as
 * half-open, so 24–32 is in "24-32" only and 12–16 in "0-16" only; a single value (38) in its own bucket.
 */
export function urenBuckets(min: number | null | undefined, max: number | null | undefined): string[] {
  const lo = min ?? max;
  const hi = max ?? min;
  if (lo == null || hi == null) return [];
  return UREN_BUCKETS.filter((b) => lo < b.max && (lo === hi ? hi >= b.min : hi > b.min)).map((b) => b.key);
}

/** A document's values per facet name, as counted and filtered ("uren" as bucket keys). */
export function facetValues(facets: SearchDocumentFacets): Record<SearchFacetName, string[]> {
  const one = (value: string | null | undefined): string[] => (value == null || value === '' ? [] : [value]);
  const many = (values: readonly string[] | undefined): string[] => [...new Set((values ?? []).filter((v) => v !== ''))];
  return {
    sector: one(facets.sector),
    gemeente: one(facets.gemeente),
    uren: urenBuckets(facets.urenMin, facets.urenMax),
    doelgroep: many(facets.doelgroepen),
    instrument: many(facets.instrumenten),
    rijbewijs: one(facets.rijbewijs),
    status: one(facets.status),
  };
}
