import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JobOutbox } from '@matchpunt/common';
import { DEFAULT_SEED, runSeed, SeedContext, SeedOptions } from '@matchpunt/db';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/bootstrap';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { REDIS_URL } from './env';
import { GraphQLClient } from './graphql-client';
import { createTestDatabase } from './test-database';

export interface TestApp {
  url: string;
  db: DataSource;
  seed: SeedContext;
  gql: GraphQLClient;
  /** A provider of the running API, e.g. a service to set up a situation directly. */
  get<T>(type: abstract new (...args: any[]) => T): T;
  /** Starts the worker (processors) in this process, for tests that need jobs to run. */
  startWorker(): Promise<INestApplicationContext>;
  /** Hands the outbox to BullMQ now instead of waiting for the relay. */
  flushOutbox(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Boots the real API on a free port against its own database (cloned from the migrated template,
 * seeded) and its own Redis key prefix, so test files run in parallel without touching each other.
 */
export async function startTestApp(seed: Partial<SeedOptions> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const prefix = `mptest:${randomBytes(4).toString('hex')}`;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256!',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_POOL_SIZE: '5',
    PUBLIC_URL: 'http://matchpunt.test',
  });
  const seedContext = await runSeed(database.url, { ...DEFAULT_SEED, werkgevers: 20, vacatures: 40, kandidaten: 40, ...seed, reset: false });
  if (!seedContext) throw new Error('test database was not empty');

  const app: NestFastifyApplication = await createApi();
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const workers: INestApplicationContext[] = [];

  return {
    url,
    db: app.get(DataSource),
    seed: seedContext,
    gql: new GraphQLClient(`${url}/graphql`),
    get: (type) => app.get(type, { strict: false }),
    async startWorker() {
      const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
      await worker.init();
      workers.push(worker);
      return worker;
    },
    flushOutbox: () => app.get(JobOutbox).flush(),
    async close() {
      for (const worker of workers) await worker.close();
      await app.close();
      await database.drop();
    },
  };
}
