import { insertRows, SeedContext } from '../seed-context';

const DAG = 24 * 3600_000;
const datum = (dagen: number) => new Date(Date.now() + dagen * DAG).toISOString().slice(0, 10);
/** A whole hour `dagen` from now, between 9:00 and 16:00 UTC. */
const tijdstip = (dagen: number, uur: number) => {
  const d = new Date(Date.now() + dagen * DAG);
  d.setUTCHours(uur, 0, 0, 0);
  return d;
};

/**
 * Meeting employers (#5) in Werkzaak Rivierenland: two upcoming speeddates (Tiel, Culemborg), open jobdate slots of
 * the werkgevers that have a portal user, and two kennissessies.
 */
export async function seedEvents(ctx: SeedContext): Promise<void> {
  const tenantId = ctx.id('tenant', 'rivierenland');
  const organisator = ctx.id('user', 'accountmanager@werkzaak.demo');
  const [tenant] = await ctx.db.query(`SELECT id FROM tenant WHERE id = $1`, [tenantId]);
  if (!tenant) return;

  await insertRows(ctx.db, 'speeddate_event', [
    { id: ctx.id('speeddate', 'tiel'), tenant_id: tenantId, naam: 'Speeddate Werk in de Betuwe – Tiel', datum: datum(21), starttijd: '13:30', locatie: 'Werkzaak Rivierenland',
      adres: 'Bachweg 2', postcode: '4004 JA', plaats: 'Tiel', rondes: 8, ronde_minuten: 8, pauze_minuten: 2, capaciteit_tafels: 20, min_gesprekken: 3,
      inschrijf_deadline: new Date(Date.now() + 14 * DAG), status: 'OPEN', aangemaakt_door: organisator },
    { id: ctx.id('speeddate', 'culemborg'), tenant_id: tenantId, naam: 'Speeddate Logistiek – Culemborg', datum: datum(49), starttijd: '10:00', locatie: 'Stadhuis Culemborg',
      adres: 'Ossenwaard 1', postcode: '4101 AA', plaats: 'Culemborg', rondes: 6, ronde_minuten: 10, pauze_minuten: 2, capaciteit_tafels: 12, min_gesprekken: 2,
      inschrijf_deadline: new Date(Date.now() + 42 * DAG), status: 'CONCEPT', aangemaakt_door: organisator },
  ]);

  const werkgevers: { werkgever_id: string; user_id: string }[] = await ctx.db.query(
    `SELECT DISTINCT ON (werkgever_id) werkgever_id, id AS user_id FROM app_user WHERE tenant_id = $1 AND rol = 'WERKGEVER' ORDER BY werkgever_id, email LIMIT 4`,
    [tenantId],
  );
  const slots: Record<string, unknown>[] = [];
  werkgevers.forEach((w, i) => {
    for (let n = 0; n < 3; n++) {
      const start = tijdstip(3 + n * 2 + i, 9 + n * 2);
      slots.push({
        id: ctx.id('jobdate-slot', `${w.werkgever_id}:${n}`), tenant_id: tenantId, werkgever_id: w.werkgever_id, start, eind: new Date(start.getTime() + 30 * 60_000),
        lengte_minuten: 30, vorm: n % 2 === 0 ? 'VIDEO' : 'BEL_MIJ', video_link: n % 2 === 0 ? `https://meet.example.nl/jobdate-${i}-${n}` : null, aangemaakt_door: w.user_id,
      });
    }
  });
  await insertRows(ctx.db, 'jobdate_slot', slots);

  await insertRows(ctx.db, 'kennissessie', [
    { id: ctx.id('kennissessie', 'lks'), tenant_id: tenantId, titel: 'Loonkostensubsidie: zo werkt het', thema: 'LOONKOSTENSUBSIDIE', vorm: 'FYSIEK',
      locatie: 'Werkzaak Rivierenland, Bachweg 2, Tiel', start: tijdstip(10, 14), lengte_minuten: 90, capaciteit: 25, aangemaakt_door: organisator },
    { id: ctx.id('kennissessie', 'banenafspraak'), tenant_id: tenantId, titel: 'De banenafspraak en het doelgroepregister', thema: 'BANENAFSPRAAK', vorm: 'ONLINE',
      locatie: 'https://meet.example.nl/banenafspraak', start: tijdstip(17, 10), lengte_minuten: 60, capaciteit: 50, aangemaakt_door: organisator },
  ]);
  ctx.log(`events: 2 speeddates, ${slots.length} jobdate-slots, 2 kennissessies`);
}
