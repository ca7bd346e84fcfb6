import { createHash } from 'node:crypto';
import { SearchDocumentType } from '../port/search-document';

/** Job names on `Queue.SEARCH_INDEX` (= the processor's job types). */
export const INDEX_DOCUMENTS_JOB = 'IndexDocuments';
export const REINDEX_JOB = 'Reindex';

/** Payload of `IndexDocuments`: ids only; the worker loads the current state through the source. */
export interface IndexDocumentsJob {
  type: SearchDocumentType;
  ids: string[];
}

/** Payload of `Reindex`: every document of a type (of one tenant when given). */
export interface ReindexJob {
  type: SearchDocumentType;
  tenantId?: string;
}

/**
 * `index-<type>-<id>-<ms>` for one id, `index-<type>-<hash of the ids>-<ms>` for several: the same write
 * enqueued twice is one job, a later write is a new one (a completed job id is remembered by BullMQ for a day).
 */
export function indexJobId(type: SearchDocumentType, ids: readonly string[], at: Date): string {
  const subject =
    ids.length === 1
      ? ids[0]
      : createHash('sha1').update([...ids].sort().join(',')).digest('hex').slice(0, 20);
  return `index-${type}-${subject.replace(/:/g, '_')}-${at.getTime()}`;
}
