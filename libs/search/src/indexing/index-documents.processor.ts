import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { Queue, WORKER_LOCK_MS } from '@matchpunt/common';
import { INDEX_DOCUMENTS_JOB, IndexDocumentsJob, REINDEX_JOB, ReindexJob } from './index-jobs';
import { SearchReindexer } from './search-reindexer.service';

/**
 * The worker side of the search sync (queue `search-index`): `IndexDocuments` loads the ids through the
 * feature's source and upserts them (removing ids that are gone); `Reindex` rebuilds a type, reporting its
 * progress on the job. Both are idempotent: a retry loads the current state again.
 */
@Processor(Queue.SEARCH_INDEX, { lockDuration: WORKER_LOCK_MS })
export class IndexDocumentsProcessor extends WorkerHost {
  constructor(private readonly reindexer: SearchReindexer) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case INDEX_DOCUMENTS_JOB: {
        const { type, ids } = job.data as IndexDocumentsJob;
        return this.reindexer.indexIds(type, ids);
      }
      case REINDEX_JOB: {
        const { type, tenantId } = job.data as ReindexJob;
        if (!this.reindexer.hasSource(type)) return { type, tenantId: tenantId ?? null, skipped: 'no source registered for this type' };
        return this.reindexer.reindex(type, { tenantId, onProgress: (progress) => job.updateProgress({ ...progress }) });
      }
      default:
        throw new Error(`unknown job ${job.name} on queue ${Queue.SEARCH_INDEX}`);
    }
  }
}
