import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { insertRows, prng, SeedContext } from '../seed-context';
import { TENANTS, TenantKey } from './01-tenants';
import { DemoAccount } from './02-staff';
import {
  ACHTERNAMEN, BEROEPEN_RESERVE, FUNCTIES, ONDERWERPEN, PLAATSEN, REGIONAAL, SECTOREN, SectorSjabloon, STRATEN, TAKEN,
  VERSLAGEN, VOORNAMEN, ZACHTE_VAARDIGHEDEN, ZINNEN,
} from './03-werkgevers.data';

/**
 * Werkgevers (about 85 % Rivierenland) with vestigingen at real PC4s of the tenant's gemeenten, contactpersonen
 * and contact history; then vacatures with Dutch job titles; and a WERKGEVER demo user for the first three
 * Rivierenland werkgevers and the first of Drentsche Aa. Deterministic per seed; ids are ctx.id('werkgever', n),
 * ctx.id('vacature', n). Shares `ctx.state.werkgevers` (SeedWerkgever[]) with later steps.
 */
export interface SeedWerkgever {
  id: string;
  tenant: TenantKey;
  tenantId: string;
  naam: string;
  sector: string;
  grootteklasse: string;
  accountmanagerId: string | null;
  vestigingen: { id: string; plaats: string; pc4: string; lat: number; lon: number; gemeenteId: string }[];
}

