import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { insertRows, prng, SeedContext } from '../seed-context';
import { TENANTS, TenantKey } from './01-tenants';
import {
  BEROEPEN_RESERVE,
  NAMEN,
  OPLEIDINGEN,
  PITCH_OPENING,
  PITCH_SLOT,
  SECTOR_VAN_BEROEPSGROEP,
  STRATEN,
  WERKERVARING,
  WOONPLAATSEN,
} from './04-kandidaten.data';
import { insertKolommen } from './04-kandidaten.insert';

const KANDIDAAT_KOLOMMEN = {
  id: 'uuid', tenant_id: 'uuid', gemeente_id: 'uuid', werkcoach_id: 'uuid', code: 'text', status: 'text', beschikbaar_sinds: 'date',
  status_gewijzigd_op: 'timestamptz', beroepswensen: 'text[]', vaardigheden: 'text[]', werkervaring: 'text', opleiding: 'text',
  rijbewijs: 'boolean', vervoer: 'text[]', reisbereidheid_km: 'int', uren_min: 'int', uren_max: 'int', beschikbaar_vanaf: 'date',
  nederlands_niveau: 'text', werkfit_status: 'text', sector_wensen: 'text[]', pitch: 'text', regio_plaats: 'text', regio_lat: 'float8',
  regio_lon: 'float8', lks_mogelijk: 'boolean', no_riskpolis: 'boolean', proefplaatsing: 'boolean', jobcoach: 'boolean',
  created_at: 'timestamptz', updated_at: 'timestamptz',
};
const IDENTITEIT_KOLOMMEN = {
  kandidaat_id: 'uuid', tenant_id: 'uuid', voornaam: 'text', achternaam: 'text', bsn: 'text', geboortedatum: 'date', adres: 'text',
  postcode: 'text', woonplaats: 'text', telefoon: 'text', email: 'text',
};
const INDICATIE_KOLOMMEN = {
  kandidaat_id: 'uuid', tenant_id: 'uuid', doelgroepregister: 'boolean', beschut: 'boolean', loonwaarde: 'int', klantprofiel: 'text', doelgroepen: 'text[]',
};
const PLAATSING_KOLOMMEN = {
  id: 'uuid', tenant_id: 'uuid', gemeente_id: 'uuid', kandidaat_id: 'uuid', werkgever_id: 'uuid', vacature_id: 'uuid', type: 'text',
  start_datum: 'date', eind_datum: 'date', uren_per_week: 'int', aan_het_werk_6m: 'boolean', gemeten_6m_op: 'date',
  aan_het_werk_12m: 'boolean', gemeten_12m_op: 'date', aangemaakt_door: 'uuid', created_at: 'timestamptz',
};
const TOESTEMMING_KOLOMMEN = {
  id: 'uuid', tenant_id: 'uuid', kandidaat_id: 'uuid', werkgever_id: 'uuid', gegeven_op: 'timestamptz', gegeven_door: 'uuid',
  ingetrokken_op: 'timestamptz', ingetrokken_door: 'uuid',
};

/**
 * Kandidaten (~85 % Rivierenland) with identity, profile, indications and instruments, a few consents,
 * and plaatsingen over the past two years with duurzaamheid checkpoints. Deterministic for a seed number
 * (dates are relative to today); inserts in chunks, so 50k candidates take seconds.
 */
