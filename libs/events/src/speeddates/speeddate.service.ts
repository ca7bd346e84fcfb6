import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, Rol, werkgeverScope } from '@matchpunt/common';
import { KandidaatService } from '@matchpunt/kandidaten';
import { VacatureService } from '@matchpunt/vacatures';
import { WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource, EntityManager } from 'typeorm';
import { isUniekFout, vereisUuid } from '../shared/db';
import { EVENT_SELECT, EventRij, naarEvent } from './speeddate.rows';
import {
  MaakSpeeddateInput, SpeeddateDeelnemer, SpeeddateDeelnemerInput, SpeeddateEvent, SpeeddateStatus, SpeeddateTafel, SpeeddateTafelInput,
} from './speeddate.types';

export const ORGANISATOREN: readonly Rol[] = [Rol.ACCOUNTMANAGER, Rol.ADMIN];
const SECTIES = /^[A-U]$/;

/** Which status may follow which; anything else answers CONFLICT. */
export const SPEEDDATE_OVERGANGEN: Record<SpeeddateStatus, SpeeddateStatus[]> = {
  [SpeeddateStatus.CONCEPT]: [SpeeddateStatus.OPEN, SpeeddateStatus.GEANNULEERD],
  [SpeeddateStatus.OPEN]: [SpeeddateStatus.INGEPLAND, SpeeddateStatus.GEANNULEERD],
  [SpeeddateStatus.INGEPLAND]: [SpeeddateStatus.AFGEROND, SpeeddateStatus.GEANNULEERD],
  [SpeeddateStatus.AFGEROND]: [],
  [SpeeddateStatus.GEANNULEERD]: [],
};

export function vereisOvergang(van: SpeeddateStatus, naar: SpeeddateStatus): void {
  if (!SPEEDDATE_OVERGANGEN[van].includes(naar)) throw AppError.conflict(`Een speeddate met status ${van} kan niet naar ${naar}.`, 'status');
}

