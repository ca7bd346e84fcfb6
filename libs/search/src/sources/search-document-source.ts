import { SearchDocument, SearchDocumentType } from '../port/search-document';

/**
 * A feature's view of its rows as search documents. Register one per document type with
 * `SearchSourceRegistry.register` (in the feature module's `onModuleInit`).
 */
export interface SearchDocumentSource {
  readonly type: SearchDocumentType;
  /**
   * The current documents for these ids, in any order. An id that is absent from the answer (deleted, or no
   * longer to be found at all) is removed from the index. Called by the worker with at most
   * `INDEX_BATCH_SIZE` ids.
   */
  load(ids: readonly string[]): Promise<SearchDocument[]>;
  /** Every id to index (of one tenant when given), in batches, for a full reindex. */
  allIds(tenantId?: string): AsyncIterable<string[]>;
}

/** The largest batch `load` gets; `allIds` should yield batches of about this size. */
export const INDEX_BATCH_SIZE = 500;
