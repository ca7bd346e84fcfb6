import { Injectable } from '@nestjs/common';
import { Queue as BullQueue } from 'bullmq';
import { Queue, QueueRegistry } from '@matchpunt/common';
import { SearchDocumentType } from '../port/search-document';
import { REINDEX_JOB, ReindexJob } from './index-jobs';
import { ReindexProgress, ReindexReport } from './search-reindexer.service';

export type ReindexState = 'waiting' | 'active' | 'completed' | 'failed' | 'delayed' | 'unknown';

export interface ReindexStatus {
  jobId: string;
  type: SearchDocumentType;
  tenantId: string | null;
  state: ReindexState;
  progress: ReindexProgress;
  report: ReindexReport | null;
  failedReason: string | null;
}

export function reindexJobId(type: SearchDocumentType, tenantId: string | undefined, at: Date): string {
  return `reindex-${type}-${tenantId ?? 'all'}-${at.getTime()}`;
}

/** Starts a full reindex as a job for the worker, and reads its progress. Used by the mutation and the CLI. */
@Injectable()
export class ReindexJobs {
  constructor(private readonly queues: QueueRegistry) {}

  static async start(queue: BullQueue, type: SearchDocumentType, tenantId?: string): Promise<string> {
    const data: ReindexJob = { type, ...(tenantId ? { tenantId } : {}) };
    const jobId = reindexJobId(type, tenantId, new Date());
    await queue.add(REINDEX_JOB, data, { jobId, attempts: 3 });
    return jobId;
  }

  static async status(queue: BullQueue, jobId: string): Promise<ReindexStatus | null> {
    const job = await queue.getJob(jobId);
    if (!job || job.name !== REINDEX_JOB) return null;
    const data = job.data as ReindexJob;
    const progress = (typeof job.progress === 'object' ? job.progress : {}) as Partial<ReindexProgress>;
    return {
      jobId,
      type: data.type,
      tenantId: data.tenantId ?? null,
      state: (await job.getState()) as ReindexState,
      progress: { done: progress.done ?? 0, indexed: progress.indexed ?? 0 },
      report: (job.returnvalue as ReindexReport | null) ?? null,
      failedReason: job.failedReason ?? null,
    };
  }

  start(type: SearchDocumentType, tenantId?: string): Promise<string> {
    return ReindexJobs.start(this.queues.get(Queue.SEARCH_INDEX), type, tenantId);
  }

  status(jobId: string): Promise<ReindexStatus | null> {
    return ReindexJobs.status(this.queues.get(Queue.SEARCH_INDEX), jobId);
  }
}