/** Events, tables and participants. Organisers run the event; werkgevers bring tables; werkcoaches bring candidates. */
@Injectable()
export class SpeeddateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly werkgevers: WerkgeverService,
    private readonly vacatures: VacatureService,
    private readonly kandidaten: KandidaatService,
  ) {}

  async maak(actor: Actor, input: MaakSpeeddateInput): Promise<SpeeddateEvent> {
    const naam = input.naam?.trim();
    if (!naam || naam.length > 200) throw AppError.badInput('Naam: 1 tot 200 tekens.', 'naam');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.datum) || Number.isNaN(Date.parse(input.datum))) throw AppError.badInput('Datum: JJJJ-MM-DD.', 'datum');
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(input.starttijd)) throw AppError.badInput('Starttijd: UU:MM.', 'starttijd');
    const postcode = input.postcode?.trim().toUpperCase().replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2');
    if (!/^[1-9]\d{3} [A-Z]{2}$/.test(postcode ?? '')) throw AppError.badInput('Postcode: bijv. 4001 AB.', 'postcode');
    for (const [veld, waarde, min, max] of [
      ['rondes', input.rondes, 1, 30], ['rondeMinuten', input.rondeMinuten, 3, 60], ['pauzeMinuten', input.pauzeMinuten ?? 0, 0, 60],
      ['capaciteitTafels', input.capaciteitTafels, 1, 500], ['minGesprekken', input.minGesprekken ?? 0, 0, 30],
    ] as [string, number, number, number][]) {
      if (!Number.isInteger(waarde) || waarde < min || waarde > max) throw AppError.badInput(`${veld}: ${min} tot en met ${max}.`, veld);
    }
    const deadline = new Date(input.inschrijfDeadline);
    if (Number.isNaN(deadline.getTime()) || deadline.getTime() <= Date.now()) throw AppError.badInput('De inschrijfdeadline ligt in de toekomst.', 'inschrijfDeadline');
    if (deadline.toISOString().slice(0, 10) > input.datum) throw AppError.badInput('De inschrijfdeadline ligt vóór de speeddate.', 'inschrijfDeadline');
    for (const [veld, waarde] of [['locatie', input.locatie], ['adres', input.adres]] as const) {
      if (!waarde?.trim() || waarde.length > 200) throw AppError.badInput(`${veld}: 1 tot 200 tekens.`, veld);
    }
    const [pc]: { plaats: string }[] = await this.dataSource.query(`SELECT plaats FROM postcode WHERE pc4 = $1 ORDER BY plaats LIMIT 1`, [postcode!.slice(0, 4)]);
    const [{ id }] = await this.dataSource.query(
      `INSERT INTO speeddate_event (tenant_id, naam, datum, starttijd, locatie, adres, postcode, plaats, rondes, ronde_minuten, pauze_minuten,
         capaciteit_tafels, min_gesprekken, inschrijf_deadline, aangemaakt_door)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15) RETURNING id`,
      [actor.tenantId, naam, input.datum, input.starttijd, input.locatie.trim(), input.adres.trim(), postcode, pc?.plaats ?? null, input.rondes,
        input.rondeMinuten, input.pauzeMinuten ?? 0, input.capaciteitTafels, input.minGesprekken ?? 0, deadline, actor.userId],
    );
    return this.get(actor, id);
  }

  async rij(m: EntityManager, actor: Actor, id: string, lock = false): Promise<EventRij> {
    vereisUuid(id, 'Speeddate');
    if (lock) await m.query(`SELECT id FROM speeddate_event WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [actor.tenantId, id]);
    const [r] = await m.query(`${EVENT_SELECT} WHERE e.tenant_id = $1 AND e.id = $2`, [actor.tenantId, id]);
    if (!r) throw AppError.notFound('Speeddate', id);
    return r;
  }

  async get(actor: Actor, id: string): Promise<SpeeddateEvent> {
    return naarEvent(await this.rij(this.dataSource.manager, actor, id));
  }

  async lijst(actor: Actor): Promise<SpeeddateEvent[]> {
    const rows: EventRij[] = await this.dataSource.query(
      `${EVENT_SELECT} WHERE e.tenant_id = $1 AND ($2 OR e.status <> 'CONCEPT') ORDER BY e.datum DESC, e.id LIMIT 200`,
      [actor.tenantId, ORGANISATOREN.includes(actor.rol)],
    );
    return rows.map(naarEvent);
  }

  async wijzigStatus(actor: Actor, id: string, naar: SpeeddateStatus.OPEN | SpeeddateStatus.AFGEROND | SpeeddateStatus.GEANNULEERD): Promise<SpeeddateEvent> {
    await this.dataSource.transaction(async (m) => {
      const e = await this.rij(m, actor, id, true);
      vereisOvergang(e.status, naar);
      if (naar === SpeeddateStatus.AFGEROND && e.datum > new Date().toISOString().slice(0, 10)) {
        throw AppError.conflict('Een speeddate wordt afgerond op of na de dag zelf.', 'status');
      }
      await m.query(`UPDATE speeddate_event SET status = $2 WHERE id = $1`, [id, naar]);
    });
    return this.get(actor, id);
  }

  async registreerTafels(actor: Actor, eventId: string, input: SpeeddateTafelInput): Promise<SpeeddateTafel[]> {
    const werkgeverId = actor.rol === Rol.WERKGEVER ? actor.werkgeverId! : input.werkgeverId;
    if (!werkgeverId) throw AppError.badInput('Kies de werkgever van de tafel.', 'werkgeverId');
    if (!Number.isInteger(input.aantal) || input.aantal < 1 || input.aantal > 10) throw AppError.badInput('Aantal tafels: 1 tot en met 10.', 'aantal');
    const sectoren = [...new Set(input.sectoren ?? [])];
    if (sectoren.some((s) => !SECTIES.test(s))) throw AppError.badInput('Sectoren: SBI-secties A tot en met U.', 'sectoren');
    return this.dataSource.transaction(async (m) => {
      const e = await this.rij(m, actor, eventId, true);
      this.vereisInschrijving(actor, e);
      await this.werkgevers.getForActor(actor, werkgeverId, m);
      const vacatureIds = [...new Set(input.vacatureIds ?? [])];
      for (const id of vacatureIds) {
        if ((await this.vacatures.getForActor(actor, id, m)).werkgeverId !== werkgeverId) throw AppError.badInput('Deze vacature is van een andere werkgever.', 'vacatureIds');
      }
      const [van, tot] = rondes(e, input.vanRonde, input.totRonde);
      const [{ n, hoogste }] = await m.query(`SELECT count(*) FILTER (WHERE NOT afgemeld)::int AS n, coalesce(max(nummer), 0)::int AS hoogste FROM speeddate_tafel WHERE event_id = $1`, [eventId]);
      if (n + input.aantal > e.capaciteit_tafels) {
        throw AppError.badInput(`Er is nog plaats voor ${Math.max(0, e.capaciteit_tafels - n)} tafel(s) (capaciteit ${e.capaciteit_tafels}).`, 'aantal');
      }
      const ids: string[] = [];
      for (let i = 1; i <= input.aantal; i++) {
        const [{ id }] = await m.query(
          `INSERT INTO speeddate_tafel (tenant_id, event_id, werkgever_id, nummer, vacature_ids, sectoren, voorkeur_kandidaat_ids, van_ronde, tot_ronde)
           VALUES ($1,$2,$3,$4,$5::uuid[],$6,$7::uuid[],$8,$9) RETURNING id`,
          [actor.tenantId, eventId, werkgeverId, hoogste + i, vacatureIds, sectoren, [...new Set(input.voorkeurKandidaatIds ?? [])], van, tot],
        );
        ids.push(id);
      }
      return (await this.tafels(actor, eventId, m)).filter((t) => ids.includes(t.id));
    });
  }

  async registreerDeelnemer(actor: Actor, eventId: string, input: SpeeddateDeelnemerInput): Promise<SpeeddateDeelnemer> {
    if (actor.rol !== Rol.WERKCOACH && actor.rol !== Rol.ADMIN) throw AppError.forbidden('Alleen de werkcoach meldt een kandidaat aan.');
    return this.dataSource.transaction(async (m) => {
      const e = await this.rij(m, actor, eventId, true);
      this.vereisInschrijving(actor, e);
      const kandidaat = await this.kandidaten.getForActor(actor, input.kandidaatId, m);
      if (actor.rol === Rol.WERKCOACH && kandidaat.werkcoachId !== actor.userId) throw AppError.forbidden('U bent niet de werkcoach van deze kandidaat.');
      const voorkeur = [...new Set(input.voorkeurWerkgeverIds ?? [])];
      for (const id of voorkeur) await this.werkgevers.assertExists(actor, id, m);
      const [van, tot] = rondes(e, input.vanRonde, input.totRonde);
      try {
        await m.query('SAVEPOINT sd_deelnemer');
        await m.query(
          `INSERT INTO speeddate_deelnemer (tenant_id, event_id, kandidaat_id, voorkeur_werkgever_ids, van_ronde, tot_ronde, aangemeld_door)
           VALUES ($1,$2,$3,$4::uuid[],$5,$6,$7)`,
          [actor.tenantId, eventId, kandidaat.id, voorkeur, van, tot, actor.userId],
        );
      } catch (err) {
        if (isUniekFout(err, 'speeddate_deelnemer_eenmaal')) throw AppError.conflict('Deze kandidaat is al aangemeld.', 'kandidaatId');
        throw err;
      }
      return (await this.deelnemers(actor, eventId, m)).find((d) => d.kandidaatId === kandidaat.id)!;
    });
  }

  async tafels(actor: Actor, eventId: string, m: EntityManager = this.dataSource.manager): Promise<SpeeddateTafel[]> {
    const rows = await m.query(
      `SELECT t.*, w.naam AS werkgever_naam FROM speeddate_tafel t JOIN werkgever w ON w.id = t.werkgever_id
       WHERE t.tenant_id = $1 AND t.event_id = $2 AND ($3::uuid IS NULL OR t.werkgever_id = $3) ORDER BY t.nummer`,
      [actor.tenantId, eventId, werkgeverScope(actor)],
    );
    return rows.map((t: Record<string, never>) => ({
      id: t.id, nummer: t.nummer, werkgeverId: t.werkgever_id, werkgeverNaam: t.werkgever_naam, vacatureIds: t.vacature_ids, sectoren: t.sectoren,
      vanRonde: t.van_ronde, totRonde: t.tot_ronde, afgemeld: t.afgemeld,
    }));
  }

  /** Staff only: werkgevers do not see who else registered. A werkcoach sees its own candidates. */
  async deelnemers(actor: Actor, eventId: string, m: EntityManager = this.dataSource.manager): Promise<SpeeddateDeelnemer[]> {
    if (actor.rol === Rol.WERKGEVER) throw AppError.forbidden();
    const rows = await m.query(
      `SELECT d.*, k.code FROM speeddate_deelnemer d JOIN kandidaat k ON k.id = d.kandidaat_id
       WHERE d.tenant_id = $1 AND d.event_id = $2 AND ($3::uuid IS NULL OR k.werkcoach_id = $3) ORDER BY d.created_at, d.id`,
      [actor.tenantId, eventId, actor.rol === Rol.WERKCOACH ? actor.userId : null],
    );
    return rows.map((d: Record<string, never>) => ({
      id: d.id, kandidaatId: d.kandidaat_id, kandidaatCode: d.code, voorkeurWerkgeverIds: d.voorkeur_werkgever_ids, vanRonde: d.van_ronde, totRonde: d.tot_ronde, noShow: d.no_show,
    }));
  }

  /** OPEN and before the deadline; once planned, only organisers add (a late table) and the event must be replanned. */
  private vereisInschrijving(actor: Actor, e: EventRij): void {
    const laat = e.status === SpeeddateStatus.INGEPLAND && ORGANISATOREN.includes(actor.rol);
    if (e.status !== SpeeddateStatus.OPEN && !laat) throw AppError.badInput(`Inschrijven kan alleen bij een open speeddate (nu ${e.status}).`, 'eventId');
    if (!laat && new Date(e.inschrijf_deadline).getTime() < Date.now()) throw AppError.badInput('De inschrijfdeadline is verstreken.', 'eventId');
  }
}

function rondes(e: EventRij, van = 1, tot = e.rondes): [number, number] {
  if (!Number.isInteger(van) || van < 1 || van > e.rondes) throw AppError.badInput(`vanRonde: 1 tot en met ${e.rondes}.`, 'vanRonde');
  if (!Number.isInteger(tot) || tot < van || tot > e.rondes) throw AppError.badInput(`totRonde: ${van} tot en met ${e.rondes}.`, 'totRonde');
  return [van, tot];
}