/** A fixed "today" keeps the dates deterministic. */
const PEILDATUM = Date.parse('2026-11-01T09:00:00Z');
const DAG = 24 * 3600 * 1000;
const DOELGROEPEN = ['BANENAFSPRAAK', 'BESCHUT', 'STATUSHOUDER', 'JONGERE', 'VIJFTIG_PLUS', 'NUGGER', 'WSW'];
const INSTRUMENTEN = ['LKS', 'NO_RISKPOLIS', 'PROEFPLAATSING', 'JOBCOACH', 'WERKPLEKAANPASSING', 'LKV', 'DETACHERING'];
const GROOTTE: [string, number][] = [['MICRO_1_9', 35], ['KLEIN_10_49', 40], ['MIDDEL_50_249', 18], ['GROOT_250_PLUS', 7]];
const VACATURE_GEWICHT: Record<string, number> = { MICRO_1_9: 1, KLEIN_10_49: 2, MIDDEL_50_249: 4, GROOT_250_PLUS: 8 };

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const weighted = <T>(random: Random, items: readonly [T, number][]): T => {
  let r = random() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1][0];
};
const subset = <T>(random: Random, items: readonly T[], max: number): T[] => items.filter(() => random() < max / items.length);
const slug = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export async function seedWerkgevers(ctx: SeedContext): Promise<void> {
  const random = prng(ctx.seed * 7919 + 3);
  const werkgevers: SeedWerkgever[] = [];
  const counters: Record<TenantKey, number> = { rivierenland: 0, drentscheAa: 0 };
  const rows = { werkgever: [] as Record<string, unknown>[], vestiging: [] as Record<string, unknown>[], contact: [] as Record<string, unknown>[], moment: [] as Record<string, unknown>[] };
  const postcodes = await loadPostcodes(ctx);
  const staff: { id: string; tenant_id: string; rol: string }[] = await ctx.db.query(`SELECT id, tenant_id, rol FROM app_user WHERE rol <> 'WERKGEVER' ORDER BY email`);
  const namen = new Set<string>();
  const kvks = new Set<string>();

  for (let n = 0; n < ctx.sizes.werkgevers; n++) {
    const tenant: TenantKey = n % 20 < 17 ? 'rivierenland' : 'drentscheAa';
    const tenantId = ctx.id('tenant', tenant);
    const id = ctx.id('werkgever', n);
    const sjabloon = weighted(random, SECTOREN.map((s) => [s, s.gewicht] as [SectorSjabloon, number]));
    const hoofdplek = pick(random, postcodes[tenant]);
    const basis = pick(random, sjabloon.namen).replace('{n}', pick(random, ACHTERNAMEN)).replace('{r}', pick(random, REGIONAAL[tenant])).replace('{p}', hoofdplek.plaats);
    const varianten = [basis, `${basis} B.V.`, `${basis} & Zn.`, `${basis} Groep`, ...(basis.includes(hoofdplek.plaats) ? [] : [`${basis} ${hoofdplek.plaats}`])];
    const naam = varianten.find((v) => !namen.has(`${tenant}:${v}`)) ?? `${basis} (${n})`;
    namen.add(`${tenant}:${naam}`);
    let kvk: string;
    do kvk = String(10000000 + Math.floor(random() * 89999999)); while (kvks.has(kvk));
    kvks.add(kvk);
    const grootte = weighted(random, GROOTTE);
    const accountmanagers = staff.filter((u) => u.tenant_id === tenantId && u.rol === 'ACCOUNTMANAGER');
    const accountmanagerId = random() < 0.9 && accountmanagers.length ? pick(random, accountmanagers).id : null;
    const pso = random() < 0.15 ? pick(random, ['ASPIRANT', 'TREDE_1', 'TREDE_2', 'TREDE_3']) : null;
    const created = new Date(PEILDATUM - Math.floor(random() * 900) * DAG);
    rows.werkgever.push({
      id, tenant_id: tenantId, naam, kvk_nummer: kvk, sbi_code: pick(random, sjabloon.sbi), sector: sjabloon.sector, grootteklasse: grootte,
      soort: sjabloon.uitzendbureau ? 'UITZENDBUREAU' : 'WERKGEVER', accountmanager_id: accountmanagerId,
      open_doelgroepen: subset(random, DOELGROEPEN, 3), geaccepteerde_instrumenten: subset(random, INSTRUMENTEN, 3.5),
      pso_trede: pso, pso_geldig_tot: pso && pso !== 'ASPIRANT' ? new Date(PEILDATUM + Math.floor(random() * 1000) * DAG).toISOString().slice(0, 10) : null,
      notities: random() < 0.4 ? pick(random, VERSLAGEN) : null, created_at: created, updated_at: created,
    });
    const werkgever: SeedWerkgever = { id, tenant, tenantId, naam, sector: sjabloon.sector, grootteklasse: grootte, accountmanagerId, vestigingen: [] };
    const aantalVestigingen = grootte === 'GROOT_250_PLUS' ? 2 + Math.floor(random() * 3) : random() < 0.75 ? 1 : 2;
    for (let v = 0; v < aantalVestigingen; v++) {
      const plek = v === 0 ? hoofdplek : pick(random, postcodes[tenant]);
      const vestigingId = ctx.id('vestiging', `${n}-${v}`);
      const letters = String.fromCharCode(65 + Math.floor(random() * 26), 65 + Math.floor(random() * 26));
      rows.vestiging.push({
        id: vestigingId, tenant_id: tenantId, werkgever_id: id, naam: v === 0 ? 'Hoofdvestiging' : `Vestiging ${plek.plaats}`,
        adres: `${pick(random, STRATEN)} ${1 + Math.floor(random() * 180)}`, postcode: `${plek.pc4} ${letters}`, plaats: plek.plaats,
        lat: plek.lat, lon: plek.lon, gemeente_id: plek.gemeenteId,
      });
      werkgever.vestigingen.push({ id: vestigingId, plaats: plek.plaats, pc4: plek.pc4, lat: plek.lat, lon: plek.lon, gemeenteId: plek.gemeenteId });
    }
    const contacten: string[] = [];
    for (let c = 0; c < 1 + Math.floor(random() * 3); c++) {
      const voornaam = pick(random, VOORNAMEN);
      const achternaam = pick(random, ACHTERNAMEN);
      const afgemeld = random() < 0.06;
      const contactId = ctx.id('contactpersoon', `${n}-${c}`);
      contacten.push(contactId);
      rows.contact.push({
        id: contactId, tenant_id: tenantId, werkgever_id: id, naam: `${voornaam} ${achternaam}`, functie: pick(random, FUNCTIES),
        email: `${slug(voornaam)}.${slug(achternaam)}@${slug(naam)}.demo`,
        telefoon: tenant === 'rivierenland' ? `0344-${100000 + Math.floor(random() * 899999)}` : `0592-${100000 + Math.floor(random() * 899999)}`,
        ontvangt_aanbodskrant: !afgemeld && random() < 0.65, afgemeld_op: afgemeld ? new Date(PEILDATUM - Math.floor(random() * 200) * DAG) : null,
      });
    }
    const tenantStaff = staff.filter((u) => u.tenant_id === tenantId);
    for (let m = 0; m < Math.floor(random() * 7); m++) {
      rows.moment.push({
        id: ctx.id('contactmoment', `${n}-${m}`), tenant_id: tenantId, werkgever_id: id, contactpersoon_id: pick(random, contacten),
        soort: pick(random, ['GESPREK', 'BEZOEK', 'EMAIL', 'TELEFOON']), datum: new Date(PEILDATUM - Math.floor(random() * 540 * 24) * 3600 * 1000),
        onderwerp: pick(random, ONDERWERPEN), verslag: pick(random, VERSLAGEN), door_user_id: accountmanagerId ?? pick(random, tenantStaff).id,
      });
    }
    werkgevers.push(werkgever);
    counters[tenant]++;
  }
  await insertRows(ctx.db, 'werkgever', rows.werkgever);
  await insertRows(ctx.db, 'vestiging', rows.vestiging);
  await insertRows(ctx.db, 'contactpersoon', rows.contact);
  await insertRows(ctx.db, 'werkgever_contactmoment', rows.moment);
  ctx.state.werkgevers = werkgevers;

  const demoUsers = await seedWerkgeverUsers(ctx, random, werkgevers);
  await seedVacatures(ctx, random, werkgevers, demoUsers, staff);
  ctx.log(`werkgevers: ${counters.rivierenland} Rivierenland, ${counters.drentscheAa} Drentsche Aa; vacatures: ${ctx.sizes.vacatures}`);
}

