import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options';
import { createContext, SeedContext, SeedSizes } from './seed-context';
import { seedTenants } from './steps/01-tenants';
import { DEMO_PASSWORD, DemoAccount, seedStaff } from './steps/02-staff';
import { seedWerkgevers } from './steps/03-werkgevers';
import { seedKandidaten } from './steps/04-kandidaten';
import { seedParameters } from './steps/05-parameters';
import { seedFunctiecreatie } from './steps/06-functiecreatie';
import { seedEvents } from './steps/07-events';

/** Steps run in order; each adds one kind of data. Feature seeds append their step here. */
export const SEED_STEPS: ((ctx: SeedContext) => Promise<void>)[] = [seedTenants, seedStaff, seedWerkgevers, seedKandidaten, seedParameters, seedFunctiecreatie, seedEvents];

export interface SeedOptions extends SeedSizes {
  seed: number;
  /** Empty every table first; without it an already seeded database is left alone. */
  reset: boolean;
}

export const DEFAULT_SEED: SeedOptions = { seed: 2026, werkgevers: 120, vacatures: 300, kandidaten: 400, reset: false };

export async function runSeed(url: string, options: SeedOptions, log: (line: string) => void = () => undefined): Promise<SeedContext | null> {
  const db = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    if (options.reset) {
      const tables: { tablename: string }[] = await db.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'postcode')`,
      );
      await db.query(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} CASCADE`);
    } else {
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM tenant`);
      if (count > 0) {
        log('database already has data; seed skipped (npm run db:reset starts over; the demo accounts are listed in README.md, section Portal)');
        return null;
      }
    }
    const ctx = createContext(db, options.seed, options, log);
    for (const step of SEED_STEPS) await step(ctx);
    return ctx;
  } finally {
    await db.destroy();
  }
}

export function printDemoAccounts(ctx: SeedContext | null, log: (line: string) => void): void {
  if (!ctx) return;
  log(`\nDemo-accounts (wachtwoord: ${DEMO_PASSWORD}):`);
  for (const account of ctx.state.accounts as DemoAccount[]) log(`  ${account.rol.padEnd(15)} ${account.email}  (${account.tenant})`);
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: String(DEFAULT_SEED.seed) },
      werkgevers: { type: 'string', default: String(DEFAULT_SEED.werkgevers) },
      vacatures: { type: 'string', default: String(DEFAULT_SEED.vacatures) },
      kandidaten: { type: 'string', default: String(DEFAULT_SEED.kandidaten) },
      reset: { type: 'boolean', default: false },
    },
  });
  const options: SeedOptions = {
    seed: Number(values.seed),
    werkgevers: Number(values.werkgevers),
    vacatures: Number(values.vacatures),
    kandidaten: Number(values.kandidaten),
    reset: Boolean(values.reset),
  };
  for (const [key, value] of Object.entries(options)) {
    if (typeof value === 'number' && (!Number.isInteger(value) || value < 0)) {
      console.error(`--${key} moet een geheel getal ≥ 0 zijn`);
      process.exit(1);
    }
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL ontbreekt');
    process.exit(1);
  }
  runSeed(url, options, console.log).then(
    (ctx) => printDemoAccounts(ctx, console.log),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
