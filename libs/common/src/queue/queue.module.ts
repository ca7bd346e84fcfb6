import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Global, Injectable, Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue as BullQueue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { DEFAULT_JOB_OPTIONS, Queue } from './queues';

export function redisConnection(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    password: parsed.password || undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    maxRetriesPerRequest: null,
  };
}

/** Looks a queue up by name, for code (the outbox relay) that enqueues on behalf of every feature. */
@Injectable()
export class QueueRegistry {
  constructor(private readonly moduleRef: ModuleRef) {}

  get(name: Queue): BullQueue {
    return this.moduleRef.get(getQueueToken(name), { strict: false });
  }
}

const queues = BullModule.registerQueue(...Object.values(Queue).map((name) => ({ name })));

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: redisConnection(config.REDIS_URL),
        prefix: config.QUEUE_PREFIX,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    queues,
  ],
  providers: [QueueRegistry],
  exports: [queues, QueueRegistry],
})
export class QueueModule {}
