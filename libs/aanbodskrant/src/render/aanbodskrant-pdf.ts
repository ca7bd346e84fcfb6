import PDFDocument from 'pdfkit';
import { AanbodKaart, datumNl, kaartKop, urenTekst } from './aanbod-kaart';

export interface AanbodskrantPdfGegevens {
  organisatie: string;
  titel: string;
  intro: string;
  publicatiedatum: string;
  /** When the edition was sent: the PDF's dates, so one edition always renders to the same bytes. */
  verzondenOp: Date;
  kaarten: readonly AanbodKaart[];
}

const MARGE = 56;
const BREEDTE = 595.28 - 2 * MARGE;
const BLAUW = '#0b4f6c';

/** Characters the standard PDF fonts (WinAnsi) can show; anything else becomes "?" instead of garbage. */
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
export function pdfVeilig(tekst: string): string {
  return [...tekst.normalize('NFC')].map((c) => (c === '\n' || (c >= ' ' && c <= '\u00ff') || CP1252_EXTRA.includes(c) ? c : '?')).join('');
}

/**
 * The aanbodskrant as an A4 PDF, for printing and passing on inside the werkgever's organisation: the intro
 * and one block per candidate (the same anonymised fields as the mail). It has no interest links: those are
 * personal and live in the mail.
 */
export function renderAanbodskrantPdf(g: AanbodskrantPdfGegevens): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGE,
    info: { Title: pdfVeilig(g.titel), Author: pdfVeilig(g.organisatie), Subject: 'Aanbodskrant', CreationDate: g.verzondenOp, ModDate: g.verzondenOp },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(22).fillColor(BLAUW).text(pdfVeilig(g.titel), { width: BREEDTE });
  doc.font('Helvetica').fontSize(12).fillColor('#555555').text(pdfVeilig(`${g.organisatie} · ${datumNl(g.publicatiedatum)}`));
  doc.moveDown();
  if (g.intro.trim()) {
    doc.fontSize(13).fillColor('#1a1a1a').text(pdfVeilig(g.intro.trim()), { width: BREEDTE });
    doc.moveDown();
  }

  for (const kaart of g.kaarten) {
    // Keep a card on one page where it fits.
    if (doc.y > doc.page.height - MARGE - 190) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(15).fillColor(BLAUW).text(pdfVeilig(`${kaartKop(kaart)}  (${kaart.code})`), { width: BREEDTE });
    doc.font('Helvetica').fontSize(12).fillColor('#1a1a1a').moveDown(0.2);
    const regels: [string, string][] = [
      ['Regio', kaart.regio],
      ['Uren', urenTekst(kaart)],
      ['Beschikbaar', kaart.beschikbaarheid],
      ['Zoekt werk als', kaart.beroepswensen.join(', ') || '-'],
      ['Kan', kaart.vaardigheden.join(', ') || '-'],
      ['Rijbewijs', kaart.rijbewijs ? 'ja' : 'nee'],
      ['Voor u als werkgever', kaart.instrumenten.join(', ') || '-'],
    ];
    for (const [label, waarde] of regels) {
      doc.font('Helvetica-Bold').text(`${label}: `, { continued: true, width: BREEDTE }).font('Helvetica').text(pdfVeilig(waarde));
    }
    if (kaart.pitch) doc.font('Helvetica-Oblique').moveDown(0.2).text(pdfVeilig(`“${kaart.pitch}”`), { width: BREEDTE });
    doc.font('Helvetica').moveDown(0.8);
  }

  doc.fontSize(10).fillColor('#555555').text(
    'Interesse in een kandidaat? Klik op de knop bij de kandidaat in de e-mail, of neem contact op met uw accountmanager en noem de code.',
    { width: BREEDTE },
  );
  doc.end();
  return klaar;
}
