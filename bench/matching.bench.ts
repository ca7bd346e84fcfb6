/**
 * Matching engine benchmark: speed of rank/rankKandidaten against a plain full scan, and ranking quality
 * on a generated evaluation set with planted true matches. Prints JSON lines.
 *
 *   node -r @swc-node/register bench/matching.bench.ts
 *
 * Everything is generated from a seeded PRNG, so every run sees the same data.
 */
import {
  DEFAULT_MATCH_WEIGHTS,
  MatchContext,
  MatchKandidaat,
  MatchResultaat,
  MatchVacature,
  MatchWeights,
  MatchWerkgever,
  rank,
  rankKandidaten,
  scoreVacature,
  scoreWerkgever,
} from '../libs/domain/src/matching';
import type { Doelgroep, Instrument, ReactieReden, SbiSectie, TaalNiveau, Vervoer } from '../libs/domain/src/matching';
import { cpus, loadavg } from 'node:os';
import { afstandKm } from '../libs/domain/src/geo';
import { BEROEP_SYNONIEMGROEPEN, SynoniemGroep, VAARDIGHEID_SYNONIEMGROEPEN } from '../libs/domain/src/vocabulary';

const KANDIDATEN = 50_000;
const WERKGEVERS = 5_000;
const RUNS = 30;
const WARMUP = 3;
const LIMIT = 50;
const PEILDATUM = '2026-03-01';
const W = DEFAULT_MATCH_WEIGHTS;

// ---------- seeded generation ----------

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

class Gen {
  constructor(readonly r: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.r() * (max - min + 1));
  }
  kies<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)];
  }
  enkele<T>(xs: readonly T[], n: number): T[] {
    const kopie = [...xs];
    const uit: T[] = [];
    while (uit.length < n && kopie.length) uit.push(kopie.splice(Math.floor(this.r() * kopie.length), 1)[0]);
    return uit;
  }
  kans(p: number): boolean {
    return this.r() < p;
  }
}

/** Rivierenland and its neighbours (PC4 centres); weight = relative number of people and employers. */
const PLAATSEN = [
  { plaats: 'Tiel', lat: 51.8861, lon: 5.4295, gewicht: 5 },
  { plaats: 'Culemborg', lat: 51.9553, lon: 5.2272, gewicht: 4 },
  { plaats: 'Geldermalsen', lat: 51.8815, lon: 5.2883, gewicht: 3 },
  { plaats: 'Zaltbommel', lat: 51.8104, lon: 5.2498, gewicht: 3 },
  { plaats: 'Leerdam', lat: 51.893, lon: 5.092, gewicht: 2 },
  { plaats: 'Buren', lat: 51.911, lon: 5.334, gewicht: 1 },
  { plaats: 'Kerkdriel', lat: 51.77, lon: 5.336, gewicht: 2 },
  { plaats: 'Opheusden', lat: 51.929, lon: 5.633, gewicht: 1 },
  { plaats: 'Druten', lat: 51.888, lon: 5.605, gewicht: 2 },
  { plaats: 'Wijchen', lat: 51.809, lon: 5.725, gewicht: 3 },
  { plaats: 'Nijmegen', lat: 51.8426, lon: 5.8527, gewicht: 8 },
  { plaats: 'Utrecht', lat: 52.0907, lon: 5.1214, gewicht: 8 },
  { plaats: "'s-Hertogenbosch", lat: 51.6978, lon: 5.3037, gewicht: 6 },
  { plaats: 'Arnhem', lat: 51.9851, lon: 5.8987, gewicht: 6 },
  { plaats: 'Gorinchem', lat: 51.8306, lon: 4.9742, gewicht: 3 },
  { plaats: 'Houten', lat: 52.028, lon: 5.168, gewicht: 3 },
  { plaats: 'Ede', lat: 52.0402, lon: 5.6649, gewicht: 4 },
  { plaats: 'Veenendaal', lat: 52.0287, lon: 5.5589, gewicht: 3 },
];
const PLAATS_LOTEN = PLAATSEN.flatMap((p) => Array<typeof p>(p.gewicht).fill(p));

