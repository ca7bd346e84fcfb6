import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, JobOutbox, Rol } from '@matchpunt/common';
import { escapeHtml } from '@matchpunt/mail';
import { VoorstelService } from '@matchpunt/voorstellen';
import { DataSource, EntityManager } from 'typeorm';
import { vereisUuid } from '../shared/db';
import { maakIcs } from '../shared/ics';
import { datumTijd } from '../shared/tijd';
import { GESPREK_SELECT, GesprekRij, naarGesprek } from './speeddate.rows';
import { ORGANISATOREN, SpeeddateService } from './speeddate.service';
import { SpeeddateGesprek, SpeeddateStatus, SpeeddateTafelRonde, SpeeddateUitkomst } from './speeddate.types';

/** Schedules per participant (GraphQL, printable HTML, .ics), the table plan, and the outcomes after the event. */
@Injectable()
export class SpeeddateRoosterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: SpeeddateService,
    private readonly voorstellen: VoorstelService,
    private readonly outbox: JobOutbox,
  ) {}

  /**
   * One participant's meetings. Staff name the candidate (a werkcoach only its own); a werkgever gets the meetings
   * at its own tables (candidates by code).
   */
  async rooster(actor: Actor, eventId: string, kandidaatId?: string | null): Promise<SpeeddateGesprek[]> {
    const e = await this.events.rij(this.dataSource.manager, actor, eventId);
    if (actor.rol === Rol.WERKGEVER) return this.gesprekken(this.dataSource.manager, actor, e, `g.werkgever_id = $3`, [actor.werkgeverId]);
    if (!kandidaatId) {
      if (!ORGANISATOREN.includes(actor.rol)) throw AppError.badInput('Kies een kandidaat.', 'kandidaatId');
      return this.gesprekken(this.dataSource.manager, actor, e, 'TRUE', []);
    }
    vereisUuid(kandidaatId, 'Kandidaat');
    if (actor.rol === Rol.WERKCOACH) {
      const [eigen] = await this.dataSource.query(`SELECT 1 FROM kandidaat WHERE tenant_id = $1 AND id = $2 AND werkcoach_id = $3`, [actor.tenantId, kandidaatId, actor.userId]);
      if (!eigen) throw AppError.notFound('Kandidaat', kandidaatId);
    }
    return this.gesprekken(this.dataSource.manager, actor, e, `d.kandidaat_id = $3`, [kandidaatId]);
  }

  /** The organisers' plan: per round, every table and who sits there. */
  async tafelplan(actor: Actor, eventId: string): Promise<SpeeddateTafelRonde[]> {
    if (!ORGANISATOREN.includes(actor.rol)) throw AppError.forbidden();
    const e = await this.events.rij(this.dataSource.manager, actor, eventId);
    const alle = await this.gesprekken(this.dataSource.manager, actor, e, 'TRUE', []);
    return Array.from({ length: e.rondes }, (_, i) => {
      const gesprekken = alle.filter((g) => g.ronde === i + 1);
      return { ronde: i + 1, start: gesprekken[0]?.start ?? naarGesprek({ ronde: i + 1 } as GesprekRij, e).start, gesprekken };
    });
  }

  /** A printable page (A4, large type) with the candidate's rounds, tables and werkgevers. */
  async roosterHtml(actor: Actor, eventId: string, kandidaatId: string): Promise<string> {
    const e = await this.events.rij(this.dataSource.manager, actor, eventId);
    const gesprekken = await this.rooster(actor, eventId, kandidaatId);
    const code = gesprekken[0]?.kandidaatCode ?? '';
    const tijd = (d: Date) => d.toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });
    const rijen = gesprekken
      .map((g) => `<tr><td>${g.ronde}</td><td>${tijd(g.start)}–${tijd(g.eind)}</td><td>Tafel ${g.tafelNummer}</td><td>${escapeHtml(g.werkgeverNaam)}</td></tr>`)
      .join('');
    return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(e.naam)} – rooster ${escapeHtml(code)}</title>