export async function seedKandidaten(ctx: SeedContext): Promise<void> {
  const random = prng((ctx.seed * 7919 + 4) >>> 0);
  const g = new Generator(random, vandaag());
  const plekken = await woonplekken(ctx);
  const vocab = beroepenVocabulaire();
  const werkcoaches = await idsPerTenant(ctx, `SELECT tenant_id, id FROM app_user WHERE rol = 'WERKCOACH' ORDER BY email`);
  const medewerkers = await idsPerTenant(ctx, `SELECT tenant_id, id FROM app_user WHERE rol IN ('ACCOUNTMANAGER','JOBHUNTER') ORDER BY email`);
  const werkgevers = await idsPerTenant(ctx, `SELECT tenant_id, id FROM werkgever ORDER BY id`).catch(() => new Map<string, string[]>());
  const vacatures = await vacaturesPerWerkgever(ctx);
  const demoWerkgevers: { tenant_id: string; werkgever_id: string }[] = await ctx.db
    .query(`SELECT DISTINCT tenant_id, werkgever_id FROM app_user WHERE rol = 'WERKGEVER' ORDER BY werkgever_id`)
    .catch(() => []);

  const kandidaten: Record<string, unknown>[] = [];
  const identiteiten: Record<string, unknown>[] = [];
  const indicaties: Record<string, unknown>[] = [];
  const bsns = new Set<string>();
  const tenantKeys: TenantKey[] = ['rivierenland', 'drentscheAa'];

  for (let n = 0; n < ctx.sizes.kandidaten; n++) {
    const tenant: TenantKey = n % 20 < 17 ? tenantKeys[0] : tenantKeys[1];
    const tenantId = ctx.id('tenant', tenant);
    const coaches = werkcoaches.get(tenantId) ?? [];
    if (coaches.length === 0) continue;
    const id = ctx.id('kandidaat', n);
    const gemeente = g.gewogen(Object.entries(WOONPLAATSEN[tenant].gemeenten).map(([naam, v]) => [naam, v.gewicht]));
    const plek = g.pick(plekken.get(gemeente)!);
    const familie = g.gewogen(NAMEN.map((f) => [f, f.gewicht]));
    const statushouder = random() < familie.statushouderKans;
    const leeftijd = g.leeftijd(statushouder);
    const geboortedatum = g.datumMinDagen(leeftijd * 365 + g.int(0, 364));
    const voornaam = g.pick(familie.voornamen);
    const achternaam = g.pick(familie.achternamen);
    const aangemaakt = g.tijdstip(g.int(1, 6 * 365));
    const beroep = vocab.length ? g.pick(vocab) : null;
    const groep = beroep?.beroepsgroep ?? 'logistiek';
    const wensen = g.uniek(() => g.pick(vocab.filter((b) => b.beroepsgroep === groep)).naam, g.int(1, 3));
    const vaardigheden = g.uniek(() => g.pick(vocab.find((b) => b.beroepsgroep === groep)?.vaardigheden ?? ['teamwerk']), g.int(2, 5));
    const status = g.gewogen<string>([['BESCHIKBAAR', 64], ['IN_TRAJECT', 14], ['GEPLAATST', 14], ['NIET_BESCHIKBAAR', 8]]);
    const niveau = statushouder ? g.pick(['A1', 'A2', 'A2', 'B1']) : familie === NAMEN[0] ? 'MOEDERTAAL' : g.pick(['A2', 'B1', 'B1', 'B2', 'C1', 'MOEDERTAAL']);
    const urenMin = g.pick([8, 12, 16, 20, 24, 24, 32]);
    const rijbewijs = random() < (statushouder ? 0.15 : 0.5);
    const beschikbaarSinds = status === 'BESCHIKBAAR' ? g.datumMinDagen(g.int(0, 540)) : null;
    const doelgroepregister = random() < 0.28;
    const beschut = !doelgroepregister && random() < 0.05;

    kandidaten.push({
      id,
      tenant_id: tenantId,
      gemeente_id: ctx.id('gemeente', gemeente),
      werkcoach_id: g.pick(coaches),
      code: '',
      status,
      beschikbaar_sinds: beschikbaarSinds,
      status_gewijzigd_op: aangemaakt,
      beroepswensen: wensen,
      vaardigheden,
      werkervaring: g.pick(WERKERVARING).replace('{beroep}', wensen[0]).replace('{sector}', groep),
      opleiding: g.pick(OPLEIDINGEN),
      rijbewijs,
      vervoer: rijbewijs ? g.uniek(() => g.pick(['AUTO', 'FIETS', 'OV']), g.int(1, 2)) : g.uniek(() => g.pick(['FIETS', 'OV', 'SCOOTER']), g.int(1, 2)),
      reisbereidheid_km: g.pick([5, 10, 15, 20, 25, 30, 40]),
      uren_min: urenMin,
      uren_max: Math.min(40, urenMin + g.pick([0, 4, 8, 12, 16])),
      beschikbaar_vanaf: status === 'BESCHIKBAAR' && random() < 0.2 ? g.datumPlusDagen(g.int(7, 90)) : null,
      nederlands_niveau: niveau,
      werkfit_status: g.gewogen<string>([['WERKFIT', 70], ['BIJNA_WERKFIT', 22], ['NIET_WERKFIT', 8]]),
      sector_wensen: g.uniek(() => g.pick(SECTOR_VAN_BEROEPSGROEP[groep] ?? ['N']), g.int(0, 2)),
      pitch: `${g.pick(PITCH_OPENING)} Ik zoek werk als ${wensen.join(' of ')}. ${g.pick(niveau === 'MOEDERTAAL' ? PITCH_SLOT.filter((z) => !z.includes('Nederlands')) : PITCH_SLOT)}`.slice(0, 600),
      regio_plaats: plek.plaats,
      regio_lat: plek.lat,
      regio_lon: plek.lon,
      lks_mogelijk: doelgroepregister || random() < 0.3,
      no_riskpolis: doelgroepregister || random() < 0.1,
      proefplaatsing: random() < 0.5,
      jobcoach: doelgroepregister ? random() < 0.6 : random() < 0.15,
      created_at: aangemaakt,
      updated_at: aangemaakt,
    });
    identiteiten.push({
      kandidaat_id: id,
      tenant_id: tenantId,
      voornaam,
      achternaam,
      bsn: g.bsn(bsns),
      geboortedatum,
      adres: `${g.pick(STRATEN)} ${g.int(1, 180)}${random() < 0.1 ? g.pick(['a', 'b', '-2']) : ''}`,
      postcode: `${plek.pc4} ${g.postcodeLetters()}`,
      woonplaats: plek.plaats,
      telefoon: `06-${String(g.int(10000000, 99999999))}`,
      email: `${ascii(voornaam)}.${ascii(achternaam)}${n}@voorbeeld.nl`,
    });
    const doelgroepen = [
      doelgroepregister && 'BANENAFSPRAAK',
      beschut && 'BESCHUT',
      statushouder && 'STATUSHOUDER',
      leeftijd < 27 && 'JONGERE',
      leeftijd >= 50 && 'VIJFTIG_PLUS',
      random() < 0.05 && 'NUGGER',
    ].filter(Boolean);
    indicaties.push({
      kandidaat_id: id,
      tenant_id: tenantId,
      doelgroepregister,
      beschut,
      loonwaarde: doelgroepregister || beschut ? g.int(3, 9) * 10 : null,
      klantprofiel: g.gewogen<string | null>([['KP1', 15], ['KP2', 30], ['KP3', 30], ['KP4', 15], [null, 10]]),
      doelgroepen,
    });
  }

  const reeksen = kenCodesToe(kandidaten, ctx);
  await insertKolommen(ctx.db, 'kandidaat', KANDIDAAT_KOLOMMEN, kandidaten);
  await insertKolommen(ctx.db, 'kandidaat_identiteit', IDENTITEIT_KOLOMMEN, identiteiten);
  await insertKolommen(ctx.db, 'kandidaat_indicatie', INDICATIE_KOLOMMEN, indicaties);
  await insertRows(ctx.db, 'kandidaat_code_reeks', reeksen, 1000);

  const { plaatsingen, toestemmingen } = plaatsingenEnToestemmingen(g, kandidaten, indicaties, { id: ctx.id, werkgevers, vacatures, medewerkers, demoWerkgevers });
  await insertKolommen(ctx.db, 'plaatsing', PLAATSING_KOLOMMEN, plaatsingen);
  await insertKolommen(ctx.db, 'kandidaat_toestemming', TOESTEMMING_KOLOMMEN, toestemmingen);
  ctx.state.kandidaatIds = kandidaten.map((k) => k.id);
  ctx.log(`kandidaten: ${kandidaten.length} (plaatsingen ${plaatsingen.length}, toestemmingen ${toestemmingen.length})`);
}