const SECTOREN: SbiSectie[] = ['A', 'C', 'F', 'G', 'H', 'I', 'N', 'O', 'Q', 'S'];
const DOELGROEPEN: Doelgroep[] = ['BANENAFSPRAAK', 'BESCHUT', 'STATUSHOUDER', 'JONGERE', '50PLUS'];
const INSTRUMENTEN: Instrument[] = ['LKS', 'NO_RISKPOLIS', 'PROEFPLAATSING', 'JOBCOACH'];
const VERVOER: Vervoer[] = ['AUTO', 'FIETS', 'OV', 'SCOOTER'];
const TAAL: (TaalNiveau | undefined)[] = [
  'A1',
  'A2',
  'A2',
  'B1',
  'B1',
  'B1',
  'B2',
  'C1',
  'MOEDERTAAL',
  'MOEDERTAAL',
  undefined,
];
const REDENEN: ReactieReden[] = ['TE_VER_WEG', 'UREN_PASSEN_NIET', 'GEEN_PLEK', 'TAALNIVEAU', 'GEEN_INTERESSE'];
const BEROEPSGROEPEN = [...new Set(BEROEP_SYNONIEMGROEPEN.map((g) => g.beroepsgroep as string))];

const DAG_MS = 86_400_000;
const peildag = Date.parse(PEILDATUM) / DAG_MS;
const datum = (dag: number): string => new Date(dag * DAG_MS).toISOString().slice(0, 10);

function locatie(g: Gen, rond = g.kies(PLAATS_LOTEN), spreidingKm = 3): { lat: number; lon: number; plaats: string } {
  const km = spreidingKm * Math.sqrt(-2 * Math.log(1 - g.r())) * 0.7;
  const hoek = g.r() * 2 * Math.PI;
  return {
    plaats: rond.plaats,
    lat: rond.lat + (km * Math.cos(hoek)) / 111.2,
    lon: rond.lon + (km * Math.sin(hoek)) / (111.2 * Math.cos((rond.lat * Math.PI) / 180)),
  };
}

/** A point at `km` from (lat, lon) in a random direction. */
function opAfstand(g: Gen, lat: number, lon: number, km: number): { lat: number; lon: number } {
  const hoek = g.r() * 2 * Math.PI;
  return {
    lat: lat + (km * Math.cos(hoek)) / 111.2,
    lon: lon + (km * Math.sin(hoek)) / (111.2 * Math.cos((lat * Math.PI) / 180)),
  };
}

const term = (g: Gen, groep: SynoniemGroep): string => g.kies(groep.termen);

function kandidaat(g: Gen, id: string): MatchKandidaat {
  const hoofdgroep = g.kies(BEROEP_SYNONIEMGROEPEN);
  const verwant = BEROEP_SYNONIEMGROEPEN.filter((x) => x.beroepsgroep === hoofdgroep.beroepsgroep);
  const wensen = [hoofdgroep, ...g.enkele(g.kans(0.7) ? verwant : BEROEP_SYNONIEMGROEPEN, g.int(0, 2))];
  const urenMin = g.kies([8, 12, 16, 20, 24, 28, 32]);
  return {
    id,
    beroepswensen: [...new Set(wensen.map((w) => term(g, w)))],
    skills: g.enkele(VAARDIGHEID_SYNONIEMGROEPEN, g.int(0, 5)).map((s) => term(g, s)),
    ...locatie(g),
    reisbereidheidKm: g.kies([5, 10, 10, 15, 15, 20, 25, 30, 40]),
    urenMin,
    urenMax: Math.min(40, urenMin + g.kies([0, 4, 8, 12])),
    beschikbaarVanaf: datum(peildag + g.int(-60, 90)),
    rijbewijs: g.kans(0.55),
    vervoer: g.enkele(VERVOER, g.int(1, 2)),
    nederlandsNiveau: g.kies(TAAL),
    sectorWensen: g.enkele(SECTOREN, g.kies([0, 0, 1, 2])),
    doelgroepen: g.enkele(DOELGROEPEN, g.kies([0, 1, 1, 2])),
    instrumenten: g.enkele(INSTRUMENTEN, g.int(0, 3)),
  };
}

