import { escapeHtml, MailMessage, mailLayout } from '@matchpunt/mail';
import type { Voorstel } from '../voorstel.entity';
import { ReactieReden, VoorstelReactie } from '../voorstel.enums';

const REACTIE_TEKST: Record<VoorstelReactie, string> = {
  INTERESSE: 'heeft interesse',
  MEER_INFORMATIE: 'wil eerst meer informatie',
  GEEN_INTERESSE: 'heeft geen interesse',
};

export const REDEN_TEKST: Record<ReactieReden, string> = {
  TE_VER_WEG: 'te ver weg',
  UREN_PASSEN_NIET: 'uren passen niet',
  GEEN_PLEK: 'nu geen plek',
  TAALNIVEAU: 'taalniveau past niet',
  VAARDIGHEDEN: 'vaardigheden passen niet',
  ANDERS: 'anders',
};

/** The mail to the accountmanager when a werkgever reacts (one per voorstel: a werkgever reacts once). */
export function reactieMail(g: {
  tenantId: string;
  voorstel: Voorstel;
  ontvanger: { email: string; naam: string };
  werkgeverNaam: string;
  kandidaatCode: string;
  link: string;
}): MailMessage {
  const v = g.voorstel;
  const kop = `${g.werkgeverNaam} ${REACTIE_TEKST[v.reactie!]} in ${g.kandidaatCode}`;
  const regels = [
    `${kop}.`,
    v.reactieReden ? `Reden: ${REDEN_TEKST[v.reactieReden]}.` : null,
    v.reactieToelichting ? `Toelichting: ${v.reactieToelichting}` : null,
    v.reactie === VoorstelReactie.INTERESSE
      ? 'Plan een kennismaking en zet het voorstel daarna op KENNISMAKING.'
      : null,
  ].filter((r): r is string => r !== null);
  return {
    tenantId: g.tenantId,
    dedupeKey: `voorstel-reactie-${v.id}`,
    to: g.ontvanger.email,
    subject: `Reactie op voorstel: ${kop}`,
    text: `Beste ${g.ontvanger.naam},\n\n${regels.join('\n')}\n\n${g.link}`,
    html: mailLayout(
      'Reactie op uw voorstel',
      `<p>Beste ${escapeHtml(g.ontvanger.naam)},</p>${regels.map((r) => `<p>${escapeHtml(r)}</p>`).join('')}<p><a href="${escapeHtml(g.link)}">Open het voorstel</a></p>`,
    ),
  };
}
