import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { AppConfig, AppErrorFilter, formatGraphQLError } from '@matchpunt/common';
import { APP_FILTER } from '@nestjs/core';
import { PinoLogger } from 'nestjs-pino';
import { join } from 'node:path';
import { complexityPlugin } from './graphql/complexity.plugin';
import { depthLimitRule } from './graphql/depth-limit.rule';
import { HealthController } from './health/health.controller';
import { FEATURE_MODULES, InfrastructureModule } from '@matchpunt/platform';

export const SCHEMA_FILE = join(__dirname, '..', 'schema.gql');

@Module({
  imports: [
    InfrastructureModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig, GraphQLSchemaHost, PinoLogger],
      useFactory: (config: AppConfig, schemaHost: GraphQLSchemaHost, logger: PinoLogger) => ({
        autoSchemaFile: config.NODE_ENV === 'development' ? SCHEMA_FILE : true,
        sortSchema: true,
        path: '/graphql',
        introspection: !config.isProduction,
        playground: false,
        plugins: [
          complexityPlugin(schemaHost, config.GRAPHQL_MAX_COST),
          // No field carries a cache hint; Apollo's default cache-control plugin would still wrap every resolver.
          ApolloServerPluginCacheControlDisabled(),
          ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
        ],
        validationRules: [depthLimitRule(config.GRAPHQL_MAX_DEPTH)],
        includeStacktraceInErrorResponses: false,
        formatError: (formatted, error) => formatGraphQLError(formatted, error, logger.logger),
      }),
    }),
    ...FEATURE_MODULES,
  ],
  controllers: [HealthController],
  providers: [{ provide: APP_FILTER, useClass: AppErrorFilter }],
})
export class AppModule {}
