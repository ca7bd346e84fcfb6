import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL search index (libs/search, adapter `PostgresSearchIndex`).
 *
 * - `matchpunt_nl`: the `dutch` configuration with `unaccent` before the Snowball stemmer ("cafe" finds "café").
 *   Compounds are split by the application (known parts are added to the indexed text), synonyms are expanded
 *   in the query.
 * - `search_document`: derived data, rebuilt by a reindex; no foreign keys to the feature tables. Kept
 *   narrow (the match set of a broad word is read row by row): ids, the weighted tsvector (title A, keywords
 *   B, text C), `facet_values` with every facet value as "<facet>=<value>" (one GIN index serves all facet
 *   filters, one unnest counts all facets), hours, coordinates. Title and text, needed only for the
 *   highlights of one page, live in `search_document_text`.
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
      facet_values text[] NOT NULL DEFAULT '{}',
      uren_min integer,
      uren_max integer,
      lat double precision CHECK (lat BETWEEN -90 AND 90),
      lon double precision CHECK (lon BETWEEN -180 AND 180),
      visible_to_werkgever boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL,
      indexed_at timestamptz NOT NULL DEFAULT now(),
      tsv tsvector NOT NULL,
      PRIMARY KEY (type, id))`);
    await q.query(`CREATE TABLE search_document_text (
      type text NOT NULL,
      id uuid NOT NULL,
      title text NOT NULL,
      body text NOT NULL,
      PRIMARY KEY (type, id),
      FOREIGN KEY (type, id) REFERENCES search_document (type, id) ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX search_document_tsv ON search_document USING gin (tsv)`);
    await q.query(`CREATE INDEX search_document_facet_values ON search_document USING gin (facet_values)`);
    // Covering indexes: searches without free text (newest first, or nearest first) run as index-only scans.
    await q.query(`CREATE INDEX search_document_recent ON search_document (type, tenant_id, updated_at DESC, id DESC)
      INCLUDE (facet_values, uren_min, uren_max, visible_to_werkgever, werkgever_id, lat, lon)`);
    await q.query(`CREATE INDEX search_document_geo ON search_document (type, tenant_id, lat, lon)
      INCLUDE (id, updated_at, facet_values, uren_min, uren_max, visible_to_werkgever, werkgever_id) WHERE lat IS NOT NULL`);
    await q.query(`CREATE INDEX search_document_werkgever ON search_document (werkgever_id) WHERE werkgever_id IS NOT NULL`);

    await q.query(`CREATE TABLE search_lexeme (
      type text NOT NULL,
      lexeme text NOT NULL,
      PRIMARY KEY (type, lexeme))`);
    await q.query(`CREATE INDEX search_lexeme_trgm ON search_lexeme USING gin (lexeme gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS search_lexeme`);
    await q.query(`DROP TABLE IF EXISTS search_document_text`);
    await q.query(`DROP TABLE IF EXISTS search_document`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS matchpunt_nl`);
  }
}