/** Codes K-<year>-<nnnn> per tenant and registration year, in order of registration. */
function kenCodesToe(kandidaten: Record<string, unknown>[], ctx: SeedContext): Record<string, unknown>[] {
  const volgorde = [...kandidaten].sort((a, b) => (a.created_at as Date).getTime() - (b.created_at as Date).getTime() || String(a.id).localeCompare(String(b.id)));
  const laatste = new Map<string, number>();
  for (const k of volgorde) {
    const jaar = (k.created_at as Date).getUTCFullYear();
    const sleutel = `${k.tenant_id}|${jaar}`;
    const nummer = (laatste.get(sleutel) ?? 0) + 1;
    laatste.set(sleutel, nummer);
    k.code = `K-${jaar}-${String(nummer).padStart(4, '0')}`;
  }
  ctx.log(`kandidaatcodes: ${laatste.size} reeksen`);
  return [...laatste].map(([sleutel, nummer]) => ({ tenant_id: sleutel.split('|')[0], jaar: Number(sleutel.split('|')[1]), laatste: nummer }));
}

interface Bronnen {
  id: SeedContext['id'];
  werkgevers: Map<string, string[]>;
  vacatures: Map<string, string[]>;
  medewerkers: Map<string, string[]>;
  demoWerkgevers: { tenant_id: string; werkgever_id: string }[];
}

