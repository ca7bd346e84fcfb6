import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { encodeCursor } from '@matchpunt/common';
import { renderHighlight } from '../analysis/highlight';
import { parseSearchText, QueryTerm } from '../analysis/parse-search-text';
import { SearchDocument, SearchDocumentType } from '../port/search-document';
import { SearchIndex } from '../port/search-index';
import { FacetCount, SearchFacetName, SearchHit, SearchQuery, SearchResult } from '../port/search-query';
import { GeoResolver, ResolvedNear } from '../query/geo-resolver';
import { isUuid, validateSearchQuery, ValidSearchQuery } from '../query/validate-search-query';
import { toPgDocumentRow } from './pg-document-row';
import { CANDIDATES, estimateStatement, RESULT_WINDOW, SearchRow, searchStatement } from './pg-search-sql';
import { SIMILAR_LEXEMES, toTsQueryText, WordAnalysis, wordsToAnalyse } from './pg-text-query';

/** Most values returned per facet (as Meilisearch's maxValuesPerFacet). */
export const MAX_FACET_VALUES = 100;

const UPSERT = `
  WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(
      type text, id uuid, tenant_id uuid, werkgever_id uuid, title text, body text, facet_values text[],
      uren_min int, uren_max int, lat float8, lon float8, visible_to_werkgever boolean, updated_at timestamptz,
      text_a text, text_b text, text_c text, tokens_a text[], tokens_b text[], tokens_c text[])
  ), upserted AS (
    INSERT INTO search_document AS s (type, id, tenant_id, werkgever_id, facet_values, uren_min, uren_max, lat, lon,
      visible_to_werkgever, updated_at, indexed_at, tsv)
    SELECT type, id, tenant_id, werkgever_id, facet_values, uren_min, uren_max, lat, lon, visible_to_werkgever,
      updated_at, $2::timestamptz,
      setweight(to_tsvector('matchpunt_nl', text_a) || array_to_tsvector(tokens_a), 'A')
        || setweight(to_tsvector('matchpunt_nl', text_b) || array_to_tsvector(tokens_b), 'B')
        || setweight(to_tsvector('matchpunt_nl', text_c) || array_to_tsvector(tokens_c), 'C')
    FROM input
    ON CONFLICT (type, id) DO UPDATE SET tenant_id = EXCLUDED.tenant_id, werkgever_id = EXCLUDED.werkgever_id,
      facet_values = EXCLUDED.facet_values, uren_min = EXCLUDED.uren_min, uren_max = EXCLUDED.uren_max,
      lat = EXCLUDED.lat, lon = EXCLUDED.lon, visible_to_werkgever = EXCLUDED.visible_to_werkgever,
      updated_at = EXCLUDED.updated_at, indexed_at = EXCLUDED.indexed_at, tsv = EXCLUDED.tsv
    WHERE s.updated_at <= EXCLUDED.updated_at
    RETURNING s.type, s.id, s.tsv
  ), texts AS (
    INSERT INTO search_document_text (type, id, title, body)
    SELECT i.type, i.id, i.title, i.body FROM input i JOIN upserted u ON u.type = i.type AND u.id = i.id
    ON CONFLICT (type, id) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body
  )
  INSERT INTO search_lexeme (type, lexeme)
  SELECT DISTINCT u.type, l.lexeme FROM upserted u, unnest(tsvector_to_array(u.tsv)) AS l(lexeme)
  WHERE length(l.lexeme) BETWEEN 3 AND 40 AND l.lexeme !~ '^([0-9]+|syn_.*)$'
  ORDER BY 1, 2
  ON CONFLICT DO NOTHING`;

/**
 * Per query word: its lexemes; its indexed forms (the lexemes of the word and of its plural/singular
 * variants that occur in the index: the Dutch stemmer gives "vrachtwagen" and "vrachtwagens" different
 * stems); whether any is indexed; and, for a long unknown word, similar indexed lexemes (typos).
 */
const ANALYSE = `
  SELECT w.word, a.lexemes, f.forms, cardinality(f.forms) > 0 AS known,
    CASE WHEN w.fuzzy AND cardinality(f.forms) = 0
      THEN ARRAY(SELECT l.lexeme FROM search_lexeme l WHERE l.type = $3 AND w.word <% l.lexeme
                 ORDER BY w.word <<-> l.lexeme, l.lexeme LIMIT ${SIMILAR_LEXEMES})
      ELSE '{}'::text[] END AS similar
  FROM unnest($1::text[], $2::bool[]) AS w(word, fuzzy)
  CROSS JOIN LATERAL (SELECT tsvector_to_array(to_tsvector('matchpunt_nl', w.word)) AS lexemes) a
  CROSS JOIN LATERAL (
    SELECT ARRAY(
      SELECT DISTINCT x.lexeme
      FROM unnest(ARRAY[w.word, w.word || 's', w.word || 'en', regexp_replace(w.word, '(s|en)$', '')]) AS v(variant),
        unnest(tsvector_to_array(to_tsvector('matchpunt_nl', v.variant))) AS x(lexeme)
      WHERE EXISTS (SELECT 1 FROM search_lexeme l WHERE l.type = $3 AND l.lexeme = x.lexeme)) AS forms) f`;

/**
 * PostgreSQL full-text adapter (the default). Dutch stemming with unaccent (`matchpunt_nl`), compound parts
 * indexed beside the words, synonyms expanded in the query, a lexicon with pg_trgm for typos, ranking on a
 * bounded candidate set, facet counts from one array column, bounding box + haversine for distance.
 */
