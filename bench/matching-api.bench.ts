/**
 * Matching API benchmark: `matchesVoorVacature` through MatchingService over a seeded database with 50,000
 * candidates (a clone of the migrated template, seeded with `runSeed`, like the tests make theirs), beside a
 * plain full scan in the same run: load every available candidate of the tenant, score every one with the
 * explained `scoreVacature`, sort, take the best. Prints JSON lines:
 *   - service (staff view and werkgever view): p50/p95 per call; candidates left after the SQL narrowing, how many
 *     of them have a wish that can match the occupation (loaded first) and for how many vacatures those decide;
 *   - fullScan: p50/p95 of the plain scan, and the ratio fullScan / service;
 *   - agree: whether both give the same best candidates (ids and scores) for every vacature.
 *
 *   node -r @swc-node/register bench/matching-api.bench.ts [--kandidaten 50000]   (or: npm run bench -- matching-api)
 *   BENCH_RUNS=40 changes the number of timed calls per path.
 */
import 'reflect-metadata';
import { Actor, Rol } from '@matchpunt/common';
import { addDays, boundingBox, DEFAULT_MATCH_WEIGHTS, MatchWerkgever, rankKandidaten, scoreVacature, vandaag } from '@matchpunt/domain';
import {
  beroepSnoei,
  MatchBronnen,
  MatchingService,
  naarMatchKandidaat,
  naarMatchVacature,
  naarMatchWerkgever,
  snoeiVolstaat,
} from '@matchpunt/matching';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import globalSetup from '../tests/support/global-setup';
import { startTestApp, TestApp } from '../tests/support/test-app';
import { emit, summarise } from './support/emit';

const { values } = parseArgs({ options: { kandidaten: { type: 'string', default: '50000' } }, strict: false });
const KANDIDATEN = Number(values.kandidaten);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const WARMUP = 3;
const FIRST = 20;
const VACATURES = 10;

async function main() {
  await globalSetup();
  const t0 = performance.now();
  const app = await startTestApp({ kandidaten: KANDIDATEN, werkgevers: 120, vacatures: 300 });
  const seedMs = performance.now() - t0;
  try {
    const tenantId = app.seed.id('tenant', 'rivierenland');
    const [{ beschikbaar, totaal }] = await app.db.query(
      `SELECT count(*) FILTER (WHERE status = 'BESCHIKBAAR')::int AS beschikbaar, count(*)::int AS totaal FROM kandidaat WHERE tenant_id = $1`,
      [tenantId],
    );
    const staf = await actor(
      app,
      tenantId,
      `SELECT id, rol, werkgever_id FROM app_user WHERE email = 'accountmanager@werkzaak.demo'`,
    );
    // Vacatures of werkgevers that have a WERKGEVER user, so the employer view is measured on the same ones.
    const vacatures: { id: string; werkgever_id: string; user_id: string }[] = await app.db.query(
      `SELECT v.id, v.werkgever_id, u.id AS user_id FROM vacature v JOIN app_user u ON u.werkgever_id = v.werkgever_id AND u.rol = 'WERKGEVER'
       WHERE v.tenant_id = $1 AND v.status = 'OPEN' ORDER BY v.id LIMIT $2`,
      [tenantId, VACATURES],
    );
    if (vacatures.length === 0) throw new Error('no open vacatures of werkgevers with a user');
    const service = app.get(MatchingService);
    const bronnen = app.get(MatchBronnen);

    const narrowing = [];
    for (const v of vacatures) narrowing.push(await versmald(app, bronnen, tenantId, v.id));
    const narrowed = narrowing.map((n) => n.narrowed);
    const firstPhase = narrowing.map((n) => n.firstPhase);

    const stafMs = await tijd(RUNS, (i) =>
      service.matchesVoorVacature(staf, vacatures[i % vacatures.length].id, FIRST),
    );
    const werkgeverActors = vacatures.map((v) => ({
      userId: v.user_id,
      tenantId,
      rol: Rol.WERKGEVER,
      werkgeverId: v.werkgever_id,
    }));
    const werkgeverMs = await tijd(RUNS, (i) =>
      service.matchesVoorVacature(werkgeverActors[i % vacatures.length], vacatures[i % vacatures.length].id, FIRST),
    );
    const scanMs = await tijd(RUNS, (i) => volledigeScan(app, bronnen, tenantId, vacatures[i % vacatures.length].id));

    let agree = true;
    for (const v of vacatures) {
      const viaService = (await service.matchesVoorVacature(staf, v.id, FIRST)).map((m) => `${m.kaart.id}:${m.score}`);
      const viaScan = (await volledigeScan(app, bronnen, tenantId, v.id)).map((m) => `${m.id}:${m.score}`);
      agree &&= JSON.stringify(viaService) === JSON.stringify(viaScan);
    }

    const base = {
      bench: 'matching-api',
      first: FIRST,
      vacatures: vacatures.length,
      tenantCandidates: totaal,
      available: beschikbaar,
      ...machine(),
    };
    const s = summarise(stafMs);
    const w = summarise(werkgeverMs);
    const f = summarise(scanMs);
    emit({ ...base, case: 'seed', seededCandidates: KANDIDATEN, seedMs: Math.round(seedMs) });

    emit({
      ...base,
      case: 'service-staff',
      ...s,
      narrowedMin: Math.min(...narrowed),
      narrowedMedian: median(narrowed),
      narrowedMax: Math.max(...narrowed),
      firstPhaseMedian: median(firstPhase),
      prunedVacatures: narrowing.filter((n) => n.pruned).length,
    });
    emit({ ...base, case: 'service-werkgever', ...w });
    emit({ ...base, case: 'fullScan', ...f, scored: beschikbaar });
    emit({
      ...base,
      case: 'ratio',
      fullScanOverServiceP50: round(f.p50Ms / s.p50Ms),
      fullScanOverServiceP95: round(f.p95Ms / s.p95Ms),
      agree,
    });
  } finally {
    await app.close();
  }
}

