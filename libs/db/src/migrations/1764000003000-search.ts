import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL search index (libs/search, adapter `PostgresSearchIndex`).
 *
 * - `matchpunt_nl`: the `dutch` configuration with `unaccent` before the Snowball stemmer ("cafe" finds "café").
 *   Compounds are split by the application (known parts are added to the indexed text), synonyms are expanded
 *   in the query.
 * - `search_document`: derived data, rebuilt by a reindex; no foreign keys to the feature tables. Weighted
 *   tsvector: title A, keywords B, text C. `facet_values` holds every facet value as "<facet>=<value>" so one
 *   GIN index serves all facet filters and one pass counts all facets. A low toast_tuple_target moves the long
 *   columns (body, tsv) out of line, so scans over the match set read a narrow heap.
 * - `search_lexeme`: every indexed lexeme per type, with a trigram index: the dictionary for typo and prefix
 *   fallback (`word <% lexeme`), small enough to stay fast whatever the number of documents.
 */
export class Search1764000003000 implements MigrationInterface {
  name = 'Search1764000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE TEXT SEARCH CONFIGURATION matchpunt_nl (COPY = pg_catalog.dutch)`);
    await q.query(`ALTER TEXT SEARCH CONFIGURATION matchpunt_nl
      ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, dutch_stem`);

    await q.query(`CREATE TABLE search_document (
      type text NOT NULL CHECK (type IN ('vacature', 'kandidaat', 'werkgever', 'functiecreatie')),
      id uuid NOT NULL,
      tenant_id uuid NOT NULL,
      werkgever_id uuid,
      title text NOT NULL,
      body text NOT NULL,
      keywords text[] NOT NULL DEFAULT '{}',
      facets jsonb NOT NULL DEFAULT '{}',
      facet_values text[] NOT NULL DEFAULT '{}',
      uren_min integer,
      uren_max integer,
      lat double precision CHECK (lat BETWEEN -90 AND 90),
      lon double precision CHECK (lon BETWEEN -180 AND 180),
      visible_to_werkgever boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL,
      indexed_at timestamptz NOT NULL DEFAULT now(),
      tsv tsvector NOT NULL,
      PRIMARY KEY (type, id)
    ) WITH (toast_tuple_target = 256)`);
    await q.query(`CREATE INDEX search_document_tsv ON search_document USING gin (tsv)`);
    await q.query(`CREATE INDEX search_document_facet_values ON search_document USING gin (facet_values)`);
    await q.query(`CREATE INDEX search_document_recent ON search_document (type, tenant_id, updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX search_document_geo ON search_document (type, tenant_id, lat, lon) WHERE lat IS NOT NULL`);
    await q.query(`CREATE INDEX search_document_werkgever ON search_document (werkgever_id) WHERE werkgever_id IS NOT NULL`);

    await q.query(`CREATE TABLE search_lexeme (
      type text NOT NULL,
      lexeme text NOT NULL,
      PRIMARY KEY (type, lexeme))`);
    await q.query(`CREATE INDEX search_lexeme_trgm ON search_lexeme USING gin (lexeme gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS search_lexeme`);
    await q.query(`DROP TABLE IF EXISTS search_document`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS matchpunt_nl`);
  }
}
