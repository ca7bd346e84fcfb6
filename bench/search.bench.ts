/**
 * Search benchmark (issue #3): the PostgreSQL adapter on 100k vacature and 50k kandidaat documents.
 *   node -r @swc-node/register bench/search.bench.ts [--vacatures 100000] [--kandidaten 50000] [--searches 1000] [--ilike 200]
 * Creates (drops first) its own database `matchpunt_bench`, migrates it, seeds deterministic Dutch documents
 * through a document source, measures the full reindex (documents/s), then 1,000 mixed searches (free text +
 * filters + facets + distance) through the adapter, and the first `--ilike` of the same searches as a naive
 * `ILIKE '%term%'` query with the same filters, facets and distance on the same data (ratio on that subset).
 * `--reuse` searches the previous run's database again; `--slowest N` prints the N slowest searches. Prints JSON lines. Needs PostgreSQL (TEST_PG_URL or postgres://postgres@127.0.0.1:5432/postgres).
 */
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { BEROEP_SYNONIEMGROEPEN } from '../libs/domain/src';
import { dataSourceOptions, migrate } from '../libs/db/src';
import {
  GeoResolver,
  PostgresSearchIndex,
  SearchDocument,
  SearchDocumentSource,
  SearchDocumentType,
  SearchIndex,
  SearchQuery,
  SearchReindexer,
  SearchSourceRegistry,
} from '../libs/search/src';
import { distanceSql, filterConditions, SqlParams } from '../libs/search/src/postgres/pg-filters';
import { validateSearchQuery } from '../libs/search/src/query/validate-search-query';
import { emit, summarise } from './support/emit';

const ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BENCH_DB = 'matchpunt_bench';

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const inline = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = inline ? inline.split('=')[1] : at >= 0 ? process.argv[at + 1] : undefined;
  return value === undefined ? fallback : Number(value);
}

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

