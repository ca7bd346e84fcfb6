import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from '../analysis/highlight';
import { ResolvedNear } from '../query/geo-resolver';
import { ValidSearchQuery } from '../query/validate-search-query';
import { distanceSql, filterConditions, SqlParams } from './pg-filters';

/** Free-text matches are ranked among the newest this many (DESIGN.md: rank a bounded candidate set). */
export const RANKED_CANDIDATES = 2000;
/** Hits beyond this position cannot be paged to (as Meilisearch's maxTotalHits). */
export const RESULT_WINDOW = 1000;

const TITLE_HEADLINE = `StartSel=${HIGHLIGHT_PRE}, StopSel=${HIGHLIGHT_POST}, HighlightAll=true`;
const TEXT_HEADLINE = `StartSel=${HIGHLIGHT_PRE}, StopSel=${HIGHLIGHT_POST}, MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;

export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The page of hits. With free text: the newest RANKED_CANDIDATES matches (an index order, no rank), ranked
 * by ts_rank, and ts_headline only for the page's rows. Without: newest first, or nearest first with `near`.
 */
export function pageStatement(query: ValidSearchQuery, tsquery: string | null, near: ResolvedNear | undefined): Statement {
  const params = new SqlParams();
  const distance = near ? distanceSql(params, near) : null;
  const where = filterConditions(params, query, near, distance);
  const distanceColumn = distance ? `${distance} AS distance_km` : 'NULL::float8 AS distance_km';
  const limit = Math.max(0, Math.min(query.first, RESULT_WINDOW - query.offset));
  if (!tsquery) {
    const order = distance ? 'distance_km ASC, d.updated_at DESC, d.id DESC' : 'd.updated_at DESC, d.id DESC';
    return {
      sql: `SELECT d.id, 0::float4 AS score, ${distanceColumn}, NULL AS title_hl, NULL AS text_hl
        FROM search_document d WHERE ${where.join(' AND ')}
        ORDER BY ${order} OFFSET ${params.p(query.offset)} LIMIT ${params.p(limit)}`,
      params: params.values,
    };
  }
  const q = `${params.p(tsquery)}::tsquery`;
  return {
    sql: `WITH candidates AS (
        SELECT d.id, d.updated_at, d.tsv, ${distanceColumn}
        FROM search_document d WHERE ${where.join(' AND ')} AND d.tsv @@ ${q}
        ORDER BY d.updated_at DESC, d.id DESC LIMIT ${params.p(RANKED_CANDIDATES)}
      ), ranked AS (
        SELECT c.id, c.updated_at, c.distance_km, ts_rank(c.tsv, ${q}) AS score FROM candidates c
        ORDER BY score DESC, c.updated_at DESC, c.id DESC OFFSET ${params.p(query.offset)} LIMIT ${params.p(limit)}
      )
      SELECT r.id, r.score, r.distance_km,
        ts_headline('matchpunt_nl', d.title, ${q}, ${params.p(TITLE_HEADLINE)}) AS title_hl,
        ts_headline('matchpunt_nl', d.body, ${q}, ${params.p(TEXT_HEADLINE)}) AS text_hl
      FROM ranked r JOIN search_document d ON d.type = ${params.p(query.type)} AND d.id = r.id
      ORDER BY r.score DESC, r.updated_at DESC, r.id DESC`,
    params: params.values,
  };
}

/**
 * The number of matches and the facet counts, over the whole match set in one pass: each row's
 * `facet_values` ("sector=C", "uren=16-24", …) are unnested and counted. A row with value NULL is the total.
 */
export function countStatement(query: ValidSearchQuery, tsquery: string | null, near: ResolvedNear | undefined): Statement {
  const params = new SqlParams();
  const distance = near ? distanceSql(params, near) : null;
  const where = filterConditions(params, query, near, distance);
  if (tsquery) where.push(`d.tsv @@ ${params.p(tsquery)}::tsquery`);
  if (query.facets.length === 0) {
    return { sql: `SELECT NULL::text AS value, count(*)::int AS n FROM search_document d WHERE ${where.join(' AND ')}`, params: params.values };
  }
  return {
    sql: `WITH m AS MATERIALIZED (SELECT d.facet_values FROM search_document d WHERE ${where.join(' AND ')})
      SELECT NULL::text AS value, count(*)::int AS n FROM m
      UNION ALL
      SELECT v, count(*)::int FROM m, unnest(m.facet_values) v
      WHERE split_part(v, '=', 1) = ANY(${params.p(query.facets)}::text[]) GROUP BY v`,
    params: params.values,
  };
}