@Injectable()
export class PostgresSearchIndex extends SearchIndex {
  constructor(
    private readonly dataSource: DataSource,
    private readonly geo: GeoResolver,
  ) {
    super();
  }

  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    if (docs.length === 0) return;
    const latest = new Map<string, SearchDocument>();
    for (const doc of docs) {
      const key = `${doc.type}/${doc.id}`;
      const known = latest.get(key);
      if (!known || known.updatedAt <= doc.updatedAt) latest.set(key, doc);
    }
    // Rows (and lexemes) in key order, so concurrent upserts (a reindex beside index jobs) cannot deadlock.
    const rows = [...latest.values()].sort((a, b) => (a.type === b.type ? (a.id < b.id ? -1 : 1) : a.type < b.type ? -1 : 1)).map(toPgDocumentRow);
    await this.dataSource.query(UPSERT, [JSON.stringify(rows), new Date()]);
  }

  async remove(type: SearchDocumentType, ids: readonly string[]): Promise<void> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return;
    await this.dataSource.query(`DELETE FROM search_document WHERE type = $1 AND id = ANY($2::uuid[])`, [type, valid]);
  }

  async clear(type: SearchDocumentType, tenantId?: string): Promise<void> {
    if (tenantId) await this.dataSource.query(`DELETE FROM search_document WHERE type = $1 AND tenant_id = $2`, [type, tenantId]);
    else await this.dataSource.query(`DELETE FROM search_document WHERE type = $1`, [type]);
  }

  async removeStale(type: SearchDocumentType, indexedBefore: Date, tenantId?: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM search_document WHERE type = $1 AND indexed_at < $2 AND ($3::uuid IS NULL OR tenant_id = $3::uuid)`,
      [type, indexedBefore, tenantId ?? null],
    );
  }

  async search(input: SearchQuery): Promise<SearchResult> {
    const query = validateSearchQuery(input);
    const near = await this.geo.resolve(query.near);
    const tsquery = query.text ? await this.toTsQuery(query.type, parseSearchText(query.text)) : null;
    const statement = searchStatement(query, tsquery, near);
    const rows: SearchRow[] = await this.dataSource.query(statement.sql, statement.params);
    const totals = rows.find((row) => row.kind === 'total');
    const sampled = totals?.n ?? 0;
    const exact = totals?.score == null ? null : Number(totals.score);
    // More matches than candidates: the exact count when the statement has it, otherwise the planner's
    // estimate; facet counts are then scaled up from the sample.
    const capped = sampled >= CANDIDATES;
    const totalCount = exact ?? (capped ? Math.max(sampled, await this.estimate(query, tsquery, near)) : sampled);
    const hits = rows
      .filter((row) => row.kind === 'hit')
      .sort(tsquery ? (a, b) => Number(a.ord) - Number(b.ord) : byDistanceThenNewest)
      .map((row, i): SearchHit => {
        const highlights: SearchHit['highlights'] = {};
        const title = renderHighlight(row.title_hl);
        const text = renderHighlight(row.text_hl);
        if (title) highlights.title = title;
        if (text) highlights.text = text;
        return {
          id: row.id as string,
          score: Number(row.score),
          highlights,
          ...(row.distance_km === null ? {} : { distanceKm: Math.round(Number(row.distance_km) * 10) / 10 }),
          cursor: encodeCursor(query.offset + i + 1),
        };
      });
    const reachable = Math.min(tsquery ? sampled : totalCount, RESULT_WINDOW);
    return {
      hits,
      totalCount,
      facets: collectFacets(query.facets, rows, sampled > 0 ? totalCount / sampled : 1),
      estimated: capped || sampled < totalCount,
      hasNextPage: query.offset + hits.length < reachable,
      endCursor: hits.at(-1)?.cursor ?? null,
      ...(near && { near }),
    };
  }

  private async estimate(query: ValidSearchQuery, tsquery: string | null, near: ResolvedNear | undefined): Promise<number> {
    const statement = estimateStatement(query, tsquery, near);
    const [row]: { 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[] = await this.dataSource.query(statement.sql, statement.params);
    return Math.round(row['QUERY PLAN'][0].Plan['Plan Rows']);
  }

  /** Query terms → tsquery text, after one round trip that stems the words and finds typo alternatives. */
  private async toTsQuery(type: SearchDocumentType, terms: QueryTerm[]): Promise<string | null> {
    if (terms.length === 0) return null;
    const { words, fuzzy } = wordsToAnalyse(terms);
    const rows: (WordAnalysis & { word: string })[] = await this.dataSource.query(ANALYSE, [words, fuzzy, type]);
    const analysis = new Map<string, WordAnalysis>(
      rows.map((row) => [row.word, { lexemes: row.lexemes, forms: row.forms, known: row.known, similar: row.similar }]),
    );
    return toTsQueryText(terms, analysis);
  }
}

function byDistanceThenNewest(a: SearchRow, b: SearchRow): number {
  return (
    Number(a.distance_km ?? 0) - Number(b.distance_km ?? 0) ||
    Number(b.updated_ms) - Number(a.updated_ms) ||
    (a.id! < b.id! ? 1 : a.id! > b.id! ? -1 : 0)
  );
}

function collectFacets(names: readonly SearchFacetName[], rows: readonly SearchRow[], scale: number): SearchResult['facets'] {
  const facets: Partial<Record<SearchFacetName, FacetCount[]>> = Object.fromEntries(names.map((name) => [name, []]));
  for (const row of rows) {
    if (row.kind !== 'facet' || row.value === null) continue;
    const at = row.value.indexOf('=');
    const name = row.value.slice(0, at) as SearchFacetName;
    facets[name]?.push({ value: row.value.slice(at + 1), count: Math.round(Number(row.n) * scale) });
  }
  for (const counts of Object.values(facets)) {
    counts.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    counts.splice(MAX_FACET_VALUES);
  }
  return facets;
}