const TENANTS = ['00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000a2'];
const WERKGEVERS = Array.from({ length: 2000 }, (_, i) => `00000000-0000-4000-8000-${(0xe00000 + i).toString(16).padStart(12, '0')}`);
const SECTORS = 'AACCCCCFFGGGGGHHHHIIIJKLMNNNNOPQQQRS'.split('');
const DOELGROEPEN = ['BANENAFSPRAAK', 'BESCHUT', 'STATUSHOUDER', 'JONGERE', 'VIJFTIGPLUS', 'ARBEIDSBEPERKING'];
const INSTRUMENTEN = ['LKS', 'NO_RISKPOLIS', 'PROEFPLAATSING', 'JOBCOACH', 'WERKPLEKAANPASSING'];
const TITLE_EXTRAS = ['', '', '', ' (m/v)', ' parttime', ' fulltime', ' 24 uur', ' nachtdienst', ' leerwerkplek', ' junior', ' met ervaring'];
/** Sentences every kind of vacancy may have, with slots: {plaats}, {uren}, {skill}, {bedrijf}. */
const GENERIC = [
  'Je werkt in een klein team in een prettige werkomgeving in {plaats}.',
  'Wij bieden een goede begeleiding door een vaste werkbegeleider.',
  'Ervaring is niet nodig, je wordt ingewerkt door collega’s.',
  'Je bent betrouwbaar, leergierig en je houdt van aanpakken.',
  'Het gaat om {uren} uur per week, te verdelen in overleg.',
  'Een rijbewijs is een pré maar geen vereiste.',
  'Je werkt volgens een vast rooster, soms ook in het weekend.',
  'Je spreekt voldoende Nederlands om instructies te begrijpen.',
  'Er is ruimte voor een proefplaatsing en een jobcoach.',
  '{bedrijf} is een familiebedrijf met ruim {uren} medewerkers.',
  '{bedrijf} werkt samen met het werkgeversservicepunt in de regio {plaats}.',
  'Kennis van {skill} is mooi meegenomen.',
  'Je krijgt de kans om een certificaat {skill} te halen.',
  'Het salaris is conform de cao, met reiskostenvergoeding.',
  'Solliciteren kan ook met een filmpje in plaats van een brief.',
  'We zoeken iemand die graag met de handen werkt.',
  'Je bent goed bereikbaar met het openbaar vervoer vanuit {plaats}.',
  'Na een half jaar is er uitzicht op een vast contract.',
  'Wil je eerst een dag meelopen? Dat kan.',
  'Veiligheid en hygiëne staan bij ons voorop.',
];
/** Sentences of one beroepsgroep: a kitchen job talks about the kitchen. */
const BY_GROUP: Record<string, string[]> = {
  logistiek: ['Je verzamelt orders in ons magazijn met een handscanner.', 'Je werkt met een heftruck of reachtruck.', 'Je laadt en lost vrachtwagens en controleert de voorraad.', 'Het magazijn is goed georganiseerd en schoon.'],
  productie: ['Je monteert onderdelen aan de productielijn.', 'Je bedient machines en controleert de kwaliteit.', 'Je werkt in ploegendienst in onze fabriek.', 'Je pakt producten in en maakt ze klaar voor verzending.'],
  schoonmaak: ['Je houdt kantoren, kantines en sanitaire ruimtes schoon.', 'Je werkt met moderne schoonmaakmachines.', 'Het schoonmaakwerk is vooral in de vroege ochtend of avond.'],
  groen: ['Je onderhoudt het groen in parken en plantsoenen.', 'In de kassen oogst je groenten en fruit.', 'Je snoeit, maait en houdt de tuinen bij.'],
  horeca: ['In de keuken help je bij het voorbereiden van maaltijden.', 'Je doet de afwas en houdt de keuken schoon.', 'Je bedient gasten in het café en restaurant.', 'Je werkt in de bediening achter de bar.'],
  zorg: ['Je begeleidt bewoners bij dagbesteding en activiteiten.', 'Je helpt in de zorg bij eten, drinken en verzorging.', 'Je ondersteunt de begeleiders op de groep.'],
  detailhandel: ['Je vult de schappen in de supermarkt.', 'Je helpt klanten aan de kassa.', 'Je zorgt dat de winkel er netjes uitziet.'],
  bouw: ['Je helpt op de bouwplaats bij sloop en opbouw.', 'Je legt bestrating en werkt aan de riolering.', 'Je schildert en timmert mee met de vakmensen.'],
  administratie: ['Je verwerkt post en scant documenten.', 'Je neemt de telefoon aan en helpt klanten verder.', 'Je werkt met Word en Excel op kantoor.'],
  techniek: ['Je doet onderhoud en kleine reparaties.', 'Je helpt bij de installatie van apparatuur.', 'Je werkt in onze werkplaats aan fietsen en scooters.'],
  transport: ['Je bezorgt pakketten met een bestelbus.', 'Je rijdt met de vrachtwagen door de regio.', 'Je plant je eigen route en laadt de bus in.'],
  facilitair: ['Je houdt toezicht als beveiliger bij de ingang.', 'Je werkt in de wasserij en vouwt linnengoed.', 'Je sorteert afval voor recycling.'],
};
const SKILLS = ['heftruckcertificaat', 'VCA', 'klantvriendelijk', 'nauwkeurig', 'teamspeler', 'rijbewijs B', 'HACCP', 'kassa', 'Word en Excel', 'EHBO', 'reachtruck', 'schoonmaaktechnieken', 'snoeien', 'lassen', 'solderen'];
const BEDRIJVEN = ['Van Dijk', 'De Vries Logistiek', 'Groenrijk', 'Bakkerij Jansen', 'Techniek Noord', 'Zorggroep Rivierenland', 'Hotel De Linde', 'Schoon & Co', 'Bouwbedrijf Smit', 'Supermarkt Bos'];
const GROUPS = BEROEP_SYNONIEMGROEPEN.filter((group) => group.beroepsgroep && BY_GROUP[group.beroepsgroep]);

