import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { PSO_HERBEREKEN_JOB, PsoHerberekenJob, Queue, WORKER_LOCK_MS } from '@matchpunt/common';
import { Job, Queue as BullQueue } from 'bullmq';
import { PsoPositieService } from './pso-positie.service';

export const HERBEREKEN_ALLE_PSO_JOB = 'HerberekenAllePso';
export const PSO_SCHEDULER = 'pso-dagelijks';

/**
 * Queue `pso`: recomputes a werkgever's position after a change to its workforce or a placement there
 * (`HerberekenPso`, from the outbox), and every werkgever's once a day, because eligibility depends on the date
 * (an LKS that ends, the 5 years after instroom). Idempotent: it recomputes from the current state.
 */
@Processor(Queue.PSO, { lockDuration: WORKER_LOCK_MS, concurrency: 2 })
export class PsoProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly posities: PsoPositieService,
    @InjectQueue(Queue.PSO) private readonly queue: BullQueue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(PSO_SCHEDULER, { pattern: '30 6 * * *', tz: 'Europe/Amsterdam' }, { name: HERBEREKEN_ALLE_PSO_JOB, data: {} });
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case PSO_HERBEREKEN_JOB: {
        const { tenantId, werkgeverId } = job.data as PsoHerberekenJob;
        return this.posities.herbereken(tenantId, werkgeverId);
      }
      case HERBEREKEN_ALLE_PSO_JOB: {
        let n = 0;
        for (const { tenantId, werkgeverId } of await this.posities.alleWerkgevers()) {
          await this.posities.herbereken(tenantId, werkgeverId);
          n++;
        }
        return n;
      }
      default:
        throw new Error(`unknown job ${job.name} on queue ${Queue.PSO}`);
    }
  }
}
