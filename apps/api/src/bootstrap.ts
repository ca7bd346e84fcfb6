import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, validationException } from '@matchpunt/common';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { AppModule } from './app.module';

/** Builds the API (used by main.ts and by the tests, which listen on a free port). */
export async function createApi(): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({
      bodyLimit: 1024 * 1024,
      trustProxy: true,
      requestIdHeader: 'x-request-id',
      genReqId: () => randomUUID(),
    }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      reply.header('x-request-id', request.id);
    });
  app.useGlobalPipes(
    new ValidationPipe({ transform: true, whitelist: true, forbidUnknownValues: false, stopAtFirstError: false, exceptionFactory: validationException }),
  );
  app.enableShutdownHooks();
  app.enableCors({ origin: app.get(AppConfig).isProduction ? false : true });
  return app;
}
