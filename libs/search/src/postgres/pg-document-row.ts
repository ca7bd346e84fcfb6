import { compoundParts } from '../analysis/compound-parts';
import { facetValues } from '../analysis/facet-values';
import { stripMarkers } from '../analysis/highlight';
import { synonymGroupsIn, synonymToken } from '../analysis/synonyms';
import { SearchDocument } from '../port/search-document';

/** Longest text that goes into the index per document (the tsvector limit is 1 MB). */
export const MAX_INDEXED_TEXT = 100_000;

/** One `search_document` row as the upsert statement takes it (jsonb_to_recordset). */
export interface PgDocumentRow {
  type: string;
  id: string;
  tenant_id: string;
  werkgever_id: string | null;
  title: string;
  body: string;
  facet_values: string[];
  uren_min: number | null;
  uren_max: number | null;
  lat: number | null;
  lon: number | null;
  visible_to_werkgever: boolean;
  updated_at: string;
  /** Weighted inputs of the tsvector: A title, B keywords, C text; each with its compound parts. */
  text_a: string;
  text_b: string;
  text_c: string;
  /** Synonym group tokens per weight, added to the tsvector as they are (not stemmed). */
  tokens_a: string[];
  tokens_b: string[];
  tokens_c: string[];
}

/**
 * The PostgreSQL parser reads `<…>` as HTML tags and skips what stands between `<script>` tags; free text is
 * plain text, so angle brackets become look-alikes that are no tag (also in the stored body, for ts_headline).
 */
const plain = (text: string): string => text.replace(/</g, '\u2039').replace(/>/g, '\u203A');
/** "café/restaurant" is one `file` token to the parser: split on slashes so both words are found. */
const forParser = (text: string): string => text.replace(/[/\\]+/g, ' ');

export function toPgDocumentRow(doc: SearchDocument): PgDocumentRow {
  const title = plain(stripMarkers(doc.title)).slice(0, 1000);
  const body = plain(stripMarkers(doc.text)).slice(0, MAX_INDEXED_TEXT);
  const keywords = doc.keywords.map((keyword) => plain(stripMarkers(keyword)));
  const values = facetValues(doc.facets);
  return {
    type: doc.type,
    id: doc.id,
    tenant_id: doc.tenantId,
    werkgever_id: doc.werkgeverId ?? null,
    title,
    body,
    facet_values: Object.entries(values).flatMap(([name, vs]) => vs.map((v) => `${name}=${v}`)),
    uren_min: doc.facets.urenMin ?? doc.facets.urenMax ?? null,
    uren_max: doc.facets.urenMax ?? doc.facets.urenMin ?? null,
    lat: doc.geo?.lat ?? null,
    lon: doc.geo?.lon ?? null,
    visible_to_werkgever: doc.visibleToWerkgever ?? false,
    updated_at: doc.updatedAt.toISOString(),
    text_a: forParser([title, ...compoundParts(title)].join(' ')),
    text_b: forParser([...keywords, ...compoundParts(...keywords)].join(' ')),
    text_c: forParser([body, ...compoundParts(body)].join(' ')),
    tokens_a: synonymGroupsIn(title).map(synonymToken),
    tokens_b: synonymGroupsIn(keywords.join(' , ')).map(synonymToken),
    tokens_c: synonymGroupsIn(body).map(synonymToken),
  };
}