interface Place {
  pc4: string;
  plaats: string;
  lat: number;
  lon: number;
}
const PLACES: Place[] = readFileSync(join(__dirname, '..', 'libs', 'db', 'data', 'nl-pc4.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map(([pc4, plaats, lat, lon]) => ({ pc4, plaats, lat: Number(lat), lon: Number(lon) }));

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const uuidOf = (type: SearchDocumentType, n: number) => `00000000-0000-4${type === 'vacature' ? '001' : '002'}-9000-${n.toString(16).padStart(12, '0')}`;
const indexOf = (id: string) => parseInt(id.slice(-12), 16);

/** The n-th synthetic document of a type: the same every run. */
function makeDocument(type: SearchDocumentType, n: number): SearchDocument {
  const rnd = mulberry32(n * 7919 + (type === 'vacature' ? 1 : 2));
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const some = <T>(list: readonly T[], p: number) => list.filter(() => rnd() < p);
  const place = pick(PLACES);
  const group = pick(GROUPS);
  const title = capital(pick(group.termen.slice(0, 4)));
  const fill = (sentence: string) =>
    sentence.replace('{plaats}', pick(PLACES).plaats).replace('{uren}', String(8 + Math.floor(rnd() * 32))).replace('{skill}', pick(SKILLS)).replace('{bedrijf}', pick(BEDRIJVEN));
  const own = BY_GROUP[group.beroepsgroep as string];
  const text = [
    ...Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(own)),
    ...Array.from({ length: 3 + Math.floor(rnd() * 5) }, () => fill(pick(GENERIC))),
  ].join(' ');
  const urenMin = pick([8, 12, 16, 20, 24, 24, 32, 32, 36]);
  const urenMax = Math.min(40, urenMin + pick([0, 4, 8, 8, 16]));
  const rijbewijs = rnd() < 0.6 ? null : pick(['B', 'B', 'B', 'C', 'CE']);
  const tenantId = rnd() < 0.9 ? TENANTS[0] : TENANTS[1];
  const updatedAt = new Date(Date.UTC(2024, 0, 1) + Math.floor(rnd() * 730 * 24 * 3600 * 1000));
  if (type === 'vacature') {
    const status = pick(['OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'CONCEPT', 'VERVULD', 'VERVULD', 'GESLOTEN']);
    return {
      type,
      id: uuidOf(type, n),
      tenantId,
      werkgeverId: pick(WERKGEVERS),
      title: `${title}${pick(TITLE_EXTRAS)}`,
      text,
      keywords: some(SKILLS, 0.2),
      facets: { sector: pick(SECTORS), gemeente: place.plaats, urenMin, urenMax, doelgroepen: some(DOELGROEPEN, 0.25), instrumenten: some(INSTRUMENTEN, 0.25), rijbewijs, status },
      geo: { lat: place.lat, lon: place.lon },
      visibleToWerkgever: status === 'OPEN',
      updatedAt,
    };
  }
  const status = pick(['BESCHIKBAAR', 'BESCHIKBAAR', 'BESCHIKBAAR', 'IN_TRAJECT', 'GEPLAATST', 'NIET_BESCHIKBAAR']);
  return {
    type,
    id: uuidOf(type, n),
    tenantId,
    title: `${title}, ${pick(pick(GROUPS).termen)}`,
    text: `Ik zoek werk als ${pick(group.termen)}. ${text}`,
    keywords: some(SKILLS, 0.3),
    facets: { gemeente: place.plaats, urenMin, urenMax, doelgroepen: some(DOELGROEPEN, 0.3), instrumenten: some(INSTRUMENTEN, 0.3), rijbewijs, status },
    geo: { lat: place.lat, lon: place.lon },
    visibleToWerkgever: status === 'BESCHIKBAAR',
    updatedAt,
  };
}

/** A document source over the synthetic documents, as a feature would register one. */
function syntheticSource(type: SearchDocumentType, count: number): SearchDocumentSource {
  return {
    type,
    async load(ids) {
      return ids.map((id) => makeDocument(type, indexOf(id)));
    },
    async *allIds() {
      for (let start = 0; start < count; start += 500) {
        yield Array.from({ length: Math.min(500, count - start) }, (_, i) => uuidOf(type, start + i));
      }
    },
  };
}

const QUERY_TEXTS = [
  'chauffeur', 'orderpicker', 'magazijnmedewerker', 'medewerker', 'heftruckchauffeur', 'schoonmaker', 'kok', 'verkoper',
  'magazijn', 'productie', 'zorg', 'heftruck', 'tuin', 'medewerker magazijn', 'schoonmaak kantoren', 'keuken', 'monteur',
  'chaufeur', 'schoonmakr', 'magaz', 'verko', 'cafe', 'bezorger', 'vrachtwagen', 'reachtruck', 'afwas', 'kassa', 'groen',
];

/** 1,000 mixed searches, the same every run: free text, filters, facets and distance in realistic proportions. */
function makeQueries(count: number): SearchQuery[] {
  const rnd = mulberry32(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  return Array.from({ length: count }, () => {
    const type: SearchDocumentType = rnd() < 0.75 ? 'vacature' : 'kandidaat';
    const facets: SearchQuery['facets'] = type === 'vacature' ? ['sector', 'gemeente', 'uren', 'doelgroep', 'instrument', 'rijbewijs', 'status'] : ['gemeente', 'uren', 'doelgroep', 'instrument', 'rijbewijs', 'status'];
    const filterFacets: Record<string, string[]> = {};
    if (rnd() < 0.7) filterFacets.status = [type === 'vacature' ? 'OPEN' : 'BESCHIKBAAR'];
    if (type === 'vacature' && rnd() < 0.2) filterFacets.sector = [pick(SECTORS)];
    if (rnd() < 0.2) filterFacets.doelgroep = [pick(DOELGROEPEN)];
    if (rnd() < 0.1) filterFacets.rijbewijs = ['B'];
    const place = pick(PLACES);
    return {
      type,
      tenantId: rnd() < 0.9 ? TENANTS[0] : TENANTS[1],
      ...(rnd() < 0.9 ? { text: pick(QUERY_TEXTS) } : {}),
      filters: { facets: filterFacets, ...(rnd() < 0.3 ? { uren: { min: pick([16, 24, 32]) } } : {}) },
      ...(rnd() < 0.7 ? { near: rnd() < 0.5 ? { postcode: place.pc4, km: pick([10, 15, 25, 40]) } : { lat: place.lat, lon: place.lon, km: pick([10, 25, 50]) } } : {}),
      facets,
      first: 20,
      ...(rnd() < 0.05 ? { werkgeverScope: { werkgeverId: pick(WERKGEVERS) } } : {}),
    };
  });
}

/** The naive baseline: every word as ILIKE '%word%' on title and text, same filters, exact facets and distance. */
async function naiveSearch(dataSource: DataSource, geo: GeoResolver, input: SearchQuery): Promise<number> {
  const query = validateSearchQuery(input);
  const near = await geo.resolve(query.near);
  const build = (): { params: SqlParams; where: string[]; distance: string | null } => {
    const params = new SqlParams();
    const distance = near ? distanceSql(params, near) : null;
    const where = filterConditions(params, query, near, distance);
    for (const word of query.text.split(/\s+/).filter(Boolean)) {
      const like = params.p(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(t.title ILIKE ${like} OR t.body ILIKE ${like})`);
    }
    return { params, where, distance };
  };
  const page = build();
  const counts = build();
  const [rows] = await Promise.all([
    dataSource.query(
      `SELECT d.id FROM search_document d JOIN search_document_text t USING (type, id)
       WHERE ${page.where.join(' AND ')} ORDER BY d.updated_at DESC LIMIT 20`,
      page.params.values,
    ),
    dataSource.query(
      `WITH m AS MATERIALIZED (SELECT d.facet_values FROM search_document d JOIN search_document_text t USING (type, id)
         WHERE ${counts.where.join(' AND ')})
       SELECT NULL AS value, count(*)::int AS n FROM m UNION ALL
       SELECT v, count(*)::int FROM m, unnest(m.facet_values) v WHERE split_part(v, '=', 1) = ANY(${counts.params.p(query.facets)}::text[]) GROUP BY v`,
      counts.params.values,
    ),
  ]);
  return rows.length;
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

async function main(): Promise<void> {
  Logger.overrideLogger(false);
  const vacatures = arg('vacatures', 100_000);
  const kandidaten = arg('kandidaten', 50_000);
  const searches = arg('searches', 1000);
  const ilike = arg('ilike', 200);

  // --reuse: search the documents of the previous run again (no drop, no reindex figures).
  const reuse = process.argv.includes('--reuse');
  const url = new URL(ADMIN_URL);
  url.pathname = `/${BENCH_DB}`;
  // Other work on the machine shows in every figure: print the load before and after.
  emit({ bench: 'search', phase: 'machine', cpus: cpus().length, loadavg: loadavg().map((l) => +l.toFixed(2)) });
  if (!reuse) {
    const admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${BENCH_DB}`);
    await admin.end();
    await migrate(url.toString());
  }

  const dataSource = await new DataSource({ ...dataSourceOptions(url.toString()), extra: { max: 4 } }).initialize();
  const geo = new GeoResolver(dataSource);
  const index: SearchIndex = new PostgresSearchIndex(dataSource, geo);
  const reindexer = new SearchReindexer(index, new SearchSourceRegistry());
  try {
    for (const [type, count] of reuse ? [] : ([['vacature', vacatures], ['kandidaat', kandidaten]] as const)) {
      const report = await reindexer.reindex(type, {}, syntheticSource(type, count));
      emit({ bench: 'search', phase: 'reindex', engine: 'postgres', type, docs: report.indexed, seconds: +report.seconds.toFixed(1), docsPerSecond: report.docsPerSecond });
    }
    await dataSource.query('VACUUM ANALYZE search_document');
    await dataSource.query('VACUUM ANALYZE search_lexeme');
    const [{ size }] = await dataSource.query(`SELECT pg_size_pretty(pg_total_relation_size('search_document')) AS size`);
    emit({ bench: 'search', phase: 'index-size', table: 'search_document', size });

    const queries = makeQueries(searches);
    for (const query of queries.slice(0, 50)) await index.search(query);

    const adapterMs: number[] = [];
    let hits = 0;
    let total = 0;
    for (const query of queries) {
      const [ms, result] = await timed(() => index.search(query));
      adapterMs.push(ms);
      hits += result.hits.length;
      total += result.totalCount;
    }
    emit({ bench: 'search', phase: 'search', engine: 'postgres', via: 'adapter', ...summarise(adapterMs), meanHits: +(hits / searches).toFixed(1), meanTotal: Math.round(total / searches) });
    const byKind = (pred: (q: SearchQuery) => boolean) => summarise(adapterMs.filter((_, i) => pred(queries[i])));
    const slowest = arg('slowest', 0);
    if (slowest > 0) {
      const order = adapterMs.map((ms, i) => [ms, i] as const).sort((a, b) => b[0] - a[0]).slice(0, slowest);
      for (const [ms, i] of order) emit({ bench: 'search', phase: 'slow', ms: +ms.toFixed(1), query: queries[i] });
    }
    emit({ bench: 'search', phase: 'search-by-kind', withText: byKind((q) => !!q.text), withoutText: byKind((q) => !q.text), withNear: byKind((q) => !!q.near), withoutNear: byKind((q) => !q.near) });

    const subset = queries.slice(0, ilike);
    const naiveMs: number[] = [];
    for (const query of subset) naiveMs.push((await timed(() => naiveSearch(dataSource, geo, query)))[0]);
    const adapterSubset = summarise(adapterMs.slice(0, ilike));
    const naive = summarise(naiveMs);
    emit({ bench: 'search', phase: 'search', engine: 'postgres', via: 'naive-ilike', ...naive });
    emit({
      bench: 'search',
      phase: 'ratio',
      subset: ilike,
      adapter: { p50Ms: adapterSubset.p50Ms, p95Ms: adapterSubset.p95Ms },
      ilike: { p50Ms: naive.p50Ms, p95Ms: naive.p95Ms },
      ilikeOverAdapterP50: +(naive.p50Ms / adapterSubset.p50Ms).toFixed(1),
      ilikeOverAdapterP95: +(naive.p95Ms / adapterSubset.p95Ms).toFixed(1),
    });
    emit({ bench: 'search', phase: 'machine', cpus: cpus().length, loadavg: loadavg().map((l) => +l.toFixed(2)) });
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
