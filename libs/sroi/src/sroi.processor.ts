import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Queue, WORKER_LOCK_MS } from '@matchpunt/common';
import { vandaag } from '@matchpunt/domain';
import { Job, Queue as BullQueue } from 'bullmq';
import { HerberekenUitkomst, SroiHerberekening } from './sroi-herberekening.service';

export const HERBEREKEN_SROI_JOB = 'HerberekenSroi';
export const SROI_SCHEDULER = 'sroi-dagelijks';
/** Every day at 06:00 Dutch time, before the working day. */
export const SROI_PATROON = '0 6 * * *';

export interface HerberekenSroiJob {
  /** JJJJ-MM-DD; default today (a test or a rerun may name a day). */
  peildatum?: string;
}

/** Queue `sroi`: the daily recompute of every obligation, with the ACHTER alerts (idempotent through the mail dedupe keys). */
@Processor(Queue.SROI, { lockDuration: 5 * WORKER_LOCK_MS })
export class SroiProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly herberekening: SroiHerberekening,
    @InjectQueue(Queue.SROI) private readonly queue: BullQueue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(SROI_SCHEDULER, { pattern: SROI_PATROON, tz: 'Europe/Amsterdam' }, { name: HERBEREKEN_SROI_JOB, data: {} });
  }

  async process(job: Job<HerberekenSroiJob>): Promise<HerberekenUitkomst> {
    if (job.name !== HERBEREKEN_SROI_JOB) throw new Error(`unknown job ${job.name} on queue ${Queue.SROI}`);
    return this.herberekening.alles(job.data?.peildatum ?? vandaag());
  }
}
