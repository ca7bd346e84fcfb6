import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Queue as BullQueue } from 'bullmq';
import { Queue } from '../queue/queues';
import { JobOutbox } from './job-outbox.service';

export const OUTBOX_RELAY_EVERY_MS = 5000;

/** Hands over outbox rows that the API committed but could not enqueue (crash, Redis blip). */
@Processor(Queue.OUTBOX)
export class OutboxRelayProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly outbox: JobOutbox,
    @InjectQueue(Queue.OUTBOX) private readonly queue: BullQueue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler('outbox-relay', { every: OUTBOX_RELAY_EVERY_MS }, { name: 'RelayOutbox' });
  }

  async process(): Promise<number> {
    return this.outbox.flush();
  }
}
