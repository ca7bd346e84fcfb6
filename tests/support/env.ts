import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the tests find PostgreSQL and Redis; override with TEST_PG_URL / TEST_REDIS_URL. */
export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * The migrated template every test database is cloned from. Its name carries a hash of the migrations, so
 * concurrent test runs share one template, and a changed migration gets a fresh one.
 */
export const TEMPLATE_DB = `matchpunt_tpl_${migrationsHash()}`;

function migrationsHash(): string {
  const dir = join(__dirname, '..', '..', 'libs', 'db', 'src', 'migrations');
  const hash = createHash('sha1');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  hash.update(readFileSync(join(__dirname, '..', '..', 'libs', 'db', 'data', 'nl-pc4.csv')));
  return hash.digest('hex').slice(0, 12);
}

export function databaseUrl(name: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