const TYPES: [string, number][] = [['REGULIER', 30], ['LKS', 30], ['DETACHERING', 12], ['GROEPSPLAATSING', 8], ['PROEFPLAATSING', 15]];

function plaatsingenEnToestemmingen(g: Generator, kandidaten: Record<string, unknown>[], indicaties: Record<string, unknown>[], b: Bronnen) {
  const plaatsingen: Record<string, unknown>[] = [];
  const toestemmingen: Record<string, unknown>[] = [];
  const demoPerTenant = new Map<string, string[]>();
  for (const d of b.demoWerkgevers) demoPerTenant.set(d.tenant_id, [...(demoPerTenant.get(d.tenant_id) ?? []), d.werkgever_id]);
  const demoGedaan = new Map<string, number>();
  const actief = new Set<string>();
  const geef = (k: Record<string, unknown>, werkgeverId: string, door: string, ingetrokken: boolean, op?: string) => {
    const sleutel = `${k.id}:${werkgeverId}`;
    if (actief.has(sleutel)) return;
    if (!ingetrokken) actief.add(sleutel);
    toestemmingen.push(toestemming(g, b.id('toestemming', `${sleutel}:${toestemmingen.length}`), k, werkgeverId, door, ingetrokken, op));
  };

  kandidaten.forEach((k, i) => {
    const tenantId = k.tenant_id as string;
    const werkgevers = b.werkgevers.get(tenantId) ?? [];
    const door = (b.medewerkers.get(tenantId) ?? [])[i % Math.max(1, (b.medewerkers.get(tenantId) ?? []).length)] ?? (k.werkcoach_id as string);
    if (werkgevers.length === 0) return;
    const demo = demoPerTenant.get(tenantId) ?? [];
    const demoTeller = demoGedaan.get(tenantId) ?? 0;

    // The demo werkgevers get two candidates with consent and one placement each, so the portal shows both cases.
    if (demo.length && k.status === 'BESCHIKBAAR' && demoTeller < demo.length * 2) {
      demoGedaan.set(tenantId, demoTeller + 1);
      geef(k, demo[demoTeller % demo.length], door, false);
    }
    const huidig = k.status === 'GEPLAATST';
    const eerder = !huidig && g.kans(0.1);
    if (!huidig && !eerder) {
      if (g.kans(0.03)) geef(k, g.pick(werkgevers), door, g.kans(0.3));
      return;
    }
    const demoPlaatsing = huidig && demo.length > 0 && demoTeller >= demo.length * 2 && demoTeller < demo.length * 3;
    if (demoPlaatsing) demoGedaan.set(tenantId, demoTeller + 1);
    const werkgeverId = demoPlaatsing ? demo[demoTeller % demo.length] : g.pick(werkgevers);
    const start = g.datumMinDagen(g.int(huidig ? 0 : 60, 730));
    const eind = huidig ? (g.kans(0.3) ? plusDagen(start, g.int(180, 720)) : null) : plusDagen(start, g.int(14, Math.max(15, dagenTot(start, g.vandaag) - 1)));
    const beschut = (indicaties[i].beschut as boolean) && g.kans(0.8);
    const checkpoint = (maanden: number) => {
      const moment = plusMaanden(start, maanden);
      if (moment > g.vandaag || !g.kans(0.85)) return [null, null];
      return [eind === null || eind >= moment, minDatum(plusDagen(moment, g.int(0, 21)), g.vandaag)];
    };
    const [zes, zesOp] = checkpoint(6);
    const [twaalf, twaalfOp] = checkpoint(12);
    const vacatures = b.vacatures.get(werkgeverId) ?? [];
    plaatsingen.push({
      id: b.id('plaatsing', String(k.id)),
      tenant_id: tenantId,
      gemeente_id: k.gemeente_id,
      kandidaat_id: k.id,
      werkgever_id: werkgeverId,
      vacature_id: vacatures.length && g.kans(0.4) ? g.pick(vacatures) : null,
      type: beschut ? 'BESCHUT' : g.gewogen(TYPES),
      start_datum: start,
      eind_datum: eind,
      uren_per_week: g.int(k.uren_min as number, k.uren_max as number),
      aan_het_werk_6m: zes,
      gemeten_6m_op: zesOp,
      aan_het_werk_12m: twaalf,
      gemeten_12m_op: twaalfOp,
      aangemaakt_door: door,
      created_at: new Date(`${start}T09:00:00Z`),
    });
    if (huidig) geef(k, werkgeverId, door, false, start);
  });
  return { plaatsingen, toestemmingen };
}

