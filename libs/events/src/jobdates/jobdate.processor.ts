import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Queue, WORKER_LOCK_MS } from '@matchpunt/common';
import { Job } from 'bullmq';
import { KENNISSESSIE_HERINNERING_JOB, KennissessieHerinneringJob } from '../kennissessies/kennissessie.constants';
import { KennissessieService } from '../kennissessies/kennissessie.service';
import { JOBDATE_HERINNERING_JOB, JobdateHerinneringen, JobdateHerinneringJob } from './jobdate-herinnering';

/** Queue `jobdate`: delayed reminders for jobdates and kennissessies. Both re-check state, so a retry is harmless. */
@Processor(Queue.JOBDATE, { lockDuration: WORKER_LOCK_MS, concurrency: 4 })
export class JobdateProcessor extends WorkerHost {
  constructor(
    private readonly jobdates: JobdateHerinneringen,
    private readonly kennissessies: KennissessieService,
  ) {
    super();
  }

  async process(job: Job): Promise<string> {
    switch (job.name) {
      case JOBDATE_HERINNERING_JOB:
        return this.jobdates.verstuur(job.data as JobdateHerinneringJob);
      case KENNISSESSIE_HERINNERING_JOB:
        return this.kennissessies.verstuurHerinnering(job.data as KennissessieHerinneringJob);
      default:
        throw new Error(`unknown job ${job.name} on queue ${Queue.JOBDATE}`);
    }
  }
}
