import type { KandidaatKaart } from '@matchpunt/kandidaten';
import { escapeHtml, MailMessage, mailLayout } from '@matchpunt/mail';

export interface VoorstelMailGegevens {
  tenantId: string;
  voorstelId: string;
  contact: { id: string; naam: string; email: string };
  werkgeverNaam: string;
  vacatureTitel: string | null;
  notitie: string;
  kaart: KandidaatKaart;
  link: string;
}

/**
 * The mail to a werkgever's contactpersoon: the anonymised card (never identity), the personal note and a
 * link to the portal. One mail per voorstel and recipient (dedupe key `voorstel-<id>-<contactId>`).
 */
export function voorstelMail(g: VoorstelMailGegevens): MailMessage {
  const wens = g.kaart.beroepswensen[0];
  const onderwerp = `Kandidaat voor ${g.werkgeverNaam}: ${wens ? `${wens}, ` : ''}regio ${g.kaart.regio}`;
  const regels: [string, string][] = [
    ['Code', g.kaart.code],
    ['Leeftijd', g.kaart.leeftijdsband],
    ['Regio', g.kaart.regio],
    ['Beroepswensen', g.kaart.beroepswensen.join(', ') || '—'],
    ['Vaardigheden', g.kaart.vaardigheden.join(', ') || '—'],
    ['Uren per week', `${g.kaart.urenMin}–${g.kaart.urenMax}`],
    ['Beschikbaar', g.kaart.beschikbaarheid],
    ['Rijbewijs', g.kaart.rijbewijs ? 'ja' : 'nee'],
    ['Voor u als werkgever', g.kaart.instrumenten.join(', ') || '—'],
  ];
  const intro = g.vacatureTitel
    ? `Wij stellen u een kandidaat voor voor uw vacature "${g.vacatureTitel}".`
    : 'Wij stellen u een kandidaat voor die goed bij uw organisatie kan passen.';
  const text = [
    `Beste ${g.contact.naam},`,
    '',
    intro,
    g.notitie ? `\n${g.notitie}\n` : '',
    ...regels.map(([k, v]) => `${k}: ${v}`),
    g.kaart.pitch ? `\n${g.kaart.pitch}` : '',
    '',
    `Bekijk het voorstel en laat weten wat u ervan vindt: ${g.link}`,
  ].join('\n');
  const html = mailLayout(
    'Een kandidaat voor u',
    `<p>Beste ${escapeHtml(g.contact.naam)},</p><p>${escapeHtml(intro)}</p>` +
      (g.notitie
        ? `<blockquote style="border-left:4px solid #0b4f6c;margin:0;padding:8px 16px">${escapeHtml(g.notitie)}</blockquote>`
        : '') +
      `<table style="border-collapse:collapse;margin:16px 0">${regels
        .map(
          ([k, v]) =>
            `<tr><th style="text-align:left;padding:4px 12px 4px 0;vertical-align:top">${escapeHtml(k)}</th><td style="padding:4px 0">${escapeHtml(v)}</td></tr>`,
        )
        .join('')}</table>` +
      (g.kaart.pitch ? `<p><em>${escapeHtml(g.kaart.pitch)}</em></p>` : '') +
      `<p><a href="${escapeHtml(g.link)}" style="display:inline-block;background:#0b4f6c;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">Bekijk het voorstel</a></p>`,
  );
  return {
    tenantId: g.tenantId,
    dedupeKey: `voorstel-${g.voorstelId}-${g.contact.id}`,
    to: g.contact.email,
    subject: onderwerp,
    text,
    html,
  };
}
