/**
 * End-to-end time of the SROI recompute job for 1,000 obligations: a bench database made like the tests make
 * theirs (a clone of the migrated template, seeded), 1,000 obligations with 3 efforts each inserted by SQL, then
 * the job `HerberekenSroi` added to the `sroi` queue and run by the worker (in this process), timed from enqueue
 * to completion. The first run moves half the obligations from OP_SCHEMA to ACHTER (so it also queues the alert
 * mails); the later runs are the steady state of a daily run. For reference, the same recompute is also timed
 * called directly (no queue). One JSON line per figure set.
 *
 *   node -r @swc-node/register bench/rules-jobs.bench.ts        (BENCH_SROI_N=1000, BENCH_RUNS=5)
 */
import 'reflect-metadata';
import { Queue, QueueRegistry } from '@matchpunt/common';
import { SroiHerberekening } from '@matchpunt/sroi';
import { Job } from 'bullmq';
import globalSetup from '../tests/support/global-setup';
import { startTestApp, TestApp } from '../tests/support/test-app';
import { emit, summarise } from './support/emit';

const N = Number(process.env.BENCH_SROI_N ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** 1,000 obligations over the tenant's werkgevers and gemeenten, each with a person placed, a second one and a purchase. */
async function seed(app: TestApp): Promise<void> {
  await app.db.query(
    `WITH t AS (SELECT id FROM tenant WHERE naam = 'Werkzaak Rivierenland'),
          ps AS (SELECT p.id FROM parameter_set p, t WHERE p.tenant_id = t.id AND p.version = 1),
          am AS (SELECT u.id FROM app_user u WHERE u.email = 'accountmanager@werkzaak.demo'),
          w AS (SELECT w.id, row_number() OVER (ORDER BY w.id) - 1 AS i, count(*) OVER () AS n FROM werkgever w, t WHERE w.tenant_id = t.id),
          g AS (SELECT g.id, row_number() OVER (ORDER BY g.id) - 1 AS i, count(*) OVER () AS n FROM gemeente g, t WHERE g.tenant_id = t.id)
     INSERT INTO sroi_verplichting (tenant_id, gemeente_id, werkgever_id, accountmanager_id, contractnaam, contractwaarde, sroi_percentage,
                                    start_datum, eind_datum, parameter_set_id, verplichting, status, aangemaakt_door)
     SELECT t.id, g.id, w.id, am.id, 'Bench-contract ' || s, 400000 + (s % 20) * 50000, 0.05,
            date '2026-01-01' + (s % 90), date '2027-06-30' + (s % 180), ps.id, (400000 + (s % 20) * 50000) * 0.05,
            CASE WHEN s % 2 = 0 THEN 'OP_SCHEMA' ELSE NULL END, am.id
     FROM generate_series(1, $1::int) s, t, ps, am,
          LATERAL (SELECT id FROM w WHERE w.i = s % w.n) w,
          LATERAL (SELECT id FROM g WHERE g.i = s % g.n) g`,
    [N],
  );
  await app.db.query(
    `INSERT INTO sroi_inzet (tenant_id, verplichting_id, soort, categorie, uren_per_week, start_datum, eind_datum, datum, factuurbedrag, aangemaakt_door)
     SELECT v.tenant_id, v.id, x.soort, x.categorie, x.uren, x.start, x.eind, x.datum, x.bedrag, v.aangemaakt_door
     FROM sroi_verplichting v, LATERAL (VALUES
       ('PLAATSING', 'PW_UITKERING_LANGER_2_JAAR', 24::numeric, v.start_datum, v.start_datum + 240, NULL::date, NULL::numeric),
       ('PLAATSING', 'WW_KORTER_1_JAAR', 36::numeric, v.start_datum + 30, NULL::date, NULL::date, NULL::numeric),
       ('INKOOP', NULL, NULL::numeric, NULL::date, NULL::date, v.start_datum + 60, 2500::numeric)
     ) AS x(soort, categorie, uren, start, eind, datum, bedrag)
     WHERE v.contractnaam LIKE 'Bench-contract %'`,
  );
}

async function runJob(app: TestApp, id: string): Promise<{ ms: number; result: Record<string, number> }> {
  const queue = app.get(QueueRegistry).get(Queue.SROI);
  const started = performance.now();
  await queue.add('HerberekenSroi', {}, { jobId: id });
  for (;;) {
    const job = await Job.fromId(queue, id);
    if (job?.finishedOn) {
      if (job.failedReason) throw new Error(`job failed: ${job.failedReason}`);
      return { ms: performance.now() - started, result: job.returnvalue };
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function main() {
  await globalSetup();
  const app = await startTestApp({ werkgevers: 60, vacatures: 20, kandidaten: 40 });
  try {
    const t0 = performance.now();
    await seed(app);
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM sroi_verplichting`);
    const [{ i }] = await app.db.query(`SELECT count(*)::int AS i FROM sroi_inzet`);
    emit({ bench: 'rules-jobs', case: 'seed', obligations: n, efforts: i, ms: Math.round(performance.now() - t0) });

    await app.startWorker();
    const first = await runJob(app, 'bench-sroi-0');
    emit({ bench: 'rules-jobs', case: 'sroi-recompute-job-first-run', obligations: n, ms: Math.round(first.ms), perObligationMs: +(first.ms / n).toFixed(3), ...first.result });

    const samples: number[] = [];
    for (let r = 1; r <= RUNS; r++) samples.push((await runJob(app, `bench-sroi-${r}`)).ms);
    const s = summarise(samples);
    emit({ bench: 'rules-jobs', case: 'sroi-recompute-job', obligations: n, runs: RUNS, p50Ms: Math.round(s.p50Ms), p95Ms: Math.round(s.p95Ms), perObligationMs: +(s.p50Ms / n).toFixed(3), obligationsPerS: Math.round(n / (s.p50Ms / 1000)) });

    const direct: number[] = [];
    const service = app.get(SroiHerberekening);
    for (let r = 0; r < RUNS; r++) {
      const t = performance.now();
      await service.alles('2026-11-23');
      direct.push(performance.now() - t);
    }
    const d = summarise(direct);
    emit({ bench: 'rules-jobs', case: 'sroi-recompute-direct', obligations: n, runs: RUNS, p50Ms: Math.round(d.p50Ms), p95Ms: Math.round(d.p95Ms) });
    const [{ mails }] = await app.db.query(`SELECT count(*)::int AS mails FROM mail_outbox WHERE dedupe_key LIKE 'sroi-achter:%'`);
    emit({ bench: 'rules-jobs', case: 'sroi-alert-mails', mails });
  } finally {
    await app.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
