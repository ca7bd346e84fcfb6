import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, ConfigModule, OutboxModule, QueueModule } from '@matchpunt/common';
import { dataSourceOptions } from '@matchpunt/db';
import { MailModule } from '@matchpunt/mail';
import { SearchModule } from '@matchpunt/search';
import { LoggerModule } from 'nestjs-pino';

/** What both the API and the worker stand on: config, logs, PostgreSQL, Redis queues, outbox, mail, search. */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          // Fastify assigns the request id (x-request-id or a new uuid); pino-http logs it as req.id.
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
        },
      }),
    }),
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config.DATABASE_URL), autoLoadEntities: true }),
    }),
    QueueModule,
    OutboxModule,
    MailModule,
    SearchModule,
  ],
})
export class InfrastructureModule {}
