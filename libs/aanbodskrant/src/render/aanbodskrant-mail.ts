import { escapeHtml, mailLayout } from '@matchpunt/mail';
import { AanbodKaart, datumNl, kaartKop, urenTekst } from './aanbod-kaart';

export interface AanbodskrantMailGegevens {
  /** The tenant's name, e.g. "Werkzaak Rivierenland". */
  organisatie: string;
  titel: string;
  intro: string;
  publicatiedatum: string;
  kaarten: readonly AanbodKaart[];
}

export interface MailOntvanger {
  naam: string;
  /** The signed "interesse" link of this recipient for one candidate. */
  interesseUrl: (kandidaatId: string) => string;
  afmeldUrl: string;
}

export interface AanbodskrantMail {
  subject: string;
  html: string;
  text: string;
}

const KNOP =
  'display:inline-block;background:#0b4f6c;color:#ffffff;padding:14px 20px;font-size:18px;font-weight:bold;text-decoration:none;border-radius:6px';

/**
 * The aanbodskrant as mail: one column, large type, one block per candidate with an "interesse" button.
 * Every free text (title, intro, pitch, wishes, skills, the recipient's name) is escaped. The edition's part is
 * rendered once; per recipient only the greeting and the signed links are filled in, so 2,000 recipients cost
 * little more than string joins.
 */
export function aanbodskrantMailSjabloon(g: AanbodskrantMailGegevens): (ontvanger: MailOntvanger) => AanbodskrantMail {
  const subject = `${g.titel} — ${g.kaarten.length} ${g.kaarten.length === 1 ? 'kandidaat' : 'kandidaten'} van ${g.organisatie}`;
  const introHtml = alineas(g.intro);
  const kaarten = g.kaarten.map((kaart) => ({ kaart, ...kaartDelen(kaart) }));
  const kop = `<p style="font-size:16px;color:#555;margin:0 0 16px">${escapeHtml(g.organisatie)} · ${escapeHtml(datumNl(g.publicatiedatum))}</p>`;
  const tekstKaarten = g.kaarten.map((kaart) => kaartTekst(kaart));

  return (ontvanger) => {
    const blokken = kaarten
      .map(({ kaart, voor, na }) => `${voor}<a href="${escapeHtml(ontvanger.interesseUrl(kaart.kandidaatId))}" style="${KNOP}">Interesse in ${escapeHtml(kaart.code)}</a>${na}`)
      .join('');
    const html = mailLayout(
      g.titel,
      `<div style="font-size:18px;line-height:1.55">${kop}<p>Beste ${escapeHtml(ontvanger.naam)},</p>${introHtml}${blokken}` +
        `<p>Interesse in iemand? Klik op de knop bij de kandidaat; uw accountmanager neemt dan contact met u op. ` +
        `De kandidaten staan ook in de bijgevoegde PDF.</p>` +
        `<p style="font-size:14px;color:#555">U ontvangt de aanbodskrant van ${escapeHtml(g.organisatie)} als contactpersoon van uw organisatie. ` +
        `<a href="${escapeHtml(ontvanger.afmeldUrl)}" style="color:#0b4f6c">Afmelden voor de aanbodskrant</a>.</p></div>`,
    );
    const text = [
      g.titel,
      `${g.organisatie} · ${datumNl(g.publicatiedatum)}`,
      '',
      `Beste ${ontvanger.naam},`,
      '',
      g.intro.trim(),
      '',
      ...g.kaarten.map((kaart, i) => `${tekstKaarten[i]}\nInteresse: ${ontvanger.interesseUrl(kaart.kandidaatId)}\n`),
      'Interesse in iemand? Gebruik de link bij de kandidaat; uw accountmanager neemt dan contact met u op.',
      '',
      `Afmelden voor de aanbodskrant: ${ontvanger.afmeldUrl}`,
    ].join('\n');
    return { subject, html, text };
  };
}

/** The block of one card, split around the place of the (per recipient) interest button. */
function kaartDelen(kaart: AanbodKaart): { voor: string; na: string } {
  const regels: [string, string][] = [
    ['Regio', kaart.regio],
    ['Uren', urenTekst(kaart)],
    ['Beschikbaar', kaart.beschikbaarheid],
    ['Zoekt werk als', kaart.beroepswensen.join(', ') || '—'],
    ['Kan', kaart.vaardigheden.join(', ') || '—'],
    ['Rijbewijs', kaart.rijbewijs ? 'ja' : 'nee'],
    ['Voor u als werkgever', kaart.instrumenten.join(', ') || '—'],
  ];
  const voor =
    `<div style="border:1px solid #c9d3da;border-radius:8px;padding:16px;margin:20px 0">` +
    `<h2 style="font-size:21px;margin:0 0 4px;color:#0b4f6c">${escapeHtml(kaartKop(kaart))}</h2>` +
    `<p style="margin:0 0 12px;color:#555;font-size:16px">${escapeHtml(kaart.code)}</p>` +
    regels.map(([k, v]) => `<p style="margin:0 0 6px"><strong>${escapeHtml(k)}:</strong> ${escapeHtml(v)}</p>`).join('') +
    (kaart.pitch ? `<p style="margin:12px 0;font-style:italic">“${escapeHtml(kaart.pitch)}”</p>` : '') +
    `<p style="margin:16px 0 0">`;
  return { voor, na: `</p></div>` };
}

function kaartTekst(kaart: AanbodKaart): string {
  return [
    `${kaartKop(kaart)} (${kaart.code})`,
    `Regio: ${kaart.regio}`,
    `Uren: ${urenTekst(kaart)}`,
    `Beschikbaar: ${kaart.beschikbaarheid}`,
    `Zoekt werk als: ${kaart.beroepswensen.join(', ') || '—'}`,
    `Kan: ${kaart.vaardigheden.join(', ') || '—'}`,
    `Rijbewijs: ${kaart.rijbewijs ? 'ja' : 'nee'}`,
    `Voor u als werkgever: ${kaart.instrumenten.join(', ') || '—'}`,
    ...(kaart.pitch ? [`"${kaart.pitch}"`] : []),
  ].join('\n');
}

/** Free text with blank lines between paragraphs and single line breaks inside them; escaped. */
export function alineas(tekst: string): string {
  return tekst
    .trim()
    .split(/\n\s*\n/)
    .filter((alinea) => alinea.trim())
    .map((alinea) => `<p>${alinea.trim().split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}
