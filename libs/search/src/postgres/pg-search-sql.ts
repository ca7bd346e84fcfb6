import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from '../analysis/highlight';
import { ResolvedNear } from '../query/geo-resolver';
import { ValidSearchQuery } from '../query/validate-search-query';
import { distanceSql, filterConditions, SqlParams } from './pg-filters';

/**
 * At most this many matches are ranked and counted per search (DESIGN.md: rank a bounded candidate set):
 * the first ones the index hands over, which costs a bounded number of row reads however common the words.
 * Up to this many matches, ranking, totalCount and facet counts are exact; above it they come from this sample.
 */
export const CANDIDATES = 1000;
/** Hits beyond this position cannot be paged to (as Meilisearch's maxTotalHits). */
export const RESULT_WINDOW = 1000;

const TITLE_HEADLINE = `StartSel=${HIGHLIGHT_PRE}, StopSel=${HIGHLIGHT_POST}, HighlightAll=true`;
const TEXT_HEADLINE = `StartSel=${HIGHLIGHT_PRE}, StopSel=${HIGHLIGHT_POST}, MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;

export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * One row of the search statement: a hit, a facet value count, or the total. Hits come in any order: with
 * free text `ord` is their rank, without it they are sorted on (distance_km, updated_ms desc, id desc).
 */
export interface SearchRow {
  kind: 'hit' | 'facet' | 'total';
  ord: number | null;
  updated_ms: number | null;
  id: string | null;
  score: number | null;
  distance_km: number | null;
  title_hl: string | null;
  text_hl: string | null;
  value: string | null;
  n: number | null;
}

/**
 * One statement for a search: the page of hits (with highlights for its rows only), the facet counts and the
 * number of matches, the last two over at most CANDIDATES matches.
 * - With free text: the first CANDIDATES matches of the GIN index, ranked by ts_rank (title A > keywords B > text C).
 * - Without: newest first, or nearest first with `near` (index-only scans on the covering indexes); with
 *   `near` every document within the distance is read, so the count is exact.
 */
export function searchStatement(query: ValidSearchQuery, tsquery: string | null, near: ResolvedNear | undefined): Statement {
  const params = new SqlParams();
  const limit = Math.max(0, Math.min(query.first, RESULT_WINDOW - query.offset));
  const facets = query.facets.length > 0;
  const headlines = (q: string) =>
    `ts_headline('matchpunt_nl', t.title, ${q}, ${params.p(TITLE_HEADLINE)}) AS title_hl,
     ts_headline('matchpunt_nl', t.body, ${q}, ${params.p(TEXT_HEADLINE)}) AS text_hl`;

  if (tsquery) {
    const distance = near ? distanceSql(params, near) : null;
    const where = filterConditions(params, query, near, distance);
    const q = `${params.p(tsquery)}::tsquery`;
    return {
      sql: `WITH candidates AS MATERIALIZED (
          SELECT d.id, d.updated_at, d.facet_values, ts_rank(d.tsv, ${q}) AS score,
            ${distance ?? 'NULL::float8'} AS distance_km
          FROM search_document d WHERE ${where.join(' AND ')} AND d.tsv @@ ${q}
          LIMIT ${params.p(CANDIDATES)}
        ), page AS (
          SELECT c.id, c.score, c.distance_km, row_number() OVER (ORDER BY c.score DESC, c.updated_at DESC, c.id DESC) AS ord
          FROM candidates c ORDER BY ord OFFSET ${params.p(query.offset)} LIMIT ${params.p(limit)}
        )
        SELECT 'hit' AS kind, p.ord, NULL::float8 AS updated_ms, p.id, p.score, p.distance_km, ${headlines(q)}, NULL AS value, NULL::int AS n
        FROM page p JOIN search_document_text t ON t.type = ${params.p(query.type)} AND t.id = p.id
        ${facets ? `UNION ALL ${facetCounts('candidates')}` : ''}
        UNION ALL ${total('candidates')}`,
      params: params.values,
    };
  }

  const distance = near ? distanceSql(params, near) : null;
  const where = filterConditions(params, query, near, distance);
  const hit = `SELECT 'hit' AS kind, NULL::bigint AS ord, extract(epoch FROM p.updated_at) * 1000 AS updated_ms, p.id, 0::float4 AS score,
      p.distance_km, NULL AS title_hl, NULL AS text_hl, NULL AS value, NULL::int AS n FROM page p`;
  if (distance) {
    // Nearest first: everything within the distance is read once (index-only), paged, sampled and counted.
    return {
      sql: `WITH inside AS MATERIALIZED (
          SELECT d.id, d.updated_at, d.facet_values, ${distance} AS distance_km FROM search_document d WHERE ${where.join(' AND ')}
        ), page AS (
          SELECT * FROM inside ORDER BY distance_km ASC, updated_at DESC, id DESC OFFSET ${params.p(query.offset)} LIMIT ${params.p(limit)}
        ), candidates AS (SELECT facet_values FROM inside LIMIT ${params.p(CANDIDATES)})
        ${hit}
        ${facets ? `UNION ALL ${facetCounts('candidates')}` : ''}
        UNION ALL ${total('candidates', 'inside')}`,
      params: params.values,
    };
  }
  // Newest first: the page and the sample each stop early on the covering index.
  const sampleWhere = filterConditions(params, query, undefined, null);
  return {
    sql: `WITH page AS (
        SELECT d.id, d.updated_at, NULL::float8 AS distance_km FROM search_document d WHERE ${where.join(' AND ')}
        ORDER BY d.updated_at DESC, d.id DESC OFFSET ${params.p(query.offset)} LIMIT ${params.p(limit)}
      ), candidates AS MATERIALIZED (
        SELECT d.facet_values FROM search_document d WHERE ${sampleWhere.join(' AND ')} LIMIT ${params.p(CANDIDATES)}
      )
      ${hit}
      ${facets ? `UNION ALL ${facetCounts('candidates')}` : ''}
      UNION ALL ${total('candidates')}`,
    params: params.values,
  };
}

const facetCounts = (from: string): string =>
  `SELECT 'facet', NULL, NULL, NULL, NULL, NULL, NULL, NULL, v, count(*)::int FROM (SELECT unnest(facet_values) AS v FROM ${from}) f GROUP BY v`;

/** The 'total' row: `n` counts the sample, `score` (reused column) the exact number of matches when known. */
const total = (sample: string, all?: string): string =>
  `SELECT 'total', NULL, NULL, NULL, ${all ? `(SELECT count(*)::float4 FROM ${all})` : 'NULL'}, NULL, NULL, NULL, NULL, (SELECT count(*)::int FROM ${sample})`;

/** The planner's estimate of the number of matches: used as totalCount when more than CANDIDATES match. */
export function estimateStatement(query: ValidSearchQuery, tsquery: string | null, near: ResolvedNear | undefined): Statement {
  const params = new SqlParams();
  const distance = near ? distanceSql(params, near) : null;
  const where = filterConditions(params, query, near, distance);
  if (tsquery) where.push(`d.tsv @@ ${params.p(tsquery)}::tsquery`);
  return { sql: `EXPLAIN (FORMAT JSON) SELECT 1 FROM search_document d WHERE ${where.join(' AND ')}`, params: params.values };
}
