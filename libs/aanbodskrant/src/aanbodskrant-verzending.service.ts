import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, JobOutbox, Queue, QueueRegistry, Rol } from '@matchpunt/common';
import { KandidaatService, KandidaatStatus } from '@matchpunt/kandidaten';
import { MailService } from '@matchpunt/mail';
import { TenancyService } from '@matchpunt/tenancy';
import { WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource } from 'typeorm';
import { AanbodskrantEditie } from './aanbodskrant-editie.entity';
import { AanbodskrantLinks } from './aanbodskrant-links.service';
import { AanbodskrantService } from './aanbodskrant.service';
import { AanbodskrantStatus, aanbodskrantMailKey, VERSTUUR_AANBODSKRANT_JOB, verstuurJobId } from './aanbodskrant.enums';
import { AanbodskrantPdf, AanbodskrantVoorbeeld, AanbodskrantVoortgang } from './aanbodskrant.types';
import { naarAanbodKaart } from './render/aanbod-kaart';
import { aanbodskrantMailSjabloon } from './render/aanbodskrant-mail';
import { renderAanbodskrantPdf } from './render/aanbodskrant-pdf';

/** Recipients queued per transaction by the fan-out. */
export const FAN_OUT_BATCH = 200;

export interface FanOutVoortgang {
  totaal: number;
  ingepland: number;
}

const TAAK_STATUS: Record<string, string> = {
  waiting: 'WACHT',
  'waiting-children': 'WACHT',
  delayed: 'WACHT',
  prioritized: 'WACHT',
  active: 'BEZIG',
  completed: 'KLAAR',
  failed: 'MISLUKT',
};

/**
 * Sending an edition. `verstuur` freezes it (CONCEPT → VERZONDEN, the cards snapshotted) and puts one fan-out
 * job in the outbox. The job (worker) renders the PDF once and queues one mail per subscribed contactpersoon
 * through `MailService.queue` with the dedupe key `aanbodskrant-<editie>-<contactpersoon>`, in batches, each
 * batch one transaction with the recipient rows. A crash anywhere leaves either a batch fully queued or not at
 * all; the retried job skips whoever already has a row, and the dedupe key stops any second mail.
 */
@Injectable()
export class AanbodskrantVerzending {
  private readonly logger = new Logger(AanbodskrantVerzending.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly edities: AanbodskrantService,
    private readonly kandidaten: KandidaatService,
    private readonly werkgevers: WerkgeverService,
    private readonly tenancy: TenancyService,
    private readonly links: AanbodskrantLinks,
    private readonly mail: MailService,
    private readonly outbox: JobOutbox,
    private readonly queues: QueueRegistry,
  ) {}

  /**
   * Sends a CONCEPT. Sending a VERZONDEN edition again changes nothing (no second job, no second mail). Every
   * candidate must still be BESCHIKBAAR (else BAD_USER_INPUT naming them); an edition without candidates is refused.
   */
  async verstuur(actor: Actor, id: string): Promise<AanbodskrantEditie> {
    const editie = await this.dataSource.transaction(async (manager) => {
      const found = await this.edities.get(actor, id, manager, true);
      if (found.status === AanbodskrantStatus.VERZONDEN) return found;
      const ids = await this.edities.kandidaatIds(actor, found.id, manager);
      if (ids.length === 0) throw AppError.badInput('Voeg eerst kandidaten toe: een aanbodskrant zonder kandidaten wordt niet verstuurd.', 'kandidaatIds');
      const kandidaten = await this.kandidaten.getMany(actor, ids, manager);
      const weg = kandidaten.filter((k) => k.status !== KandidaatStatus.BESCHIKBAAR);
      if (weg.length) {
        throw AppError.badInput(
          `Niet meer beschikbaar: ${weg.map((k) => k.code).join(', ')}. Haal ${weg.length === 1 ? 'deze kandidaat' : 'deze kandidaten'} uit de editie en verstuur opnieuw.`,
          'kandidaatIds',
        );
      }
      const kaarten = (await this.kandidaten.kaarten(actor, ids, manager)).map(naarAanbodKaart);
      found.status = AanbodskrantStatus.VERZONDEN;
      found.verzondenOp = new Date();
      found.verzondenDoor = actor.userId;
      found.kaarten = kaarten;
      const saved = await manager.save(found);
      await this.outbox.add(manager, {
        queue: Queue.AANBODSKRANT,
        name: VERSTUUR_AANBODSKRANT_JOB,
        data: { tenantId: actor.tenantId, editieId: found.id },
        jobId: verstuurJobId(found.id),
      });
      return saved;
    });
    this.outbox.flushSoon();
    return editie;
  }

