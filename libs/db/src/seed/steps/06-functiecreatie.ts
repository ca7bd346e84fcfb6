import { insertRows, prng, SeedContext } from '../seed-context';
import { SECTOREN, TAKEN } from './03-werkgevers.data';
import type { SeedWerkgever } from './03-werkgevers';

/**
 * Functiecreatie-kansen: a few dozen at werkgevers of the demo region (about five in six in Rivierenland), each
 * with two to four tasks from the werkgever's beroepsgroepen, found by a jobhunter (else an accountmanager)
 * of the tenant, in every status. Deterministic per seed; ids are ctx.id('functiecreatie', n). Search
 * documents follow from a reindex (`npm run search:reindex -- functiecreatie`), as for the other seeded data.
 */
const PEILDATUM = Date.parse('2026-11-01T09:00:00Z');
const DAG = 24 * 3600 * 1000;
export const MAX_KANSEN = 36;

const FUNCTIES: Record<string, { titels: string[]; beroep: string; afdelingen: string[]; vaardigheden: string[] }> = {
  logistiek: { titels: ['Medewerker orderverzameling', 'Assistent expeditie', 'Medewerker retouren'], beroep: 'orderpicker', afdelingen: ['Magazijn', 'Expeditie'], vaardigheden: ['handscanner', 'nauwkeurig werken'] },
  productie: { titels: ['Assistent productielijn', 'Medewerker inpak', 'Medewerker kwaliteitscontrole'], beroep: 'productiemedewerker', afdelingen: ['Productie', 'Inpak'], vaardigheden: ['hygiënisch werken', 'samenwerken'] },
  schoonmaak: { titels: ['Medewerker dagschoonmaak', 'Assistent schoonmaak'], beroep: 'schoonmaker', afdelingen: ['Facilitaire dienst'], vaardigheden: ['zelfstandig werken'] },
  groen: { titels: ['Medewerker groenonderhoud', 'Assistent kwekerij', 'Oogstassistent'], beroep: 'kwekerijmedewerker', afdelingen: ['Buitendienst', 'Kas'], vaardigheden: ['fysiek werk', 'buiten werken'] },
  horeca: { titels: ['Keukenassistent', 'Medewerker spoelkeuken', 'Assistent bediening'], beroep: 'keukenhulp', afdelingen: ['Keuken', 'Bediening'], vaardigheden: ['hygiënisch werken', 'klantvriendelijk'] },
  zorg: { titels: ['Gastvrouw/gastheer afdeling', 'Assistent activiteiten', 'Medewerker maaltijdservice'], beroep: 'gastvrouw zorg', afdelingen: ['Wonen', 'Dagbesteding'], vaardigheden: ['geduldig', 'klantvriendelijk'] },
  detailhandel: { titels: ['Vakkenvuller vroege dienst', 'Assistent magazijn winkel'], beroep: 'vakkenvuller', afdelingen: ['Winkel', 'Magazijn'], vaardigheden: ['nauwkeurig werken'] },
  bouw: { titels: ['Bouwplaatsassistent', 'Medewerker materiaaluitgifte'], beroep: 'bouwplaatsmedewerker', afdelingen: ['Uitvoering', 'Werkplaats'], vaardigheden: ['VCA', 'fysiek werk'] },
  techniek: { titels: ['Assistent onderhoud', 'Werkplaatsassistent'], beroep: 'onderhoudsmonteur', afdelingen: ['Technische dienst', 'Werkplaats'], vaardigheden: ['technisch inzicht'] },
  transport: { titels: ['Bijrijder', 'Medewerker wagenpark'], beroep: 'bestelbuschauffeur', afdelingen: ['Planning', 'Wagenpark'], vaardigheden: ['op tijd komen'] },
  administratie: { titels: ['Medewerker postkamer', 'Assistent archief'], beroep: 'postkamermedewerker', afdelingen: ['Backoffice'], vaardigheden: ['computervaardig', 'nauwkeurig werken'] },
  facilitair: { titels: ['Medewerker facilitaire ondersteuning', 'Assistent linnenkamer', 'Medewerker recycling'], beroep: 'facilitair medewerker', afdelingen: ['Facilitair', 'Linnenkamer'], vaardigheden: ['samenwerken'] },
};
const OMSCHRIJVINGEN = [
  'Collega\'s doen deze taken er nu naast; samen vormen ze een eigen functie met vaste begeleiding.',
  'Uit gesprekken met de leidinggevende bleek dat deze taken blijven liggen. Een vaste kracht haalt de druk van het team.',
  'Eenvoudige, terugkerende taken met een vaste werkplek en een vast ritme.',
  'De werkgever wil graag iemand uit de doelgroep plaatsen en heeft deze taken samen met ons in kaart gebracht.',
];
const STATUS: [string, number][] = [['VERKEND', 40], ['UITGEWERKT', 30], ['GEREALISEERD', 15], ['VERVALLEN', 15]];
const NIVEAUS: [string, number][] = [['INSTAP', 55], ['BASIS', 35], ['GEVORDERD', 10]];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const weighted = <T>(random: Random, items: readonly [T, number][]): T => {
  let r = random() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1][0];
};

