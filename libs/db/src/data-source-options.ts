import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';

/** Migrations only: the schema is never synchronised from entities. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: [join(__dirname, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
  };
}