  /** The fan-out job. Idempotent: run it twice and every recipient still has exactly one mail. */
  async fanOut(tenantId: string, editieId: string, meld: (voortgang: FanOutVoortgang) => Promise<void> | void = () => undefined): Promise<FanOutVoortgang | 'onbekend'> {
    const m = this.dataSource.manager;
    const editie = await m.findOneBy(AanbodskrantEditie, { id: editieId, tenantId });
    if (!editie || editie.status !== AanbodskrantStatus.VERZONDEN || !editie.kaarten || !editie.verzondenOp) return 'onbekend';
    const systeem: Actor = { userId: editie.verzondenDoor ?? editie.aangemaaktDoor, tenantId, rol: Rol.ACCOUNTMANAGER, werkgeverId: null };
    const organisatie = (await this.tenancy.tenant(systeem)).naam;
    const pdf = await this.pdfVan(editie, organisatie);

    const ontvangers = await this.werkgevers.aanbodskrantOntvangers(systeem);
    const al: { contactpersoon_id: string }[] = await m.query(`SELECT contactpersoon_id FROM aanbodskrant_ontvanger WHERE editie_id = $1`, [editie.id]);
    const gehad = new Set(al.map((row) => row.contactpersoon_id));
    const nieuw = ontvangers.filter((c) => !gehad.has(c.id));
    const voortgang: FanOutVoortgang = { totaal: gehad.size + nieuw.length, ingepland: gehad.size };
    await m.query(`UPDATE aanbodskrant_editie SET ontvangers_totaal = $2, ingepland = $3 WHERE id = $1`, [editie.id, voortgang.totaal, voortgang.ingepland]);
    await meld({ ...voortgang });

    const sjabloon = aanbodskrantMailSjabloon({
      organisatie,
      titel: editie.titel,
      intro: editie.intro,
      publicatiedatum: editie.publicatiedatum,
      kaarten: editie.kaarten,
    });
    const links = this.links.voorEditie(editie.id, editie.verzondenOp);
    const bijlage = { filename: pdfNaam(editie), contentType: 'application/pdf', content: pdf.toString('base64') };

    for (let i = 0; i < nieuw.length; i += FAN_OUT_BATCH) {
      const batch = nieuw.slice(i, i + FAN_OUT_BATCH);
      const ingepland = await this.dataSource.transaction(async (manager) => {
        const rows: { contactpersoon_id: string }[] = await manager.query(
          `INSERT INTO aanbodskrant_ontvanger (editie_id, contactpersoon_id, tenant_id, werkgever_id)
           SELECT $1, c, $2, w FROM unnest($3::uuid[], $4::uuid[]) AS t(c, w)
           ON CONFLICT DO NOTHING RETURNING contactpersoon_id`,
          [editie.id, tenantId, batch.map((c) => c.id), batch.map((c) => c.werkgeverId)],
        );
        const nieuwInBatch = new Set(rows.map((row) => row.contactpersoon_id));
        await this.mail.queueMany(
          manager,
          batch
            .filter((c) => nieuwInBatch.has(c.id))
            .map((contact) => ({
              tenantId,
              dedupeKey: aanbodskrantMailKey(editie.id, contact.id),
              // aanbodskrantOntvangers returns only contactpersonen with an e-mail address.
              to: contact.email!,
              ...sjabloon({
                naam: contact.naam,
                interesseUrl: (kandidaatId) => links.interesseUrl(contact.id, kandidaatId),
                afmeldUrl: links.afmeldUrl(contact.id),
              }),
              attachments: [bijlage],
            })),
        );
        await manager.query(`UPDATE aanbodskrant_editie SET ingepland = ingepland + $2 WHERE id = $1`, [editie.id, rows.length]);
        return rows.length;
      });
      voortgang.ingepland += ingepland;
      await this.outbox.flush().catch((err) => this.logger.warn(`outbox flush failed, relay will retry: ${err}`));
      await meld({ ...voortgang });
    }
    return voortgang;
  }