async function loadPostcodes(ctx: SeedContext) {
  const result = {} as Record<TenantKey, { pc4: string; plaats: string; lat: number; lon: number; gemeenteId: string }[]>;
  for (const tenant of Object.keys(TENANTS) as TenantKey[]) {
    const { pc4: [from, to], gemeenten } = PLAATSEN[tenant];
    const gemeenteVan = new Map(Object.entries(gemeenten).flatMap(([gemeente, plaatsen]) => plaatsen.map((plaats) => [plaats, gemeente])));
    const rows: { pc4: string; plaats: string; lat: number; lon: number }[] = await ctx.db.query(
      `SELECT pc4, plaats, lat, lon FROM postcode WHERE plaats = ANY($1) AND pc4 BETWEEN $2 AND $3 ORDER BY pc4, plaats`,
      [[...gemeenteVan.keys()], from, to],
    );
    if (rows.length === 0) throw new Error(`no postcodes found for ${tenant}`);
    result[tenant] = rows.map((row) => ({ ...row, gemeenteId: ctx.id('gemeente', gemeenteVan.get(row.plaats)!) }));
  }
  return result;
}

/** One WERKGEVER user for each of the first three Rivierenland werkgevers and the first of Drentsche Aa. */
async function seedWerkgeverUsers(ctx: SeedContext, random: Random, werkgevers: SeedWerkgever[]): Promise<Map<string, string>> {
  const chosen = [...werkgevers.filter((w) => w.tenant === 'rivierenland').slice(0, 3), ...werkgevers.filter((w) => w.tenant === 'drentscheAa').slice(0, 1)];
  const users = chosen.map((w, i) => ({
    id: ctx.id('user', `werkgever-${w.id}`), tenant_id: w.tenantId, email: `werkgever@${slug(w.naam)}.demo`, naam: `${pick(random, VOORNAMEN)} (${w.naam})`,
    rol: 'WERKGEVER', werkgever_id: w.id, password_hash: ctx.state.passwordHash as string, _tenant: w.tenant, _i: i,
  }));
  await insertRows(ctx.db, 'app_user', users.map(({ _tenant, _i, ...user }) => user));
  const accounts = (ctx.state.accounts ??= []) as DemoAccount[];
  accounts.push(...users.map((user) => ({ email: user.email, rol: user.rol, tenant: user._tenant })));
  return new Map(users.map((user) => [user.werkgever_id, user.id]));
}

interface Beroep {
  titel: string;
  groep: string;
}

function loadBeroepen(): { beroepen: Beroep[]; vaardigheden: Map<string, string[]> } {
  const file = join(__dirname, '..', '..', '..', '..', 'domain', 'src', 'vocabulary', 'beroepen.json');
  const vaardigheden = new Map<string, string[]>();
  if (!existsSync(file)) return { beroepen: BEROEPEN_RESERVE.map(([titel, groep]) => ({ titel, groep })), vaardigheden };
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    beroepen: { beroepsgroep: string; termen: string[] }[];
    vaardigheden?: { beroepsgroep: string | null; termen: string[] }[];
  };
  for (const v of data.vaardigheden ?? []) {
    const key = v.beroepsgroep ?? '*';
    vaardigheden.set(key, [...(vaardigheden.get(key) ?? []), v.termen[0]]);
  }
  return { beroepen: data.beroepen.map((b) => ({ titel: b.termen[0], groep: b.beroepsgroep })), vaardigheden };
}