function werkgever(g: Gen, id: string): MatchWerkgever {
  const plaatsingen: Record<string, number> = {};
  for (const groep of g.enkele(BEROEPSGROEPEN, g.int(0, 3))) plaatsingen[groep] = g.int(1, 6);
  return {
    soort: 'WERKGEVER',
    id,
    sector: g.kies(SECTOREN),
    vestigingen: Array.from({ length: g.kies([1, 1, 1, 2, 3]) }, () => locatie(g)),
    openDoelgroepen: g.enkele(DOELGROEPEN, g.int(0, 3)),
    acceptedInstrumenten: g.enkele(INSTRUMENTEN, g.int(0, 4)),
    history: {
      plaatsingenPerBeroepsgroep: plaatsingen,
      reacties: Array.from({ length: g.int(0, 3) }, () => ({ reden: g.kies(REDENEN) })),
    },
  };
}

function vacature(g: Gen, id: string, wg: MatchWerkgever, over: Partial<MatchVacature> = {}): MatchVacature {
  const urenMin = g.kies([8, 16, 20, 24, 32]);
  const vestiging = g.kies(wg.vestigingen);
  return {
    soort: 'VACATURE',
    id,
    werkgeverId: wg.id,
    title: '',
    occupation: term(g, g.kies(BEROEP_SYNONIEMGROEPEN)),
    requiredSkills: g.enkele(VAARDIGHEID_SYNONIEMGROEPEN, g.int(0, 3)).map((s) => term(g, s)),
    preferredSkills: g.enkele(VAARDIGHEID_SYNONIEMGROEPEN, g.int(0, 2)).map((s) => term(g, s)),
    lat: vestiging.lat,
    lon: vestiging.lon,
    plaats: vestiging.plaats,
    urenMin,
    urenMax: Math.min(40, urenMin + g.kies([0, 4, 8, 12])),
    startDatum: datum(peildag + g.int(0, 90)),
    rijbewijsVereist: g.kans(0.2),
    nederlandsNiveauMin: g.kies([undefined, undefined, 'A2', 'B1'] as const),
    nederlandsNiveauHard: g.kans(0.2),
    sector: wg.sector,
    doelgroepen: g.enkele(DOELGROEPEN, g.int(0, 2)),
    instrumenten: g.enkele(INSTRUMENTEN, g.int(0, 2)),
    ...over,
  };
}

// ---------- measurement ----------

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
const r2 = (x: number): number => Math.round(x * 100) / 100;
const r3 = (x: number): number => Math.round(x * 1000) / 1000;

function tijd<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const uit = f();
  return [uit, performance.now() - t0];
}

interface Treffer<T> extends MatchResultaat {
  item: T;
}

interface Scan<T> {
  top: Treffer<T>[];
  nietUitgesloten: number;
}

/** The plain way: score and explain everything, drop the excluded, sort all, take the top. */
function volledigeScan<T extends { id: string }>(items: readonly T[], score: (t: T) => MatchResultaat): Scan<T> {
  const geldig = items.map((item) => ({ item, ...score(item) })).filter((t) => !t.excluded);
  geldig.sort((a, b) => b.score - a.score || (a.item.id < b.item.id ? -1 : 1));
  return { top: geldig.slice(0, LIMIT), nietUitgesloten: geldig.length };
}