  /** Progress of sending: recipients, mails queued, mails sent, and the state of the fan-out job. */
  async voortgang(actor: Actor, id: string): Promise<AanbodskrantVoortgang> {
    const editie = await this.edities.get(actor, id);
    const basis = { editieId: editie.id, status: editie.status, totaal: editie.ontvangersTotaal, ingepland: editie.ingepland };
    if (editie.status === AanbodskrantStatus.CONCEPT) return { ...basis, taak: 'NIET_GESTART', verzonden: 0, klaar: false };
    const telling = await this.mail.tel(this.dataSource.manager, aanbodskrantMailKey(editie.id, ''));
    const job = await this.queues.get(Queue.AANBODSKRANT).getJob(verstuurJobId(editie.id));
    const jobStatus = job ? await job.getState() : null;
    const taak = jobStatus ? (TAAK_STATUS[jobStatus] ?? 'WACHT') : editie.ontvangersTotaal === null ? 'WACHT' : 'KLAAR';
    const klaar = editie.ontvangersTotaal !== null && editie.ingepland >= editie.ontvangersTotaal && telling.WACHTRIJ === 0 && taak === 'KLAAR';
    return { ...basis, taak, verzonden: telling.VERZONDEN, klaar };
  }

  /** The stored PDF of a sent edition; null until the fan-out job has rendered it. */
  async pdf(actor: Actor, id: string): Promise<AanbodskrantPdf | null> {
    const editie = await this.edities.get(actor, id);
    const [row]: { pdf: Buffer | null }[] = await this.dataSource.query(`SELECT pdf FROM aanbodskrant_editie WHERE id = $1 AND tenant_id = $2`, [
      editie.id,
      actor.tenantId,
    ]);
    if (!row?.pdf) return null;
    return { bestandsnaam: pdfNaam(editie), mimeType: 'application/pdf', grootte: row.pdf.length, inhoudBase64: row.pdf.toString('base64') };
  }

  /** The mail as a recipient would get it (with example links), to read before sending. */
  async voorbeeld(actor: Actor, id: string): Promise<AanbodskrantVoorbeeld> {
    const editie = await this.edities.get(actor, id);
    const kaarten = await this.edities.kaarten(actor, editie);
    const organisatie = (await this.tenancy.tenant(actor)).naam;
    const mail = aanbodskrantMailSjabloon({ organisatie, titel: editie.titel, intro: editie.intro, publicatiedatum: editie.publicatiedatum, kaarten })({
      naam: 'voorbeeld-contactpersoon',
      interesseUrl: () => '#interesse',
      afmeldUrl: '#afmelden',
    });
    return { onderwerp: mail.subject, html: mail.html, tekst: mail.text };
  }

  /** Renders the PDF once; two racing jobs both render, the first write wins, both use the stored one. */
  private async pdfVan(editie: AanbodskrantEditie, organisatie: string): Promise<Buffer> {
    const lees = async () => {
      const [row]: { pdf: Buffer | null }[] = await this.dataSource.query(`SELECT pdf FROM aanbodskrant_editie WHERE id = $1`, [editie.id]);
      return row?.pdf ?? null;
    };
    const bestaand = await lees();
    if (bestaand) return bestaand;
    const pdf = await renderAanbodskrantPdf({
      organisatie,
      titel: editie.titel,
      intro: editie.intro,
      publicatiedatum: editie.publicatiedatum,
      verzondenOp: editie.verzondenOp!,
      kaarten: editie.kaarten!,
    });
    await this.dataSource.query(`UPDATE aanbodskrant_editie SET pdf = $2 WHERE id = $1 AND pdf IS NULL`, [editie.id, pdf]);
    return (await lees())!;
  }
}

function pdfNaam(editie: AanbodskrantEditie): string {
  const slug = editie.titel.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `aanbodskrant-${editie.publicatiedatum}${slug ? `-${slug}` : ''}.pdf`;
}
