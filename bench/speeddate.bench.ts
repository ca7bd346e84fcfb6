/**
 * Speeddate scheduler benchmark: time and objective against the exact optimum from HiGHS (MIP, time-indexed).
 *   node -r @swc-node/register bench/speeddate.bench.ts [--quick] [--mip-seconds=N]
 * Prints one JSON line per instance. Both HiGHS models require at least the scheduler's fairness score, so the
 * ratio compares value at equal fairness. When the MIP hits its time limit the ratio is taken against the best
 * proven bound (min of the MIP's dual bound and the LP relaxation of the b-matching without rounds), so it is
 * a lower bound on the true ratio. schedulerMs is the median wall time, schedulerCpuMs the median CPU time
 * (all threads, GC included), which a busy machine disturbs less.
 */
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { scheduleSpeeddate, SpeeddateInput, SpeeddateSchedule } from '../libs/domain/src/speeddate';

interface Spec {
  name: string;
  candidates: number;
  tables: number;
  rounds: number;
  min: number;
  mipSeconds: number;
  runs: number;
  windows?: Windows;
}

/** Chance of arriving late / leaving early, for candidates and for tables. */
interface Windows {
  candidate: [number, number];
  table: [number, number];
}

const SOME_WINDOWS: Windows = { candidate: [0.1, 0.08], table: [0.05, 0.06] };

const SPECS: Spec[] = [
  { name: 'small', candidates: 60, tables: 15, rounds: 6, min: 1, mipSeconds: 60, runs: 9 },
  { name: 'medium', candidates: 200, tables: 40, rounds: 12, min: 2, mipSeconds: 120, runs: 7 },
  { name: 'large', candidates: 500, tables: 80, rounds: 16, min: 2, mipSeconds: 60, runs: 5 },
  // Not asked for: half the candidates and 40 % of the tables late or early, candidates scarce (80 for 40 tables),
  // minimum 3 — the b-matching over-commits and the round repair has to work (König no longer applies).
  {
    name: 'many-windows',
    candidates: 80,
    tables: 40,
    rounds: 10,
    min: 3,
    mipSeconds: 120,
    runs: 7,
    windows: { candidate: [0.5, 0.5], table: [0.4, 0.4] },
  },
];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sectors, mutual preferences, 10 % forbidden pairs, 15 % same-employer tables, some late/early people. */
export function generate(spec: Spec, seed = 42): SpeeddateInput {
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const R = spec.rounds;
  const window = (late: number, early: number) => {
    const w: { arrivalRound?: number; leaveRound?: number } = {};
    if (rnd() < late) w.arrivalRound = int(2, Math.ceil(R / 2));
    if (rnd() < early) w.leaveRound = int(Math.max(w.arrivalRound ?? 1, Math.floor(R / 2)), R - 1);
    return w;
  };
  const windows = spec.windows ?? SOME_WINDOWS;
  const candidates = Array.from({ length: spec.candidates }, (_, i) => ({
    id: `k${i}`,
    ...window(...windows.candidate),
  }));
  let werkgever = 0;
  const tables = Array.from({ length: spec.tables }, (_, i) => ({
    id: `t${i}`,
    werkgeverId: `w${i > 0 && rnd() < 0.15 ? werkgever : ++werkgever}`,
    ...window(...windows.table),
  }));
  const sector = (n: number) => Array.from({ length: n }, () => int(0, 7));
  const candSector = sector(spec.candidates);
  const tableSector = sector(spec.tables);
  const value = candidates.map((_, c) =>
    tables.map((__, t) => {
      if (rnd() < 0.1) return null;
      let v = int(0, 60) + (candSector[c] === tableSector[t] ? 30 : 0);
      if (rnd() < 0.08) v += 25; // the candidate asked for this employer
      if (rnd() < 0.05) v += 25; // the employer asked for this candidate
      return v;
    }),
  );
  return { rounds: R, candidates, tables, value, minMeetingsPerCandidate: spec.min };
}

/** Fairness score as the scheduler ranks it: a candidate's k-th meeting up to its minimum weighs (K + 1 − k). */
function fairness(input: SpeeddateInput, schedule: SpeeddateSchedule): number {
  const K = input.minMeetingsPerCandidate ?? 0;
  let score = 0;
  for (const tally of schedule.perCandidate)
    for (let k = 1; k <= Math.min(tally.meetings, tally.minimum); k++) score += K + 1 - k;
  return score;
}

interface Model {
  lp: string;
  integer: boolean;
}

