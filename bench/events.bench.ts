import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { startTestApp } from '../tests/support/test-app';
import { emit, summarise } from './support/emit';

/**
 * Jobdate booking under contention: SLOTS open slots, BOOKERS concurrent bookings per slot (different candidates),
 * all fired at once through GraphQL in waves. Prints throughput, latency and the number of double bookings
 * (slots with more than one active booking, from the responses and from the database) — which must be 0.
 */
const SLOTS = Number(process.env.BENCH_SLOTS ?? 200);
const BOOKERS = Number(process.env.BENCH_BOOKERS ?? 5);
const WAVE = Number(process.env.BENCH_WAVE_SLOTS ?? 40);

const BOEK = `mutation($s: ID!, $k: ID!) { boekJobdate(slotId: $s, kandidaatId: $k) { id } }`;

async function main() {
  const app = await startTestApp({ werkgevers: 10, vacatures: 10, kandidaten: 60 });
  try {
    const tenantId = app.seed.id('tenant', 'rivierenland');
    const admin = await app.gql.login('admin@werkzaak.demo');
    const [w] = await app.db.query(`SELECT id FROM werkgever WHERE tenant_id = $1 ORDER BY id LIMIT 1`, [tenantId]);
    const kandidaten: { id: string }[] = await app.db.query(`SELECT id FROM kandidaat WHERE tenant_id = $1 ORDER BY id LIMIT $2`, [tenantId, BOOKERS]);
    if (kandidaten.length < BOOKERS) throw new Error('not enough seeded candidates');
    const slots: { id: string }[] = await app.db.query(
      `INSERT INTO jobdate_slot (tenant_id, werkgever_id, start, eind, lengte_minuten, vorm, aangemaakt_door)
       SELECT $1, $2, now() + interval '3 days' + g * interval '30 minutes', now() + interval '3 days' + g * interval '30 minutes' + interval '20 minutes', 20, 'BEL_MIJ',
         (SELECT id FROM app_user WHERE email = 'admin@werkzaak.demo')
       FROM generate_series(1, $3) g RETURNING id`,
      [tenantId, w.id, SLOTS],
    );
    // warm-up
    const warm = await app.db.query(`INSERT INTO jobdate_slot (tenant_id, werkgever_id, start, eind, lengte_minuten, vorm, aangemaakt_door)
      VALUES ($1, $2, now() + interval '2 days', now() + interval '2 days 20 minutes', 20, 'BEL_MIJ', (SELECT id FROM app_user WHERE email = 'admin@werkzaak.demo')) RETURNING id`, [tenantId, w.id]);
    await app.gql.request(BOEK, { s: warm[0].id, k: kandidaten[0].id }, admin);

    const latencies: number[] = [];
    let wins = 0;
    let conflicts = 0;
    let other = 0;
    let doubleFromResponses = 0;
    const t0 = performance.now();
    for (let i = 0; i < slots.length; i += WAVE) {
      const wave = slots.slice(i, i + WAVE);
      const results = await Promise.all(
        wave.map(async (slot) => {
          const answers = await Promise.all(
            kandidaten.map(async (k) => {
              const s = performance.now();
              const r = await app.gql.request(BOEK, { s: slot.id, k: k.id }, admin);
              latencies.push(performance.now() - s);
              return r;
            }),
          );
          return answers;
        }),
      );
      for (const answers of results) {
        const ok = answers.filter((a) => !a.errors?.length).length;
        wins += ok;
        if (ok > 1) doubleFromResponses++;
        for (const a of answers) {
          const code = a.errors?.[0]?.extensions?.code;
          if (code === 'CONFLICT') conflicts++;
          else if (a.errors?.length) other++;
        }
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    const [{ n: doubleInDb }] = await app.db.query(
      `SELECT count(*)::int AS n FROM (SELECT slot_id FROM jobdate_boeking WHERE status = 'GEBOEKT' GROUP BY slot_id HAVING count(*) > 1) x`,
    );
    emit({
      bench: 'jobdate-booking',
      slots: SLOTS,
      bookersPerSlot: BOOKERS,
      concurrentRequests: WAVE * BOOKERS,
      attempts: SLOTS * BOOKERS,
      seconds: +seconds.toFixed(2),
      attemptsPerSecond: +((SLOTS * BOOKERS) / seconds).toFixed(1),
      bookingsPerSecond: +(wins / seconds).toFixed(1),
      wins,
      conflicts,
      otherErrors: other,
      doubleBookings: doubleFromResponses + doubleInDb,
      ...summarise(latencies),
    });
    if (doubleFromResponses + doubleInDb > 0 || wins !== SLOTS) process.exitCode = 1;
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
