import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Queue, WORKER_LOCK_MS } from '@matchpunt/common';
import { Job } from 'bullmq';
import { AanbodskrantVerzending } from './aanbodskrant-verzending.service';
import { VERSTUUR_AANBODSKRANT_JOB, VerstuurAanbodskrantJob } from './aanbodskrant.enums';

/**
 * Queue `aanbodskrant`: the fan-out of an edition (PDF once, one mail per recipient through the mail queue).
 * Reports `{ totaal, ingepland }` as job progress after every batch.
 */
@Processor(Queue.AANBODSKRANT, { lockDuration: WORKER_LOCK_MS, concurrency: 2 })
export class AanbodskrantProcessor extends WorkerHost {
  constructor(private readonly verzending: AanbodskrantVerzending) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case VERSTUUR_AANBODSKRANT_JOB: {
        const { tenantId, editieId } = job.data as VerstuurAanbodskrantJob;
        return this.verzending.fanOut(tenantId, editieId, (voortgang) => job.updateProgress({ ...voortgang }));
      }
      default:
        throw new Error(`unknown job ${job.name} on queue ${Queue.AANBODSKRANT}`);
    }
  }
}