function toestemming(g: Generator, id: string, k: Record<string, unknown>, werkgeverId: string, door: string, ingetrokken: boolean, op?: string) {
  const gegeven = op ? new Date(`${op}T08:00:00Z`) : g.tijdstip(g.int(20, 200));
  return {
    id,
    tenant_id: k.tenant_id,
    kandidaat_id: k.id,
    werkgever_id: werkgeverId,
    gegeven_op: gegeven,
    gegeven_door: door,
    ingetrokken_op: ingetrokken ? new Date(gegeven.getTime() + g.int(2, 15) * 86400000) : null,
    ingetrokken_door: ingetrokken ? door : null,
  };
}

async function woonplekken(ctx: SeedContext): Promise<Map<string, { pc4: string; plaats: string; lat: number; lon: number }[]>> {
  const result = new Map<string, { pc4: string; plaats: string; lat: number; lon: number }[]>();
  for (const key of Object.keys(TENANTS) as TenantKey[]) {
    const { box, gemeenten } = WOONPLAATSEN[key];
    for (const [gemeente, { plaatsen }] of Object.entries(gemeenten)) {
      const rows = await ctx.db.query(
        `SELECT pc4, plaats, lat, lon FROM postcode WHERE plaats = ANY($1) AND lat BETWEEN $2 AND $3 AND lon BETWEEN $4 AND $5 ORDER BY pc4, plaats`,
        [plaatsen, ...box],
      );
      if (rows.length === 0) throw new Error(`seed: no PC4 found for gemeente ${gemeente}`);
      result.set(gemeente, rows);
    }
  }
  return result;
}

