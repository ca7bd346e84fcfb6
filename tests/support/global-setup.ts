import 'reflect-metadata';
import { Client } from 'pg';
import { migrate } from '../../libs/db/src/migrate';
import { databaseUrl, PG_ADMIN_URL, TEMPLATE_DB } from './env';

const TEMPLATE_LOCK = 4_240_001;

/**
 * Migrates the template database once (per set of migrations); every test file then clones it
 * (CREATE DATABASE … TEMPLATE), which takes milliseconds instead of a migration run each.
 * An advisory lock keeps concurrent runs from building it twice.
 */
export default async function globalSetup(): Promise<void> {
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`SELECT pg_advisory_lock($1)`, [TEMPLATE_LOCK]);
    await dropLeftovers(admin);
    const { rows } = await admin.query(`SELECT datistemplate FROM pg_database WHERE datname = $1`, [TEMPLATE_DB]);
    if (rows[0]?.datistemplate) return;
    // A template without the flag is a half-built one from an interrupted run.
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    await migrate(databaseUrl(TEMPLATE_DB));
    await admin.query(`ALTER DATABASE ${TEMPLATE_DB} WITH is_template true`);
  } finally {
    await admin.query(`SELECT pg_advisory_unlock($1)`, [TEMPLATE_LOCK]).catch(() => undefined);
    await admin.end();
  }
}

/** Test databases of runs that were killed before they could clean up (their process is gone). */
async function dropLeftovers(admin: Client): Promise<void> {
  const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'matchpunt_test_%'`);
  for (const { datname } of rows as { datname: string }[]) {
    if (!isAlive(Number(datname.split('_').at(-1)))) {
      await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`).catch(() => undefined);
    }
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
