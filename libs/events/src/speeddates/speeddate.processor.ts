import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Queue } from '@matchpunt/common';
import { Job } from 'bullmq';
import { PLAN_SPEEDDATE_JOB, PlanSpeeddateJob, SpeeddatePlanningService } from './speeddate-planning.service';

/** Queue `speeddate`: one planning at a time per worker; progress goes to the job and to the event row. */
@Processor(Queue.SPEEDDATE, { lockDuration: 120_000, concurrency: 1 })
export class SpeeddateProcessor extends WorkerHost {
  constructor(private readonly planning: SpeeddatePlanningService) {
    super();
  }

  async process(job: Job): Promise<string> {
    if (job.name !== PLAN_SPEEDDATE_JOB) throw new Error(`unknown job ${job.name} on queue ${Queue.SPEEDDATE}`);
    return this.planning.voerUit(job.data as PlanSpeeddateJob, (p) => job.updateProgress(p));
  }
}
