import 'reflect-metadata';
import { Client } from 'pg';
import { migrate } from '../../libs/db/src/migrate';
import { databaseUrl, PG_ADMIN_URL, TEMPLATE_DB } from './env';

/**
 * Migrates a template database once per run; every test file then clones it (CREATE DATABASE … TEMPLATE),
 * which takes milliseconds instead of a migration run each.
 */
export default async function globalSetup(): Promise<void> {
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [TEMPLATE_DB],
    );
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    // Leftovers of runs that were killed before they could clean up.
    const { rows } = await admin.query(
      `SELECT datname FROM pg_database WHERE datname LIKE 'matchpunt_test_%' AND datname <> $1`,
      [TEMPLATE_DB],
    );
    for (const { datname } of rows) {
      const [, , pid] = datname.split('_').slice(-3);
      if (pid && !isAlive(Number(pid))) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
  await migrate(databaseUrl(TEMPLATE_DB));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