export async function seedFunctiecreatie(ctx: SeedContext): Promise<void> {
  const werkgevers = ((ctx.state.werkgevers ?? []) as SeedWerkgever[]).filter((w) => groepenVan(w).length > 0);
  if (werkgevers.length === 0) return;
  const random = prng(ctx.seed * 7919 + 6);
  const vinders: { id: string; tenant_id: string; rol: string }[] = await ctx.db.query(
    `SELECT id, tenant_id, rol FROM app_user WHERE rol IN ('JOBHUNTER', 'ACCOUNTMANAGER') ORDER BY rol DESC, email`,
  );
  const aantal = Math.min(MAX_KANSEN, werkgevers.length * 2);
  const rows: Record<string, unknown>[] = [];
  for (let n = 0; n < aantal; n++) {
    const werkgever = werkgevers[(n * 7) % werkgevers.length];
    const vinder = vinders.find((u) => u.tenant_id === werkgever.tenantId && u.rol === 'JOBHUNTER') ?? vinders.find((u) => u.tenant_id === werkgever.tenantId);
    if (!vinder) continue;
    const groep = pick(random, groepenVan(werkgever));
    const functie = FUNCTIES[groep];
    const vestiging = pick(random, werkgever.vestigingen);
    const pool = [...(TAKEN[groep] ?? TAKEN.facilitair)];
    const taken = Array.from({ length: Math.min(pool.length, 2 + Math.floor(random() * 3)) }, () => {
      const taak = pool.splice(Math.floor(random() * pool.length), 1)[0];
      return { taak, urenPerWeek: pick(random, [4, 6, 8, 8, 10, 12, 16]), vaardigheidsniveau: weighted(random, NIVEAUS) };
    });
    const urenMax = Math.min(40, taken.reduce((som, t) => som + t.urenPerWeek, 0));
    const status = weighted(random, STATUS);
    const created = PEILDATUM - Math.floor(random() * 200) * DAG;
    rows.push({
      id: ctx.id('functiecreatie', n),
      tenant_id: werkgever.tenantId,
      werkgever_id: werkgever.id,
      vestiging_id: vestiging.id,
      titel: pick(random, functie.titels),
      omschrijving: pick(random, OMSCHRIJVINGEN),
      afdeling: pick(random, functie.afdelingen),
      beroep: functie.beroep,
      vaardigheden: functie.vaardigheden,
      taken: JSON.stringify(taken),
      uren_min: Math.min(urenMax, Math.max(...taken.map((t) => t.urenPerWeek))),
      uren_max: urenMax,
      status,
      status_sinds: new Date(created + Math.floor(random() * 30) * DAG),
      gevonden_door: vinder.id,
      created_at: new Date(created),
      updated_at: new Date(created),
    });
  }
  await insertRows(ctx.db, 'functiecreatie_kans', rows);
  ctx.log(`functiecreatie-kansen: ${rows.length}`);
}

function groepenVan(werkgever: SeedWerkgever): string[] {
  const groepen = new Set(SECTOREN.filter((s) => s.sector === werkgever.sector).flatMap((s) => s.beroepsgroepen));
  return [...groepen].filter((g) => FUNCTIES[g]).sort();
}