/** The plain way: every available candidate of the tenant loaded and scored with explanation, sorted, best N. */
async function volledigeScan(app: TestApp, bronnen: MatchBronnen, tenantId: string, vacatureId: string) {
  const peildatum = vandaag();
  const [rij, rijen] = await Promise.all([
    bronnen.vacature(tenantId, vacatureId),
    bronnen.alleBeschikbareKandidaten(tenantId),
  ]);
  const vacature = naarMatchVacature(rij!, peildatum);
  const werkgevers = await matchWerkgever(app, bronnen, tenantId, vacature.werkgeverId);
  const scores = rijen.map((r) => {
    const k = naarMatchKandidaat(r, peildatum);
    return { id: k.id, ...scoreVacature(k, vacature, DEFAULT_MATCH_WEIGHTS, { peildatum, werkgevers }) };
  });
  return scores
    .filter((s) => !s.excluded)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, FIRST);
}

/** The vacature's werkgever with its history, as the service builds it (the reactions come from voorstellen). */
async function matchWerkgever(
  app: TestApp,
  bronnen: MatchBronnen,
  tenantId: string,
  werkgeverId: string,
): Promise<Map<string, MatchWerkgever>> {
  const [[rij], vestigingen, plaatsingen, reacties] = await Promise.all([
    bronnen.werkgevers(tenantId, [werkgeverId]),
    bronnen.vestigingenVan(tenantId, [werkgeverId]),
    bronnen.plaatsingenPerBeroepsgroep(tenantId, [werkgeverId]),
    app.db.query(`SELECT reactie_reden AS reden FROM voorstel WHERE werkgever_id = $1 AND reactie = 'GEEN_INTERESSE'`, [
      werkgeverId,
    ]),
  ]);
  const history = { plaatsingenPerBeroepsgroep: plaatsingen.get(werkgeverId) ?? {}, reacties };
  return new Map([[werkgeverId, naarMatchWerkgever(rij, vestigingen.get(werkgeverId) ?? [], history)]]);
}

/**
 * How many candidates the SQL narrowing leaves (tenant, available, within reach, licence, start date), how many
 * of those have a wish that can match the occupation (loaded first), and whether they alone decide the top N.
 */
async function versmald(app: TestApp, bronnen: MatchBronnen, tenantId: string, vacatureId: string) {
  const peildatum = vandaag();
  const vacature = naarMatchVacature((await bronnen.vacature(tenantId, vacatureId))!, peildatum);
  const maxReis = await bronnen.maxReisbereidheid(tenantId);
  const filter = {
    tenantId,
    lat: vacature.lat,
    lon: vacature.lon,
    box: boundingBox(vacature.lat, vacature.lon, maxReis),
    rijbewijsVereist: vacature.rijbewijsVereist,
    uiterlijkBeschikbaar: addDays(vacature.startDatum ?? peildatum, DEFAULT_MATCH_WEIGHTS.beschikbaarheid.graceDagen),
  };
  const werkgevers = await matchWerkgever(app, bronnen, tenantId, vacature.werkgeverId);
  const alle = await bronnen.kandidatenVoorVacature(filter);
  const snoei = beroepSnoei(
    vacature,
    werkgevers.get(vacature.werkgeverId),
    await bronnen.wensenVoorVacature(filter),
    DEFAULT_MATCH_WEIGHTS,
    peildatum,
  );
  if (!snoei) return { narrowed: alle.length, firstPhase: alle.length, pruned: false };
  const eerste = await bronnen.kandidatenVoorVacature({ ...filter, wensen: { binnen: snoei.relevant } });
  const treffers = rankKandidaten(
    vacature,
    eerste.map((r) => naarMatchKandidaat(r, peildatum)),
    DEFAULT_MATCH_WEIGHTS,
    { peildatum, werkgevers, limit: FIRST },
  );
  const pruned = snoeiVolstaat(
    snoei,
    treffers.map((t) => t.score),
    FIRST,
  );
  return { narrowed: alle.length, firstPhase: eerste.length, pruned };
}

async function tijd(runs: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await call(i);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await call(i);
    ms.push(performance.now() - t);
  }
  return ms;
}

async function actor(app: TestApp, tenantId: string, sql: string): Promise<Actor> {
  const [row] = await app.db.query(sql);
  return { userId: row.id, tenantId, rol: row.rol as Rol, werkgeverId: row.werkgever_id };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function machine() {
  return { cpus: cpus().length, load1: round(loadavg()[0]) };
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
