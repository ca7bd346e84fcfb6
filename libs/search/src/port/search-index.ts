import { SearchDocument, SearchDocumentType } from './search-document';
import { SearchQuery, SearchResult } from './search-query';

/**
 * The search port (and its DI token). Adapters: `PostgresSearchIndex` (default) and `MeiliSearchIndex`,
 * picked by `SEARCH_ENGINE`. Both pass the contract suite in `__tests__/search-contract.int.spec.ts`.
 */
export abstract class SearchIndex {
  /** Inserts or replaces documents by (type, id). Idempotent. */
  abstract upsert(docs: readonly SearchDocument[]): Promise<void>;
  /** Removes documents by (type, id); unknown ids are ignored. */
  abstract remove(type: SearchDocumentType, ids: readonly string[]): Promise<void>;
  abstract search(query: SearchQuery): Promise<SearchResult>;
  /** Removes every document of a type (of one tenant when given). */
  abstract clear(type: SearchDocumentType, tenantId?: string): Promise<void>;
  /**
   * Removes the documents of a type (of one tenant) last upserted before `indexedBefore`: the end of a full
   * reindex, which upserted everything that still exists. Adapters stamp documents with the upserting
   * process's clock.
   */
  abstract removeStale(type: SearchDocumentType, indexedBefore: Date, tenantId?: string): Promise<void>;
}