function vergelijk<T extends { id: string }>(
  naam: string,
  n: number,
  snel: (run: number) => Treffer<T>[],
  scan: (run: number) => Scan<T>,
): void {
  const tSnel: number[] = [];
  const tScan: number[] = [];
  let gelijk = true;
  let nietUitgesloten = 0;
  for (let run = -WARMUP; run < RUNS; run++) {
    // alternate which goes first, so neither always runs on a warmer cache
    const snelEerst = run % 2 === 0;
    let s = snelEerst ? tijd(() => snel(run)) : undefined;
    const [b, tb] = tijd(() => scan(run));
    s ??= tijd(() => snel(run));
    if (run < 0) continue;
    const [top, ts] = s;
    tSnel.push(ts);
    tScan.push(tb);
    gelijk &&=
      top.length === b.top.length && top.every((t, i) => t.item.id === b.top[i].item.id && t.score === b.top[i].score);
    nietUitgesloten += b.nietUitgesloten;
  }
  console.log(
    JSON.stringify({
      bench: naam,
      n,
      limit: LIMIT,
      runs: RUNS,
      p50_ms: r2(pct(tSnel, 50)),
      p95_ms: r2(pct(tSnel, 95)),
      volledige_scan_p50_ms: r2(pct(tScan, 50)),
      volledige_scan_p95_ms: r2(pct(tScan, 95)),
      versnelling_p50: r2(pct(tScan, 50) / pct(tSnel, 50)),
      versnelling_p95: r2(pct(tScan, 95) / pct(tSnel, 95)),
      zelfde_top: gelijk,
      gem_niet_uitgesloten: Math.round(nietUitgesloten / RUNS),
    }),
  );
}

// ---------- (a) speed ----------

function snelheid(): void {
  const g = new Gen(mulberry32(20260301));
  const [data, genMs] = tijd(() => {
    const werkgevers = Array.from({ length: WERKGEVERS }, (_, i) => werkgever(g, `w-${i}`));
    const kandidaten = Array.from({ length: KANDIDATEN }, (_, i) => kandidaat(g, `k-${i}`));
    const vacatures = Array.from({ length: RUNS }, (_, i) => vacature(g, `v-${i}`, g.kies(werkgevers)));
    return { werkgevers, kandidaten, vacatures };
  });
  const { werkgevers, kandidaten, vacatures } = data;
  const ctx: MatchContext = { peildatum: PEILDATUM, werkgevers: new Map(werkgevers.map((w) => [w.id, w])) };
  console.log(
    JSON.stringify({
      bench: 'data',
      kandidaten: KANDIDATEN,
      werkgevers: WERKGEVERS,
      genereren_ms: Math.round(genMs),
      cpus: cpus().length,
      load_avg_1m: r2(loadavg()[0]),
    }),
  );

  vergelijk(
    'rankKandidaten(vacature, 50k kandidaten)',
    KANDIDATEN,
    (run) => rankKandidaten(vacatures[(run + RUNS) % RUNS], kandidaten, W, { ...ctx, limit: LIMIT }),
    (run) => volledigeScan(kandidaten, (k) => scoreVacature(k, vacatures[(run + RUNS) % RUNS], W, ctx)),
  );
  vergelijk(
    'rank(kandidaat, 5k werkgevers)',
    WERKGEVERS,
    (run) => rank(kandidaten[((run + RUNS) * 997) % KANDIDATEN], werkgevers, W, { ...ctx, limit: LIMIT }),
    (run) =>
      volledigeScan(werkgevers, (wg) => scoreWerkgever(kandidaten[((run + RUNS) * 997) % KANDIDATEN], wg, W, ctx)),
  );
}

// ---------- (b) quality ----------

const QUERIES = 200;
const AFLEIDERS = 300;
const K = 10;

interface Query {
  kandidaat: MatchKandidaat;
  pool: MatchVacature[];
  relevant: Set<string>;
}

/**
 * Each query is a candidate with 3–5 planted good vacancies among 300 distractors. Planted: the same
 * occupation under any of its synonyms (the literal wish only by chance), within 30–85 % of the travel distance, hours that meet, some of the
 * candidate's skills asked under other synonyms, a start after the candidate is available; with
 * realistic flaws (a missing skill, a few hours off). Distractors: 20 % the same occupation but breaking
 * a hard constraint (too far, licence, start too early), 30 % the same beroepsgroep but another
 * occupation and closer, 50 % anything anywhere.
 */