/** LP-format model. `rounds: true` = the exact time-indexed MIP; false = LP of the b-matching without rounds. */
export function buildModel(input: SpeeddateInput, minFairness: number, rounds: boolean): Model {
  const matrix = input.value as ReadonlyArray<ReadonlyArray<number | null>>;
  const K = input.minMeetingsPerCandidate ?? 0;
  const objective: string[] = [];
  const rows: string[] = [];
  const vars: string[] = [];
  const row = (name: string, terms: string[], rhs: string) => {
    if (terms.length > 0) rows.push(` ${name}: ${wrap(terms)} ${rhs}`);
  };
  const windowOf = (w: { arrivalRound?: number; leaveRound?: number }) => [
    w.arrivalRound ?? 1,
    w.leaveRound ?? input.rounds,
  ];
  const candRound = new Map<string, string[]>();
  const tableRound = new Map<string, string[]>();
  const tableTotal = new Map<number, string[]>();
  const fairTerms: string[] = [];
  input.candidates.forEach((cand, c) => {
    const [ca, cl] = windowOf(cand);
    const byEmployer = new Map<string, string[]>();
    const all: string[] = [];
    input.tables.forEach((table, t) => {
      const v = matrix[c][t];
      if (v === null || v === undefined) return;
      const [ta, tl] = windowOf(table);
      const from = Math.max(ca, ta);
      const to = Math.min(cl, tl);
      if (from > to) return;
      const names = rounds ? range(from, to).map((r) => `x${c}_${t}_${r}`) : [`z${c}_${t}`];
      names.forEach((x, i) => {
        vars.push(x);
        if (v !== 0) objective.push(`${v} ${x}`);
        all.push(x);
        if (!byEmployer.has(table.werkgeverId)) byEmployer.set(table.werkgeverId, []);
        byEmployer.get(table.werkgeverId)!.push(x);
        if (rounds) {
          push(candRound, `c${c}_${from + i}`, x);
          push(tableRound, `t${t}_${from + i}`, x);
        } else {
          push(tableTotal, t, x);
        }
      });
    });
    if (!rounds) row(`cap_c${c}`, all, `<= ${cl - ca + 1}`);
    for (const [w, xs] of byEmployer) if (xs.length > 1) row(`once_${c}_${w}`, xs, '<= 1');
    const minimum = Math.min(cand.minMeetings ?? K, input.rounds);
    const ys = range(1, minimum).map((k) => `y${c}_${k}`);
    if (ys.length > 0) {
      row(`fair_${c}`, [...ys, ...all.map((x) => `- ${x}`)], '<= 0');
      ys.forEach((y, i) => fairTerms.push(`${K - i} ${y}`));
    }
  });
  for (const [key, xs] of candRound) row(key, xs, '<= 1');
  for (const [key, xs] of tableRound) row(key, xs, '<= 1');
  for (const [t, xs] of tableTotal) {
    const [ta, tl] = windowOf(input.tables[t]);
    row(`cap_t${t}`, xs, `<= ${tl - ta + 1}`);
  }
  row('fairness', fairTerms, `>= ${minFairness}`);
  const ys = fairTerms.map((term) => term.split(' ')[1]);
  const lp = [
    'Maximize',
    ` obj: ${wrap(objective)}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...ys.map((y) => ` 0 <= ${y} <= 1`),
    ...(rounds ? [] : vars.map((z) => ` 0 <= ${z} <= 1`)),
    ...(rounds ? ['Binary', ...chunks(vars, 12).map((names) => ` ${names.join(' ')}`)] : []),
    'End',
  ].join('\n');
  return { lp, integer: rounds };
}

function push<K>(map: Map<K, string[]>, key: K, x: string): void {
  if (!map.has(key)) map.set(key, []);
  map.get(key)!.push(x);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function chunks<T>(items: T[], size: number): T[][] {
  return range(0, Math.ceil(items.length / size) - 1).map((i) => items.slice(i * size, (i + 1) * size));
}

/** Joins terms with '+', breaking lines so that no LP line gets too long. */
function wrap(terms: string[]): string {
  const signed = terms.map((term, i) => (i === 0 || term.startsWith('- ') ? term : `+ ${term}`));
  return chunks(signed, 8)
    .map((line) => line.join(' '))
    .join('\n   ');
}

interface SolveResult {
  status: string;
  objective: number | null;
  bound: number | null;
  seconds: number;
}

type Highs = Awaited<ReturnType<typeof import('highs').default>>;

/**
 * Solves an LP-format model. HiGHS's own time_limit is not always honoured on big models, so the simplex, IPM
 * and MIP callbacks interrupt the solve as well once the wall-clock limit has passed.
 */
function solve(highs: Highs, model: Model, seconds: number): SolveResult {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  return highs.withModel({ format: 'lp', data: model.lp }, (m) => {
    m.options.set({ output_flag: false, time_limit: seconds, mip_rel_gap: 1e-6 });
    const stopAtLimit = (event: { interrupt(): void }): undefined => {
      if (elapsed() > seconds) event.interrupt();
    };
    const types = highs.constants.callbackType;
    m.run({
      [types.simplexInterrupt]: stopAtLimit,
      [types.ipmInterrupt]: stopAtLimit,
      [types.mipInterrupt]: stopAtLimit,
    });
    const code = m.getModelStatus();
    const names = highs.constants.modelStatus as Record<string, number>;
    const status = Object.keys(names).find((k) => names[k] === code) ?? String(code);
    const hasSolution = status === 'optimal' || Number(m.info.get('primal_solution_status')) === 2;
    const objective = hasSolution ? m.getObjectiveValue() : null;
    let bound: number | null = status === 'optimal' ? objective : null;
    if (model.integer) {
      const dual = Number(m.info.get('mip_dual_bound'));
      if (Number.isFinite(dual)) bound = dual;
    }
    const tidy = (x: number | null) => (x === null ? null : round(x, 4));
    return { status, objective: tidy(objective), bound: tidy(bound), seconds: round(elapsed(), 1) };
  });
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Runs `solve` in a worker thread and kills it `grace` seconds after its limit: HiGHS cannot interrupt its
 * presolve, which on the 500×80×16 MIP alone can take minutes on a busy machine.
 */
function solveWithDeadline(model: Model, seconds: number, grace = 60): Promise<SolveResult> {
  const started = performance.now();
  const worker = new Worker(__filename, { execArgv: process.execArgv, workerData: { model, seconds } });
  const elapsed = () => round((performance.now() - started) / 1000, 1);
  return new Promise((resolve) => {
    const finish = (result: SolveResult) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ status: 'killed after limit + grace', objective: null, bound: null, seconds: elapsed() }),
      (seconds + grace) * 1000,
    );
    worker.once('message', (result: SolveResult) => finish(result));
    worker.once('error', (error) =>
      finish({ status: `error: ${error.message}`, objective: null, bound: null, seconds: elapsed() }),
    );
  });
}

async function solveInWorker(): Promise<void> {
  const { model, seconds } = workerData as { model: Model; seconds: number };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the loader as the highs docs show it
  const loadHighs: typeof import('highs').default = require('highs');
  parentPort!.postMessage(solve(await loadHighs(), model, seconds));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const mipArg = args.find((a) => a.startsWith('--mip-seconds='));
  for (const spec of quick ? SPECS.slice(0, 1) : SPECS) {
    const input = generate(spec);
    const wall: number[] = [];
    const cpu: number[] = [];
    let schedule = scheduleSpeeddate(input); // two warm-up runs, not timed
    schedule = scheduleSpeeddate(input);
    for (let i = 0; i < spec.runs; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      schedule = scheduleSpeeddate(input);
      const c = process.cpuUsage(c0);
      wall.push(performance.now() - t0);
      cpu.push((c.user + c.system) / 1000);
    }
    const fair = fairness(input, schedule);
    const mipSeconds = mipArg ? Number(mipArg.split('=')[1]) : spec.mipSeconds;
    const lpBound = await solveWithDeadline(buildModel(input, fair, false), 60);
    const mip = await solveWithDeadline(buildModel(input, fair, true), mipSeconds);
    const bounds = [mip.bound, lpBound.objective].filter((b): b is number => b !== null);
    const optimal = mip.status === 'optimal' && mip.objective !== null;
    const best = optimal ? mip.objective! : Math.min(...bounds);
    console.log(
      JSON.stringify({
        instance: `${spec.candidates}x${spec.tables}x${spec.rounds}`,
        name: spec.name,
        minMeetings: spec.min,
        schedulerMs: round(median(wall), 1),
        schedulerCpuMs: round(median(cpu), 1),
        runs: spec.runs,
        meetings: schedule.meetings.length,
        value: schedule.totalValue,
        fairness: fair,
        belowMinimum: schedule.belowMinimum.length,
        dropped: schedule.stats.dropped,
        readded: schedule.stats.readded,
        flowBound: schedule.stats.upperBound,
        provenOptimal: schedule.stats.provenOptimal,
        bMatchingLpBound: lpBound.objective,
        mip: {
          status: mip.status,
          objective: mip.objective,
          bound: mip.bound,
          seconds: mip.seconds,
          limit: mipSeconds,
        },
        ratio: round(schedule.totalValue / best, 5),
        ratioAgainst: optimal ? 'mip optimum' : 'best proven upper bound',
      }),
    );
  }
}

if (!isMainThread) {
  void solveInWorker();
} else if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