<style>body{font-family:Arial,sans-serif;font-size:16pt;margin:2cm}table{border-collapse:collapse;width:100%}td,th{border:1px solid #333;padding:6pt;text-align:left}@media print{a{display:none}}</style></head>
<body><h1>${escapeHtml(e.naam)}</h1><p>${escapeHtml(e.locatie)}, ${escapeHtml(e.adres)}, ${escapeHtml(e.postcode)} ${escapeHtml(e.plaats ?? '')}<br>${escapeHtml(datumTijd(naarGesprek({ ronde: 1 } as GesprekRij, e).start))}</p>
<h2>Uw gesprekken (${escapeHtml(code)})</h2><table><thead><tr><th>Ronde</th><th>Tijd</th><th>Tafel</th><th>Werkgever</th></tr></thead><tbody>${rijen}</tbody></table></body></html>`;
  }

  /** One calendar file with every meeting of the candidate. */
  async roosterIcs(actor: Actor, eventId: string, kandidaatId: string): Promise<string> {
    const e = await this.events.rij(this.dataSource.manager, actor, eventId);
    const gesprekken = await this.rooster(actor, eventId, kandidaatId);
    return maakIcs(
      gesprekken.map((g) => ({
        uid: `speeddate-${g.id}@matchpunt`, start: g.start, eind: g.eind, titel: `Speeddate: ${g.werkgeverNaam} (tafel ${g.tafelNummer})`,
        locatie: `${e.locatie}, ${e.adres}, ${e.postcode} ${e.plaats ?? ''}`.trim(), beschrijving: `${e.naam}, ronde ${g.ronde}`,
      })),
    );
  }

  /** After the event (AFGEROND): KLIK and VERVOLGAFSPRAAK create a voorstel (bron SPEEDDATE) in the same transaction. */
  async legUitkomstVast(actor: Actor, gesprekId: string, uitkomst: SpeeddateUitkomst): Promise<SpeeddateGesprek> {
    if (!ORGANISATOREN.includes(actor.rol)) throw AppError.forbidden();
    vereisUuid(gesprekId, 'Gesprek');
    const uit = await this.dataSource.transaction(async (m) => {
      const [g] = await m.query(`SELECT g.*, d.kandidaat_id, t.vacature_ids FROM speeddate_gesprek g JOIN speeddate_deelnemer d ON d.id = g.deelnemer_id
        JOIN speeddate_tafel t ON t.id = g.tafel_id WHERE g.tenant_id = $1 AND g.id = $2 FOR UPDATE OF g`, [actor.tenantId, gesprekId]);
      if (!g) throw AppError.notFound('Gesprek', gesprekId);
      const e = await this.events.rij(m, actor, g.event_id, true);
      if (e.status !== SpeeddateStatus.AFGEROND) throw AppError.conflict('Uitkomsten worden vastgelegd na afloop (status AFGEROND).', 'gesprekId');
      if (g.uitkomst) throw AppError.conflict(`De uitkomst van dit gesprek is al vastgelegd (${g.uitkomst}).`, 'gesprekId');
      let voorstelId: string | null = null;
      if (uitkomst !== SpeeddateUitkomst.GEEN_KLIK) {
        const [vacature] = await m.query(`SELECT id FROM vacature WHERE id = ANY($1::uuid[]) AND status = 'OPEN' ORDER BY id LIMIT 1`, [g.vacature_ids]);
        const voorstel = await this.voorstellen.maakVoorstel(m, actor, {
          kandidaatId: g.kandidaat_id, werkgeverId: g.werkgever_id, vacatureId: vacature?.id ?? null, bron: 'SPEEDDATE',
          notitie: `${uitkomst === SpeeddateUitkomst.KLIK ? 'Klik' : 'Vervolgafspraak'} op de speeddate ${e.naam} (${e.datum}, ronde ${g.ronde}).`,
        });
        voorstelId = voorstel.id;
      }
      await m.query(`UPDATE speeddate_gesprek SET uitkomst = $2, voorstel_id = $3, uitkomst_door = $4, uitkomst_op = now() WHERE id = $1`, [gesprekId, uitkomst, voorstelId, actor.userId]);
      const [rij] = await this.gesprekken(m, actor, e, 'g.id = $3', [gesprekId]);
      return rij;
    });
    this.outbox.flushSoon();
    return uit;
  }

  private async gesprekken(m: EntityManager, actor: Actor, e: Parameters<typeof naarGesprek>[1], waar: string, extra: unknown[]): Promise<SpeeddateGesprek[]> {
    const rows: GesprekRij[] = await m.query(`${GESPREK_SELECT} WHERE g.tenant_id = $1 AND g.event_id = $2 AND ${waar} ORDER BY g.ronde, t.nummer`, [actor.tenantId, e.id, ...extra]);
    return rows.map((r) => naarGesprek(r, e));
  }
}
