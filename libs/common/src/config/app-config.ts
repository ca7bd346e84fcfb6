import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/** All configuration, read and validated once at start. A bad or missing variable stops the process. */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL moet een postgres://-URL zijn' })
  DATABASE_URL: string;

  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL moet een redis://-URL zijn' })
  REDIS_URL: string;

  /** Prefix for every BullMQ key, so several environments (or test suites) can share one Redis. */
  @IsString()
  QUEUE_PREFIX = 'matchpunt';

  /** @secret */
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET moet minstens 32 tekens lang zijn' })
  JWT_SECRET: string;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(3600)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_URL = 'http://localhost:3000';

  @IsIn(['postgres', 'meilisearch'])
  SEARCH_ENGINE: 'postgres' | 'meilisearch' = 'postgres';

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  MEILI_URL?: string;

  /** @secret */
  @IsOptional()
  @IsString()
  MEILI_MASTER_KEY?: string;

  /** When set, mail goes out over SMTP (nodemailer); otherwise it is kept in the mail_outbox table. */
  @IsOptional()
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL moet een smtp://-URL zijn' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Matchpunt <noreply@matchpunt.local>';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COST = 5000;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  LOGIN_ATTEMPTS_PER_15_MIN = 10;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const raw = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => {
      const value = (raw as Record<string, unknown>)[e.property];
      const problem = value === undefined ? 'ontbreekt' : Object.values(e.constraints ?? {}).join(', ');
      return `  ${e.property}: ${problem}`;
    });
    throw new ConfigError(`Ongeldige configuratie:\n${lines.join('\n')}`);
  }
  return config;
}