function evaluatieset(): { queries: Query[]; ctx: MatchContext } {
  const g = new Gen(mulberry32(4242));
  const werkgevers = Array.from({ length: 500 }, (_, i) => werkgever(g, `ew-${i}`));
  const ctx: MatchContext = { peildatum: PEILDATUM, werkgevers: new Map(werkgevers.map((w) => [w.id, w])) };
  const queries: Query[] = [];
  for (let q = 0; q < QUERIES; q++) {
    const basis = kandidaat(g, `q-${q}`);
    const groep = g.kies(BEROEP_SYNONIEMGROEPEN.filter((x) => x.termen.length >= 3));
    const k: MatchKandidaat = {
      ...basis,
      beroepswensen: [term(g, groep)],
      reisbereidheidKm: g.kies([10, 15, 20, 25, 30]),
    };
    const skillSynoniem = (s: string): string => {
      const sg = VAARDIGHEID_SYNONIEMGROEPEN.find((x) => x.termen.includes(s));
      return sg ? term(g, sg) : s;
    };
    const dichtbij = (min: number, max: number) => ({
      ...opAfstand(g, k.lat, k.lon, k.reisbereidheidKm * (min + g.r() * (max - min))),
      plaats: 'Evaluatie',
    });
    const beschikbaar = Date.parse(k.beschikbaarVanaf) / DAG_MS;
    const pool: MatchVacature[] = [];
    const relevant = new Set<string>();

    const aantal = g.int(3, 5);
    for (let i = 0; i < aantal; i++) {
      const id = `q${q}-goed-${i}`;
      relevant.add(id);
      const skills = g.enkele(k.skills, Math.min(k.skills.length, g.int(1, 2))).map(skillSynoniem);
      if (g.kans(0.4)) skills.push(term(g, g.kies(VAARDIGHEID_SYNONIEMGROEPEN)));
      const urenMin = g.kans(0.7) ? k.urenMin : k.urenMax + g.int(1, 6);
      pool.push(
        vacature(g, id, g.kies(werkgevers), {
          occupation: term(g, groep),
          requiredSkills: skills,
          ...dichtbij(0.3, 0.85),
          urenMin,
          urenMax: urenMin + 8,
          startDatum: datum(Math.max(beschikbaar, peildag) + g.int(0, 30)),
          rijbewijsVereist: k.rijbewijs && g.kans(0.3),
          nederlandsNiveauHard: false,
          sector: k.sectorWensen.length && g.kans(0.6) ? g.kies(k.sectorWensen) : g.kies(SECTOREN),
        }),
      );
    }
    for (let i = 0; i < AFLEIDERS; i++) {
      const id = `q${q}-afleider-${i}`;
      const soort = g.r();
      const wg = g.kies(werkgevers);
      if (soort < 0.2) {
        const breuk = g.int(0, 2);
        pool.push(
          vacature(g, id, wg, {
            occupation: term(g, groep),
            ...(breuk === 0 ? dichtbij(1.1, 2) : dichtbij(0, 0.5)),
            rijbewijsVereist: breuk === 1 ? true : g.kans(0.2),
            startDatum:
              breuk === 2 ? datum(beschikbaar - W.beschikbaarheid.graceDagen - g.int(1, 60)) : datum(beschikbaar),
          }),
        );
        // a licence break only counts when the candidate has none; otherwise it is a fair (unplanted) match
        if (breuk === 1 && k.rijbewijs) pool.pop();
      } else if (soort < 0.5) {
        const verwant = BEROEP_SYNONIEMGROEPEN.filter((x) => x.beroepsgroep === groep.beroepsgroep && x !== groep);
        pool.push(
          vacature(g, id, wg, {
            occupation: term(g, g.kies(verwant.length ? verwant : BEROEP_SYNONIEMGROEPEN)),
            requiredSkills: k.skills.slice(0, 2),
            ...dichtbij(0, 0.4),
            urenMin: k.urenMin,
            urenMax: k.urenMax,
          }),
        );
      } else {
        const anders = g.kies(BEROEP_SYNONIEMGROEPEN.filter((x) => x !== groep));
        pool.push(vacature(g, id, wg, { occupation: term(g, anders), ...(g.kans(0.5) ? dichtbij(0, 1) : {}) }));
      }
    }
    queries.push({ kandidaat: k, pool, relevant });
  }
  return { queries, ctx };
}

