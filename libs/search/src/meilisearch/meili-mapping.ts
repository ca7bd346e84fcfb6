import type { SearchParams, SearchResponse, Settings } from './meili-types';
import { afstandKm } from '@matchpunt/domain';
import { encodeCursor } from '@matchpunt/common';
import { compoundParts } from '../analysis/compound-parts';
import { facetValues } from '../analysis/facet-values';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, renderHighlight, stripMarkers } from '../analysis/highlight';
import { MIN_PREFIX_LENGTH } from '../analysis/parse-search-text';
import { SearchDocument, SearchDocumentType } from '../port/search-document';
import { FacetCount, SEARCH_FACET_NAMES, SearchFacetName, SearchHit, SearchResult } from '../port/search-query';
import { ResolvedNear } from '../query/geo-resolver';
import { ValidSearchQuery } from '../query/validate-search-query';

/** As in the PostgreSQL adapter: hits beyond this position cannot be paged to; facet values per facet. */
export const MEILI_RESULT_WINDOW = 1000;
export const MEILI_MAX_FACET_VALUES = 100;

/** A document as stored in Meilisearch: flat, with facet attributes named as the facets. */
export interface MeiliDocument {
  id: string;
  tenantId: string;
  werkgeverId: string | null;
  title: string;
  titleParts: string;
  keywords: string[];
  keywordParts: string;
  text: string;
  textParts: string;
  sector: string[];
  gemeente: string[];
  uren: string[];
  doelgroep: string[];
  instrument: string[];
  rijbewijs: string[];
  status: string[];
  urenMin: number | null;
  urenMax: number | null;
  _geo: { lat: number; lng: number } | null;
  visibleToWerkgever: boolean;
  /** ms since epoch, sortable. */
  updatedAt: number;
  /** ms since epoch when the document was last upserted (for `removeStale`). */
  indexedAt: number;
}

/** One index per document type: `<prefix>_<type>`; the prefix keeps environments apart on one server. */
export function meiliIndexUid(prefix: string, type: SearchDocumentType): string {
  return `${prefix.replace(/[^A-Za-z0-9_-]/g, '_')}_${type}`;
}

export function toMeiliDocument(doc: SearchDocument, indexedAt: Date): MeiliDocument {
  const title = stripMarkers(doc.title);
  const text = stripMarkers(doc.text);
  const keywords = doc.keywords.map(stripMarkers);
  const values = facetValues(doc.facets);
  return {
    id: doc.id,
    tenantId: doc.tenantId,
    werkgeverId: doc.werkgeverId ?? null,
    title,
    titleParts: compoundParts(title).join(' '),
    keywords,
    keywordParts: compoundParts(...keywords).join(' '),
    text,
    textParts: compoundParts(text).join(' '),
    ...values,
    urenMin: doc.facets.urenMin ?? doc.facets.urenMax ?? null,
    urenMax: doc.facets.urenMax ?? doc.facets.urenMin ?? null,
    _geo: doc.geo ? { lat: doc.geo.lat, lng: doc.geo.lon } : null,
    visibleToWerkgever: doc.visibleToWerkgever ?? false,
    updatedAt: doc.updatedAt.getTime(),
    indexedAt: indexedAt.getTime(),
  };
}

/**
 * Meilisearch synonyms from the vocabulary's groups: every term maps to the other terms of its group(s)
 * (Meilisearch wants each direction spelled out).
 */
export function meiliSynonyms(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    for (const term of group) {
      const others = synonyms.get(term) ?? new Set<string>();
      for (const other of group) if (other !== term) others.add(other);
      synonyms.set(term, others);
    }
  }
  return Object.fromEntries([...synonyms].filter(([, others]) => others.size > 0).map(([term, others]) => [term, [...others].sort()]));
}