function beroepenVocabulaire(): { naam: string; beroepsgroep: string; vaardigheden: string[] }[] {
  const file = join(__dirname, '..', '..', '..', '..', 'domain', 'src', 'vocabulary', 'beroepen.json');
  if (!existsSync(file)) return BEROEPEN_RESERVE.map((b) => ({ naam: b.beroep, beroepsgroep: b.beroepsgroep, vaardigheden: b.vaardigheden }));
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    beroepen: { beroepsgroep: string; termen: string[] }[];
    vaardigheden: { beroepsgroep: string | null; termen: string[] }[];
  };
  const algemeen = json.vaardigheden.filter((v) => v.beroepsgroep === null).map((v) => v.termen[0]);
  return json.beroepen.map((b) => ({
    naam: b.termen[0],
    beroepsgroep: b.beroepsgroep,
    vaardigheden: [...json.vaardigheden.filter((v) => v.beroepsgroep === b.beroepsgroep).map((v) => v.termen[0]), ...algemeen],
  }));
}

async function idsPerTenant(ctx: SeedContext, sql: string): Promise<Map<string, string[]>> {
  const rows: { tenant_id: string; id: string }[] = await ctx.db.query(sql);
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.tenant_id, [...(map.get(row.tenant_id) ?? []), row.id]);
  return map;
}

async function vacaturesPerWerkgever(ctx: SeedContext): Promise<Map<string, string[]>> {
  const rows: { werkgever_id: string; id: string }[] = await ctx.db.query(`SELECT werkgever_id, id FROM vacature ORDER BY id`).catch(() => []);
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.werkgever_id, [...(map.get(row.werkgever_id) ?? []), row.id]);
  return map;
}

const ascii = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();

function vandaag(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
function plusDagen(datum: string, dagen: number): string {
  return new Date(Date.parse(`${datum}T00:00:00Z`) + dagen * 86400000).toISOString().slice(0, 10);
}
function dagenTot(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86400000);
}
function plusMaanden(datum: string, maanden: number): string {
  const [y, m, d] = datum.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + maanden + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + maanden, Math.min(d, last))).toISOString().slice(0, 10);
}
const minDatum = (a: string, b: string) => (a < b ? a : b);

/** Random choices from one seeded stream. */
class Generator {
  constructor(
    readonly random: () => number,
    readonly vandaag: string,
  ) {}

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  kans(p: number): boolean {
    return this.random() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }
  gewogen<T>(items: readonly (readonly [T, number])[]): T {
    let r = this.random() * items.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1][0];
  }
  uniek<T>(make: () => T, count: number): T[] {
    const out = new Set<T>();
    for (let tries = 0; out.size < count && tries < count * 5; tries++) out.add(make());
    return [...out];
  }
  leeftijd(statushouder: boolean): number {
    const [van, tot] = this.gewogen<[number, number]>([[[18, 26], statushouder ? 20 : 16], [[27, 44], 44], [[45, 54], 24], [[55, 66], 16]]);
    return this.int(van, tot);
  }
  datumMinDagen(dagen: number): string {
    return plusDagen(this.vandaag, -dagen);
  }
  datumPlusDagen(dagen: number): string {
    return plusDagen(this.vandaag, dagen);
  }
  tijdstip(dagenGeleden: number): Date {
    return new Date(Date.parse(`${this.datumMinDagen(dagenGeleden)}T00:00:00Z`) + this.int(8 * 3600, 17 * 3600) * 1000);
  }
  /** Dutch postcodes never use the letter pairs SA, SD and SS. */
  postcodeLetters(): string {
    const letters = 'ABCDEGHJKLMNPRSTVWXZ';
    for (;;) {
      const pair = this.pick([...letters]) + this.pick([...letters]);
      if (!['SA', 'SD', 'SS'].includes(pair)) return pair;
    }
  }
  /** A unique nine-digit number that passes the elfproef. */
  bsn(taken: Set<string>): string {
    for (;;) {
      const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? this.int(1, 6) : this.int(0, 9)));
      const check = digits.reduce((sum, d, i) => sum + d * (9 - i), 0) % 11;
      if (check === 10) continue;
      const bsn = `${digits.join('')}${check}`;
      if (taken.has(bsn)) continue;
      taken.add(bsn);
      return bsn;
    }
  }
}