function metrieken(lijsten: { ids: string[]; relevant: Set<string> }[]) {
  let p = 0;
  let recall = 0;
  let ndcg = 0;
  let plafond = 0;
  for (const { ids, relevant } of lijsten) {
    const top = ids.slice(0, K);
    const hits = top.filter((id) => relevant.has(id)).length;
    p += hits / K;
    recall += hits / relevant.size;
    plafond += Math.min(relevant.size, K) / K;
    const dcg = top.reduce((s, id, i) => s + (relevant.has(id) ? 1 / Math.log2(i + 2) : 0), 0);
    let idcg = 0;
    for (let i = 0; i < Math.min(relevant.size, K); i++) idcg += 1 / Math.log2(i + 2);
    ndcg += dcg / idcg;
  }
  const n = lijsten.length;
  return {
    precision_at_10: r3(p / n),
    precision_at_10_plafond: r3(plafond / n),
    recall_at_10: r3(recall / n),
    ndcg_at_10: r3(ndcg / n),
  };
}

function kwaliteit(): void {
  const { queries, ctx } = evaluatieset();
  const alleenAfstand: MatchWeights = {
    ...W,
    vacatureFactoren: {
      ...W.vacatureFactoren,
      BEROEP: 0,
      VAARDIGHEDEN: 0,
      UREN: 0,
      BESCHIKBAARHEID: 0,
      SECTOR: 0,
      NEDERLANDS: 0,
      INSTRUMENTEN: 0,
      DOELGROEP: 0,
      HISTORIE: 0,
    },
    reactieVersterking: {},
  };
  const metGroepsdeel = (zelfdeBeroepsgroep: number): MatchWeights => ({ ...W, beroep: { zelfdeBeroepsgroep } });
  const methoden: { methode: string; rangschik: (q: Query) => string[] }[] = [
    {
      methode: 'matchpunt (DEFAULT_MATCH_WEIGHTS)',
      rangschik: (q) => rank(q.kandidaat, q.pool, W, { ...ctx, limit: K }).map((t) => t.item.id),
    },
    ...[0.5, 0.15].map((deel) => ({
      methode: `matchpunt, beroep.zelfdeBeroepsgroep ${deel} i.p.v. ${W.beroep.zelfdeBeroepsgroep}`,
      rangschik: (q: Query) =>
        rank(q.kandidaat, q.pool, metGroepsdeel(deel), { ...ctx, limit: K }).map((t) => t.item.id),
    })),
    {
      methode: 'alleen afstand (zelfde harde eisen)',
      rangschik: (q) => rank(q.kandidaat, q.pool, alleenAfstand, { ...ctx, limit: K }).map((t) => t.item.id),
    },
    {
      methode: 'letterlijke titel, dan afstand (zelfde harde eisen, zonder synoniemen)',
      rangschik: (q) => {
        const wens = q.kandidaat.beroepswensen[0];
        return q.pool
          .filter((v) => !scoreVacature(q.kandidaat, v, W, ctx).excluded)
          .map((v) => ({
            v,
            gelijk: v.occupation === wens ? 1 : 0,
            km: afstandKm(q.kandidaat.lat, q.kandidaat.lon, v.lat, v.lon),
          }))
          .sort((a, b) => b.gelijk - a.gelijk || a.km - b.km || (a.v.id < b.v.id ? -1 : 1))
          .slice(0, K)
          .map((x) => x.v.id);
      },
    },
  ];
  const relevantGem = queries.reduce((s, q) => s + q.relevant.size, 0) / queries.length;
  for (const { methode, rangschik } of methoden) {
    const [lijsten, ms] = tijd(() => queries.map((q) => ({ ids: rangschik(q), relevant: q.relevant })));
    console.log(
      JSON.stringify({
        bench: 'kwaliteit',
        methode,
        queries: queries.length,
        pool_per_query: Math.round(queries.reduce((s, q) => s + q.pool.length, 0) / queries.length),
        relevant_per_query: r2(relevantGem),
        ...metrieken(lijsten),
        totaal_ms: Math.round(ms),
      }),
    );
  }
}

snelheid();
kwaliteit();
