import { SearchDocumentType } from './search-document';

/** The facets the engines count. `uren` counts hours buckets (see `UREN_BUCKETS`). */
export const SEARCH_FACET_NAMES = ['sector', 'gemeente', 'uren', 'doelgroep', 'instrument', 'rijbewijs', 'status'] as const;
export type SearchFacetName = (typeof SEARCH_FACET_NAMES)[number];

/**
 * Hours buckets for the `uren` facet, half-open [min, max). A document counts in every bucket its
 * half-open [urenMin, urenMax) range overlaps (20–32 → "16-24", "24-32"; 12–16 → "0-16"; 38 → "32+").
 */
export const UREN_BUCKETS = [
  { key: '0-16', min: 0, max: 16 },
  { key: '16-24', min: 16, max: 24 },
  { key: '24-32', min: 24, max: 32 },
  { key: '32+', min: 32, max: Number.POSITIVE_INFINITY },
] as const;
export type UrenBucket = (typeof UREN_BUCKETS)[number]['key'];

export interface SearchFilters {
  /**
   * Facet values, by facet name, exactly as `SearchResult.facets` returns them. Values of one facet are
   * alternatives (OR: doelgroep ["banenafspraak", "beschut"] matches a document with either); facets
   * combine with AND. An empty list means "no filter on this facet".
   */
  facets?: Partial<Record<SearchFacetName, string[]>>;
  /** Hours per week: documents whose [urenMin, urenMax] overlaps [min, max]; documents without hours are left out. */
  uren?: { min?: number; max?: number };
  /** Only documents of this employer (e.g. an employer user's "my vacatures"). */
  werkgeverId?: string;
  /** Only these document ids (e.g. a feature's own pre-selection). */
  ids?: string[];
}

/** Within `km` of a point: a PC4 postcode ("4001", "4001 AB" is cut to "4001") or coordinates. */
export type SearchNear = { km: number } & ({ postcode: string } | { lat: number; lon: number });

export interface SearchQuery {
  type: SearchDocumentType;
  /** Always required: documents of other tenants are never returned. */
  tenantId: string;
  /** Free text. Empty or absent: everything that passes the filters, newest first. */
  text?: string;
  filters?: SearchFilters;
  near?: SearchNear;
  /** The facets to count over the whole match set (all filters applied). */
  facets?: SearchFacetName[];
  /** Page size, 1..100. */
  first: number;
  /** `endCursor` of the previous page. */
  after?: string;
  /**
   * Set for employer users (rol WERKGEVER): only documents with `visibleToWerkgever = true` or with
   * `werkgeverId` equal to this id are found. The search lib does not know who is calling: callers (the
   * feature services) MUST set it for employer users, and must still map hits to the employer's view
   * (e.g. anonymised kandidaat cards).
   */
  werkgeverScope?: { werkgeverId: string };
}

export interface SearchHit {
  id: string;
  /** Higher is better; comparable within one result only. */
  score: number;
  /**
   * Snippets by field (`title`, `text`), only when the free text matched there. HTML-escaped text with the
   * matched words in `<mark>…</mark>`: safe to insert as HTML, or strip the tags for plain text.
   */
  highlights: Partial<Record<'title' | 'text', string>>;
  /** Set when the query has `near`. */
  distanceKm?: number;
  /** Cursor of this hit, for `after`. */
  cursor: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResult {
  hits: SearchHit[];
  totalCount: number;
  /** Counts per requested facet, highest first; facets not asked for are absent. */
  facets: Partial<Record<SearchFacetName, FacetCount[]>>;
  /**
   * True when totalCount and/or the facet counts are estimates. The PostgreSQL adapter ranks and counts at
   * most 1,000 matches (DESIGN.md: bounded candidate sets); beyond that totalCount is the query planner's
   * estimate (exact for `near` without text) and facet counts are scaled up from those 1,000. Meilisearch
   * counts facets exhaustively but totals only up to its maxTotalHits (1,000): true at 1,000.
   */
  estimated: boolean;
  hasNextPage: boolean;
  endCursor: string | null;
  /** The centre and radius searched within (a postcode resolved to its coordinates); absent without `near`. */
  near?: { lat: number; lon: number; km: number };
}
