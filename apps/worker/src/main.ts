import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@matchpunt/common';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/**
 * Runs the processors. On SIGTERM/SIGINT Nest closes every BullMQ worker, which waits for running jobs
 * to finish; a job cut off by a hard kill keeps its lock until it expires and is then retried.
 */
async function main() {
  try {
    loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  app.get(Logger).log('worker started');
}

main();
