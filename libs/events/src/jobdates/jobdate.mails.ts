import { Injectable } from '@nestjs/common';
import { escapeHtml, MailService, mailLayout } from '@matchpunt/mail';
import { EntityManager } from 'typeorm';
import { icsBijlage } from '../shared/ics';
import { kandidaatOntvangers, Ontvanger, ontvangerTag, werkgeverOntvangers } from '../shared/ontvangers';
import { datumTijd } from '../shared/tijd';
import { BoekingRij } from './jobdate-boeking.rows';
import { JobdateVorm } from './jobdate.types';

export type JobdateMailSoort = 'bevestiging' | 'annulering' | 'verplaatsing' | 'herinnering-24h' | 'herinnering-1h';

const ONDERWERP: Record<JobdateMailSoort, string> = {
  bevestiging: 'Jobdate geboekt',
  annulering: 'Jobdate geannuleerd',
  verplaatsing: 'Jobdate verplaatst',
  'herinnering-24h': 'Herinnering: morgen een jobdate',
  'herinnering-1h': 'Herinnering: over een uur een jobdate',
};

/** Mail to both sides of a booking (werkgever users; werkcoach and candidate), each with an .ics file. */
@Injectable()
export class JobdateMails {
  constructor(private readonly mail: MailService) {}

  /** Dedupe key prefix of every mail about one booking and kind. */
  static sleutel(boekingId: string, soort: JobdateMailSoort): string {
    return `jobdate-${boekingId}-${soort}`;
  }

  async stuur(m: EntityManager, b: BoekingRij, soort: JobdateMailSoort, kanten: ('werkgever' | 'kandidaat')[] = ['werkgever', 'kandidaat']): Promise<number> {
    const ontvangers: { o: Ontvanger; kant: 'werkgever' | 'kandidaat' }[] = [];
    if (kanten.includes('werkgever')) for (const o of await werkgeverOntvangers(m, b.tenant_id, b.werkgever_id)) ontvangers.push({ o, kant: 'werkgever' });
    if (kanten.includes('kandidaat')) for (const o of await kandidaatOntvangers(m, b.tenant_id, b.kandidaat_id)) ontvangers.push({ o, kant: 'kandidaat' });
    const start = new Date(b.start);
    const ics = icsBijlage({
      uid: `jobdate-${b.boeking_id}@matchpunt`,
      start,
      eind: new Date(b.eind),
      titel: `Jobdate ${b.werkgever_naam} – kandidaat ${b.kandidaat_code}`,
      beschrijving: b.vorm === JobdateVorm.VIDEO ? `Videogesprek: ${b.video_link}` : 'De werkgever belt de kandidaat.',
      url: b.video_link ?? undefined,
      methode: soort === 'annulering' ? 'CANCEL' : 'REQUEST',
      volgnummer: soort === 'annulering' ? 1 : 0,
    }, 'jobdate.ics');
    let n = 0;
    for (const { o, kant } of ontvangers) {
      const wie = kant === 'werkgever' ? `kandidaat ${escapeHtml(b.kandidaat_code)}` : escapeHtml(b.werkgever_naam);
      const hoe = b.vorm === JobdateVorm.VIDEO ? `Videolink: <a href="${escapeHtml(b.video_link ?? '')}">${escapeHtml(b.video_link ?? '')}</a>` : 'De werkgever belt de kandidaat.';
      const zin = soort === 'annulering' ? 'is geannuleerd' : soort === 'verplaatsing' ? 'is verplaatst naar' : 'staat gepland op';
      const body = `<p>Beste ${escapeHtml(o.naam)},</p><p>De jobdate met ${wie} ${zin} <strong>${escapeHtml(datumTijd(start))}</strong> (${b.lengte_minuten} minuten).</p><p>${hoe}</p>`;
      const queued = await this.mail.queue(m, {
        tenantId: b.tenant_id,
        dedupeKey: `${JobdateMails.sleutel(b.boeking_id, soort)}-${kant}-${ontvangerTag(o.email)}`,
        to: o.email,
        subject: ONDERWERP[soort],
        html: mailLayout(ONDERWERP[soort], body),
        text: `Jobdate met ${kant === 'werkgever' ? `kandidaat ${b.kandidaat_code}` : b.werkgever_naam} ${zin} ${datumTijd(start)}.`,
        attachments: [ics],
      });
      if (queued) n++;
    }
    return n;
  }
}