async function seedVacatures(
  ctx: SeedContext,
  random: Random,
  werkgevers: SeedWerkgever[],
  demoUsers: Map<string, string>,
  staff: { id: string; tenant_id: string; rol: string }[],
): Promise<void> {
  if (werkgevers.length === 0) return;
  const { beroepen, vaardigheden } = loadBeroepen();
  const sjablonen = new Map(SECTOREN.map((s) => [s.sector, s]));
  const gewogen = werkgevers.map((w) => [w, VACATURE_GEWICHT[w.grootteklasse]] as [SeedWerkgever, number]);
  const demo = werkgevers.filter((w) => demoUsers.has(w.id));
  const batch: Record<string, unknown>[] = [];
  for (let n = 0; n < ctx.sizes.vacatures; n++) {
    // The demo employers get two vacatures each first, so their users see something.
    const werkgever = n < demo.length * 2 ? demo[n % demo.length] : weighted(random, gewogen);
    const groepen = sjablonen.get(werkgever.sector)?.beroepsgroepen ?? [];
    const passend = beroepen.filter((b) => groepen.includes(b.groep));
    const beroep = passend.length && random() < 0.85 ? pick(random, passend) : pick(random, beroepen);
    const vestiging = pick(random, werkgever.vestigingen);
    const urenMin = pick(random, [8, 12, 16, 20, 24, 24, 28, 32, 32, 36]);
    const urenMax = Math.min(40, urenMin + pick(random, [0, 4, 8, 12]));
    const status = weighted(random, [['CONCEPT', 10], ['OPEN', 65], ['VERVULD', 15], ['GESLOTEN', 10]] as [string, number][]);
    const created = PEILDATUM - Math.floor(random() * 365 * 24) * 3600 * 1000;
    const titel = weighted(random, [
      [cap(beroep.titel), 60], [`${cap(beroep.titel)} ${vestiging.plaats}`, 15], [`Parttime ${beroep.titel}`, 10], [`Allround ${beroep.titel}`, 10], [`${cap(beroep.titel)} (m/v/x)`, 5],
    ] as [string, number][]);
    const taken = subset(random, TAKEN[beroep.groep] ?? TAKEN.facilitair, 2.5);
    const vereist = subset(random, vaardigheden.get(beroep.groep) ?? [], 1.5);
    const fysiek = beroep.groep === 'transport' || /chauffeur|bezorger/.test(beroep.titel);
    const door = demoUsers.has(werkgever.id) && random() < 0.5
      ? demoUsers.get(werkgever.id)!
      : werkgever.accountmanagerId ?? pick(random, staff.filter((u) => u.tenant_id === werkgever.tenantId)).id;
    batch.push({
      id: ctx.id('vacature', n), tenant_id: werkgever.tenantId, werkgever_id: werkgever.id, vestiging_id: vestiging.id, titel,
      omschrijving: `${werkgever.naam} in ${vestiging.plaats} zoekt een ${beroep.titel} voor ${urenMin === urenMax ? urenMin : `${urenMin} tot ${urenMax}`} uur per week. ${pick(random, ZINNEN)} ${pick(random, ZINNEN)}`,
      taken: taken.length ? `Je gaat ${taken.join(', ')}.` : '',
      vereiste_vaardigheden: vereist, gewenste_vaardigheden: subset(random, [...(vaardigheden.get('*') ?? []), ...ZACHTE_VAARDIGHEDEN], 2),
      beroep: beroep.titel, uren_min: urenMin, uren_max: urenMax,
      contractvorm: weighted(random, [['TIJDELIJK', 40], ['VAST', 20], ['UITZENDBASIS', 12], ['DETACHERING', 10], ['LEERWERKTRAJECT', 8], ['OPROEP', 5], ['STAGE', 5]] as [string, number][]),
      startdatum: random() < 0.8 ? new Date(created + Math.floor(random() * 120) * DAG).toISOString().slice(0, 10) : null,
      rijbewijs_vereist: fysiek ? random() < 0.9 : random() < 0.12, vervoer_nodig: random() < 0.25,
      nederlands_niveau: weighted(random, [[null, 30], ['A2', 25], ['B1', 35], ['B2', 10]] as [string | null, number][]),
      doelgroepen: subset(random, DOELGROEPEN, 2), instrumenten: subset(random, INSTRUMENTEN, 2), functiecreatie: random() < 0.12,
      status, geplaatst_door_user_id: door,
      gepubliceerd_op: status === 'CONCEPT' ? null : new Date(created + DAG),
      afgesloten_op: status === 'VERVULD' || status === 'GESLOTEN' ? new Date(created + 30 * DAG) : null,
      created_at: new Date(created), updated_at: new Date(created),
    });
    if (batch.length === 5000) await insertRows(ctx.db, 'vacature', batch.splice(0));
  }
  await insertRows(ctx.db, 'vacature', batch);
}