/** Index settings: what is searched (in order of weight), filtered, sorted; synonyms; typo tolerance; geo. */
export function meiliSettings(synonymGroups: readonly (readonly string[])[]): Settings {
  return {
    searchableAttributes: ['title', 'titleParts', 'keywords', 'keywordParts', 'text', 'textParts'],
    filterableAttributes: ['id', 'tenantId', 'indexedAt', 'werkgeverId', 'visibleToWerkgever', 'urenMin', 'urenMax', '_geo', ...SEARCH_FACET_NAMES],
    sortableAttributes: ['updatedAt', '_geo'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    synonyms: meiliSynonyms(synonymGroups),
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    faceting: { maxValuesPerFacet: MEILI_MAX_FACET_VALUES, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: MEILI_RESULT_WINDOW },
  };
}

/** A string literal in a Meilisearch filter: double quotes, with `"` and `\` escaped. */
export function meiliString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The filter expressions (ANDed by Meilisearch) for a query: the same semantics as the PostgreSQL WHERE. */
export function meiliFilter(query: ValidSearchQuery, near: ResolvedNear | undefined): string[] {
  const filter = [`tenantId = ${meiliString(query.tenantId)}`];
  for (const [name, values] of query.facetFilters) filter.push(`${name} IN [${values.map(meiliString).join(', ')}]`);
  if (query.uren?.min != null) filter.push(`urenMax >= ${query.uren.min}`);
  if (query.uren?.max != null) filter.push(`urenMin <= ${query.uren.max}`);
  if (query.werkgeverId) filter.push(`werkgeverId = ${meiliString(query.werkgeverId)}`);
  if (query.ids) filter.push(query.ids.length > 0 ? `id IN [${query.ids.map(meiliString).join(', ')}]` : `id IN ["-"]`);
  if (query.werkgeverScope) {
    filter.push(`(visibleToWerkgever = true OR werkgeverId = ${meiliString(query.werkgeverScope.werkgeverId)})`);
  }
  if (near) filter.push(`_geoRadius(${near.lat}, ${near.lon}, ${Math.round(near.km * 1000)})`);
  return filter;
}

/**
 * The search request. Page mode (`hitsPerPage`/`page`): its `totalHits` is counted (up to maxTotalHits), not estimated; an offset
 * that is not a multiple of the page size asks for one larger first page and is sliced in `fromMeiliResponse`.
 * Without text: newest first, or nearest first with `near` (as PostgreSQL).
 */
export function meiliSearchParams(query: ValidSearchQuery, near: ResolvedNear | undefined): SearchParams & { hitsPerPage: number; page: number } {
  const limit = Math.max(0, Math.min(query.first, MEILI_RESULT_WINDOW - query.offset));
  const aligned = query.offset % query.first === 0;
  const sort = query.text ? undefined : near ? [`_geoPoint(${near.lat}, ${near.lon}):asc`] : ['updatedAt:desc'];
  return {
    filter: meiliFilter(query, near),
    ...(query.facets.length > 0 ? { facets: [...query.facets] } : {}),
    ...(sort ? { sort } : {}),
    hitsPerPage: limit === 0 ? 0 : aligned ? limit : query.offset + limit,
    page: limit === 0 ? 1 : aligned ? query.offset / query.first + 1 : 1,
    attributesToRetrieve: ['id', '_geo'],
    attributesToHighlight: ['title'],
    attributesToCrop: ['text'],
    cropLength: 24,
    cropMarker: ' … ',
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
    showRankingScore: true,
    matchingStrategy: 'all',
  };
}

/** Meilisearch searches the last word as a prefix only when it is long enough, as the PostgreSQL adapter. */
export function meiliQueryText(text: string): string {
  const words = text.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  return last.length > 0 && last.length < MIN_PREFIX_LENGTH ? `${text.trim()} ` : text.trim();
}

interface MeiliHit {
  id: string;
  _geo?: { lat: number; lng: number } | null;
  _rankingScore?: number;
  _formatted?: { title?: string; text?: string };
}

/** The response → the port's result: slice for unaligned offsets, cursors, highlights, distances, facet counts. */
export function fromMeiliResponse(
  response: Pick<SearchResponse<MeiliHit>, 'hits' | 'facetDistribution'> & { totalHits: number; hitsPerPage: number },
  query: ValidSearchQuery,
  near: ResolvedNear | undefined,
): SearchResult {
  const aligned = query.offset % query.first === 0;
  const page = aligned ? response.hits : response.hits.slice(query.offset, query.offset + query.first);
  const hits: SearchHit[] = page.map((hit, i) => {
    const highlights: SearchHit['highlights'] = {};
    const title = renderHighlight(hit._formatted?.title);
    const text = renderHighlight(hit._formatted?.text);
    if (title) highlights.title = title;
    if (text) highlights.text = text;
    const distanceKm = near && hit._geo ? Math.round(afstandKm(near.lat, near.lon, hit._geo.lat, hit._geo.lng) * 10) / 10 : undefined;
    return {
      id: hit.id,
      score: hit._rankingScore ?? 0,
      highlights,
      ...(distanceKm === undefined ? {} : { distanceKm }),
      cursor: encodeCursor(query.offset + i + 1),
    };
  });
  const facets: Partial<Record<SearchFacetName, FacetCount[]>> = {};
  for (const name of query.facets) {
    facets[name] = Object.entries(response.facetDistribution?.[name] ?? {})
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      .slice(0, MEILI_MAX_FACET_VALUES);
  }
  const reachable = Math.min(response.totalHits, MEILI_RESULT_WINDOW);
  return {
    hits,
    totalCount: response.totalHits,
    facets,
    // Meilisearch counts up to maxTotalHits: beyond it the total is "at least" (facet counts stay exhaustive).
    estimated: response.totalHits >= MEILI_RESULT_WINDOW,
    hasNextPage: query.offset + hits.length < reachable,
    endCursor: hits.at(-1)?.cursor ?? null,
  };
}
