import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobOutbox, Queue } from '@matchpunt/common';
import { SearchDocumentType } from '../port/search-document';
import { INDEX_BATCH_SIZE } from '../sources/search-document-source';
import { INDEX_DOCUMENTS_JOB, IndexDocumentsJob, indexJobId } from './index-jobs';

/**
 * What a feature calls in the transaction of a write: `await indexer.enqueue(manager, 'vacature', [id])`.
 * The job goes into the transactional outbox; after commit call `JobOutbox.flushSoon()` as for any job.
 * Use it for creates, updates and deletes alike: the worker loads the ids and removes what is gone.
 */
@Injectable()
export class SearchIndexer {
  constructor(private readonly outbox: JobOutbox) {}

  async enqueue(manager: EntityManager, type: SearchDocumentType, ids: readonly string[], at: Date = new Date()): Promise<void> {
    const unique = [...new Set(ids)];
    const jobs = [];
    for (let i = 0; i < unique.length; i += INDEX_BATCH_SIZE) {
      const batch = unique.slice(i, i + INDEX_BATCH_SIZE);
      const data: IndexDocumentsJob = { type, ids: batch };
      jobs.push({ queue: Queue.SEARCH_INDEX, name: INDEX_DOCUMENTS_JOB, data: { ...data }, jobId: indexJobId(type, batch, at) });
    }
    await this.outbox.add(manager, ...jobs);
  }
}
