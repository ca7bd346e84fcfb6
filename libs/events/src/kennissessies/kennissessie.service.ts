import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, JobOutbox, Queue, Rol, werkgeverScope } from '@matchpunt/common';
import { escapeHtml, MailService, mailLayout } from '@matchpunt/mail';
import { Queue as BullQueue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { isUniekFout, vereisUuid } from '../shared/db';
import { icsBijlage } from '../shared/ics';
import { datumTijd, MINUUT_MS, UUR_MS } from '../shared/tijd';
import { KENNISSESSIE_HERINNERING_JOB, KennissessieHerinneringJob, kennissessieHerinneringJobId } from './kennissessie.constants';
import { AanmeldingStatus, Kennissessie, KennissessieAanmelding, KennissessieVorm, MaakKennissessieInput } from './kennissessie.types';

/** A session with its counts; `werkgever` is the parameter holding the caller's werkgever (null for staff). */
const sessieSelect = (werkgever: string) => `SELECT s.*,
  (SELECT count(*)::int FROM kennissessie_aanmelding a WHERE a.sessie_id = s.id AND a.status = 'AANGEMELD') AS aangemeld,
  (SELECT count(*)::int FROM kennissessie_aanmelding a WHERE a.sessie_id = s.id AND a.status = 'WACHTLIJST') AS wachtlijst,
  (SELECT count(*)::int FROM kennissessie_aanmelding a WHERE a.sessie_id = s.id AND a.status = 'AANGEMELD' AND a.werkgever_id = ${werkgever}::uuid) AS uw_aangemeld,
  (SELECT count(*)::int FROM kennissessie_aanmelding a WHERE a.sessie_id = s.id AND a.status = 'WACHTLIJST' AND a.werkgever_id = ${werkgever}::uuid) AS uw_wachtlijst
  FROM kennissessie s`;

interface SessieRij {
  id: string;
  tenant_id: string;
  titel: string;
  thema: Kennissessie['thema'];
  vorm: KennissessieVorm;
  locatie: string | null;
  start: Date;
  lengte_minuten: number;
  capaciteit: number;
  status: string;
  aangemeld: number;
  wachtlijst: number;
  uw_aangemeld: number | null;
  uw_wachtlijst: number | null;
}
interface AanmeldingRij {
  id: string;
  sessie_id: string;
  contactpersoon_id: string;
  werkgever_id: string;
  status: AanmeldingStatus;
  positie: number | null;
  contactpersoon_naam: string;
  werkgever_naam: string;
}

const naarSessie = (r: SessieRij, werkgever: string | null): Kennissessie => ({
  id: r.id, titel: r.titel, thema: r.thema, vorm: r.vorm, locatie: r.locatie, start: new Date(r.start), lengteMinuten: r.lengte_minuten,
  capaciteit: r.capaciteit, aangemeld: r.aangemeld, wachtlijst: r.wachtlijst, status: r.status,
  uwAangemeld: werkgever ? r.uw_aangemeld : null, uwWachtlijst: werkgever ? r.uw_wachtlijst : null,
});
const naarAanmelding = (r: AanmeldingRij): KennissessieAanmelding => ({
  id: r.id, sessieId: r.sessie_id, contactpersoonId: r.contactpersoon_id, contactpersoonNaam: r.contactpersoon_naam, werkgeverId: r.werkgever_id,
  werkgeverNaam: r.werkgever_naam, status: r.status, wachtlijstPositie: r.positie ?? null,
});
/** The names staff need to read a list of registrations. */
const AANMELDING_NAMEN = `c.naam AS contactpersoon_naam, wg.naam AS werkgever_naam`;
const AANMELDING_JOIN = `JOIN contactpersoon c ON c.id = a.contactpersoon_id JOIN werkgever wg ON wg.id = a.werkgever_id`;

/**
 * Kennissessies: organisers (ACCOUNTMANAGER/ADMIN) plan them; werkgever contacts register (a WERKGEVER user its
 * own contactpersonen). Full → WACHTLIJST; a cancellation promotes the first on the list. Registration and
 * promotion happen under a row lock on the session, so capacity holds under concurrency.
 */
@Injectable()
export class KennissessieService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(Queue.JOBDATE) private readonly queue: BullQueue,
    private readonly mail: MailService,
    private readonly outbox: JobOutbox,
  ) {}

  async maak(actor: Actor, input: MaakKennissessieInput): Promise<Kennissessie> {
    const titel = input.titel?.trim();
    if (!titel || titel.length > 200) throw AppError.badInput('Titel: 1 tot 200 tekens.', 'titel');
    const start = new Date(input.start);
    if (Number.isNaN(start.getTime()) || start.getTime() <= Date.now()) throw AppError.badInput('Een kennissessie ligt in de toekomst.', 'start');
    if (!Number.isInteger(input.lengteMinuten) || input.lengteMinuten < 15 || input.lengteMinuten > 480) throw AppError.badInput('Lengte: 15 tot 480 minuten.', 'lengteMinuten');
    if (!Number.isInteger(input.capaciteit) || input.capaciteit < 1 || input.capaciteit > 1000) throw AppError.badInput('Capaciteit: 1 tot 1000.', 'capaciteit');
    const locatie = input.locatie?.trim() || null;
    if (input.vorm === KennissessieVorm.FYSIEK && !locatie) throw AppError.badInput('Een fysieke sessie heeft een locatie nodig.', 'locatie');
    if (locatie && locatie.length > 300) throw AppError.badInput('Locatie: hoogstens 300 tekens.', 'locatie');
    const [{ id }] = await this.dataSource.query(
      `INSERT INTO kennissessie (tenant_id, titel, thema, vorm, locatie, start, lengte_minuten, capaciteit, aangemaakt_door)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [actor.tenantId, titel, input.thema, input.vorm, locatie, start, input.lengteMinuten, input.capaciteit, actor.userId],
    );
    return this.get(actor, id);
  }

  async get(actor: Actor, id: string, m: EntityManager = this.dataSource.manager): Promise<Kennissessie> {
    vereisUuid(id, 'Kennissessie');
    const werkgever = werkgeverScope(actor);
    const [r] = await m.query(`${sessieSelect('$3')} WHERE s.tenant_id = $1 AND s.id = $2`, [actor.tenantId, id, werkgever]);
    if (!r) throw AppError.notFound('Kennissessie', id);
    return naarSessie(r, werkgever);
  }

  async lijst(actor: Actor): Promise<Kennissessie[]> {
    const werkgever = werkgeverScope(actor);
    const rows: SessieRij[] = await this.dataSource.query(
      `${sessieSelect('$2')} WHERE s.tenant_id = $1 AND s.start > now() - interval '30 days' ORDER BY s.start LIMIT 200`,
      [actor.tenantId, werkgever],
    );
    return rows.map((r) => naarSessie(r, werkgever));
  }

  async aanmeldingen(actor: Actor, sessieId: string): Promise<KennissessieAanmelding[]> {
    await this.get(actor, sessieId);
    const rows: AanmeldingRij[] = await this.dataSource.query(
      `SELECT a.*, ${AANMELDING_NAMEN}, CASE WHEN a.status = 'WACHTLIJST' THEN row_number() OVER (PARTITION BY a.status ORDER BY a.created_at, a.id)::int END AS positie
       FROM kennissessie_aanmelding a ${AANMELDING_JOIN} WHERE a.tenant_id = $1 AND a.sessie_id = $2 AND ($3::uuid IS NULL OR a.werkgever_id = $3) ORDER BY a.created_at, a.id`,
      [actor.tenantId, sessieId, werkgeverScope(actor)],
    );
    return rows.map(naarAanmelding);
  }

  async meldAan(actor: Actor, sessieId: string, contactpersoonId: string): Promise<KennissessieAanmelding> {
    vereisUuid(sessieId, 'Kennissessie');
    vereisUuid(contactpersoonId, 'Contactpersoon');
    const uit = await this.dataSource.transaction(async (m) => {
      const [sessie]: SessieRij[] = await m.query(`SELECT * FROM kennissessie WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [actor.tenantId, sessieId]);
      if (!sessie) throw AppError.notFound('Kennissessie', sessieId);
      if (sessie.status !== 'GEPLAND') throw AppError.badInput('Deze kennissessie gaat niet door.', 'sessieId');
      if (new Date(sessie.start).getTime() <= Date.now()) throw AppError.badInput('Deze kennissessie is al begonnen of voorbij.', 'sessieId');
      const [cp] = await m.query(
        `SELECT id, werkgever_id, naam, email FROM contactpersoon WHERE tenant_id = $1 AND id = $2 AND ($3::uuid IS NULL OR werkgever_id = $3)`,
        [actor.tenantId, contactpersoonId, werkgeverScope(actor)],
      );
      if (!cp) throw AppError.notFound('Contactpersoon', contactpersoonId);
      if (!cp.email) throw AppError.badInput('Deze contactpersoon heeft geen e-mailadres voor de uitnodiging.', 'contactpersoonId');
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM kennissessie_aanmelding WHERE sessie_id = $1 AND status = 'AANGEMELD'`, [sessieId]);
      const status = n < sessie.capaciteit ? AanmeldingStatus.AANGEMELD : AanmeldingStatus.WACHTLIJST;
      let id: string;
      try {
        await m.query('SAVEPOINT ks_aanmelding');
        [{ id }] = await m.query(
          `INSERT INTO kennissessie_aanmelding (tenant_id, sessie_id, contactpersoon_id, werkgever_id, status) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [actor.tenantId, sessieId, contactpersoonId, cp.werkgever_id, status],
        );
      } catch (err) {
        if (isUniekFout(err, 'kennissessie_aanmelding_live')) throw AppError.conflict('Deze contactpersoon is al aangemeld.', 'contactpersoonId');
        throw err;
      }
      await this.bericht(m, sessie, id, cp, status === AanmeldingStatus.AANGEMELD ? 'uitnodiging' : 'wachtlijst');
      return this.aanmelding(m, actor, id);
    });
    this.outbox.flushSoon();
    return uit;
  }

  /** Cancels a registration; when it held a seat, the first on the waiting list moves up (and gets mail). */
  async meldAf(actor: Actor, aanmeldingId: string): Promise<KennissessieAanmelding> {
    vereisUuid(aanmeldingId, 'Aanmelding');
    const verwijder: string[] = [aanmeldingId];
    const uit = await this.dataSource.transaction(async (m) => {
      const [eerst] = await m.query(`SELECT sessie_id FROM kennissessie_aanmelding WHERE tenant_id = $1 AND id = $2`, [actor.tenantId, aanmeldingId]);
      if (!eerst) throw AppError.notFound('Aanmelding', aanmeldingId);
      const [sessie]: SessieRij[] = await m.query(`SELECT * FROM kennissessie WHERE id = $1 FOR UPDATE`, [eerst.sessie_id]);
      const a = await this.aanmelding(m, actor, aanmeldingId);
      if (a.status === AanmeldingStatus.AFGEMELD) throw AppError.conflict('Deze aanmelding is al afgemeld.', 'aanmeldingId');
      await m.query(`UPDATE kennissessie_aanmelding SET status = 'AFGEMELD', gewijzigd_op = now() WHERE id = $1`, [aanmeldingId]);
      await m.query(`DELETE FROM job_outbox WHERE job_id = $1`, [kennissessieHerinneringJobId(aanmeldingId)]);
      await this.mail.cancel(m, `kennissessie-${aanmeldingId}-herinnering`);
      if (a.status === AanmeldingStatus.AANGEMELD) {
        const [volgende] = await m.query(
          `SELECT a.id, c.naam, c.email FROM kennissessie_aanmelding a JOIN contactpersoon c ON c.id = a.contactpersoon_id
           WHERE a.sessie_id = $1 AND a.status = 'WACHTLIJST' ORDER BY a.created_at, a.id LIMIT 1 FOR UPDATE OF a`,
          [sessie.id],
        );
        if (volgende) {
          await m.query(`UPDATE kennissessie_aanmelding SET status = 'AANGEMELD', gewijzigd_op = now() WHERE id = $1`, [volgende.id]);
          await this.bericht(m, sessie, volgende.id, volgende, 'doorgeschoven');
        }
      }
      return this.aanmelding(m, actor, aanmeldingId);
    });
    this.outbox.flushSoon();
    for (const id of verwijder) await this.queue.remove(kennissessieHerinneringJobId(id)).catch(() => 0);
    return uit;
  }

  async verstuurHerinnering(job: KennissessieHerinneringJob): Promise<string> {
    const n = await this.dataSource.transaction(async (m) => {
      const [r] = await m.query(
        `SELECT s.*, a.id AS aanmelding_id, c.naam, c.email FROM kennissessie_aanmelding a JOIN kennissessie s ON s.id = a.sessie_id
         JOIN contactpersoon c ON c.id = a.contactpersoon_id
         WHERE a.tenant_id = $1 AND a.id = $2 AND a.status = 'AANGEMELD' AND s.status = 'GEPLAND' AND s.start > now()`,
        [job.tenantId, job.aanmeldingId],
      );
      if (!r || !r.email) return 0;
      return (await this.mail.queue(m, this.mailBericht(r, r.aanmelding_id, r, 'herinnering'))) ? 1 : 0;
    });
    if (n) this.outbox.flushSoon();
    return n ? 'verstuurd' : 'overgeslagen';
  }

  private async aanmelding(m: EntityManager, actor: Actor, id: string): Promise<KennissessieAanmelding> {
    const [r]: AanmeldingRij[] = await m.query(
      `SELECT a.*, ${AANMELDING_NAMEN}, CASE WHEN a.status = 'WACHTLIJST' THEN (SELECT count(*)::int FROM kennissessie_aanmelding w WHERE w.sessie_id = a.sessie_id
         AND w.status = 'WACHTLIJST' AND (w.created_at, w.id) <= (a.created_at, a.id)) END AS positie
       FROM kennissessie_aanmelding a ${AANMELDING_JOIN} WHERE a.tenant_id = $1 AND a.id = $2 AND ($3::uuid IS NULL OR a.werkgever_id = $3)`,
      [actor.tenantId, id, actor.rol === Rol.WERKGEVER ? actor.werkgeverId : null],
    );
    if (!r) throw AppError.notFound('Aanmelding', id);
    return naarAanmelding(r);
  }

  private async bericht(m: EntityManager, sessie: SessieRij, aanmeldingId: string, cp: { naam: string; email: string }, soort: 'uitnodiging' | 'wachtlijst' | 'doorgeschoven') {
    await this.mail.queue(m, this.mailBericht(sessie, aanmeldingId, cp, soort));
    if (soort === 'wachtlijst') return;
    const delayMs = new Date(sessie.start).getTime() - 24 * UUR_MS - Date.now();
    if (delayMs > 0) {
      await this.outbox.add(m, {
        queue: Queue.JOBDATE, name: KENNISSESSIE_HERINNERING_JOB, data: { tenantId: sessie.tenant_id, aanmeldingId }, jobId: kennissessieHerinneringJobId(aanmeldingId), delayMs,
      });
    }
  }

  private mailBericht(sessie: SessieRij, aanmeldingId: string, cp: { naam: string; email: string }, soort: 'uitnodiging' | 'wachtlijst' | 'doorgeschoven' | 'herinnering') {
    const start = new Date(sessie.start);
    const onderwerp = {
      uitnodiging: `Uitnodiging: ${sessie.titel}`,
      wachtlijst: `Wachtlijst: ${sessie.titel}`,
      doorgeschoven: `Er is plek: ${sessie.titel}`,
      herinnering: `Herinnering: morgen ${sessie.titel}`,
    }[soort];
    const zin = soort === 'wachtlijst' ? 'De sessie is vol; u staat op de wachtlijst en krijgt bericht als er plek komt.' : 'U bent van harte welkom.';
    const waar = sessie.vorm === KennissessieVorm.ONLINE ? `Online${sessie.locatie ? `: ${sessie.locatie}` : ''}` : (sessie.locatie ?? '');
    return {
      tenantId: sessie.tenant_id,
      dedupeKey: `kennissessie-${aanmeldingId}-${soort}`,
      to: cp.email,
      subject: onderwerp,
      html: mailLayout(onderwerp, `<p>Beste ${escapeHtml(cp.naam)},</p><p>${escapeHtml(sessie.titel)} — ${escapeHtml(datumTijd(start))}, ${escapeHtml(waar)}.</p><p>${zin}</p>`),
      text: `${sessie.titel} — ${datumTijd(start)}, ${waar}. ${zin}`,
      attachments: soort === 'wachtlijst' ? [] : [icsBijlage({ uid: `kennissessie-${sessie.id}-${aanmeldingId}@matchpunt`, start, eind: new Date(start.getTime() + sessie.lengte_minuten * MINUUT_MS), titel: sessie.titel, locatie: waar }, 'kennissessie.ics')],
    };
  }
}
