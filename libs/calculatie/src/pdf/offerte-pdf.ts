import type { CalculatieResultaat as DomeinResultaat } from '@matchpunt/domain';
import { euroNl } from '@matchpunt/parameters';
import PDFDocument from 'pdfkit';
import { samenvatting } from '../utils/weergave';

export interface OffertePdfGegevens {
  organisatie: string;
  werkgever: string;
  titel: string;
  versie: number;
  peildatum: string;
  aangemaaktOp: Date;
  parameterSet: { id: string; naam: string; versie: number };
  toelichting: string;
  resultaat: DomeinResultaat;
}

const uren = (value: string) => value.replace(/\B(?=(\d{3})+(?!\d))/g, '.').replace(/\.(\d{2})$/, ',$1');

/**
 * The offerte as a one-page PDF for the employer: the group-level figures (no per-worker breakdown, which would
 * reveal loonwaarden), the proposed tariff and, in plain words, the gap to the offered price. Deterministic:
 * the PDF's dates come from the version, so the same version renders to the same bytes.
 */
export function renderOffertePdf(g: OffertePdfGegevens): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: {
      Title: `Offerte ${g.titel} (versie ${g.versie})`,
      Author: g.organisatie,
      Subject: `Groepsplaatsing bij ${g.werkgever}`,
      CreationDate: g.aangemaaktOp,
      ModDate: g.aangemaaktOp,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const r = g.resultaat;
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#0b4f6c').text(`Offerte groepsplaatsing`);
  doc.font('Helvetica').fontSize(11).fillColor('#1a1a1a').moveDown(0.3);
  doc.text(`${g.titel} — versie ${g.versie}`);
  doc.text(`Voor: ${g.werkgever}`);
  doc.text(`Van: ${g.organisatie}`);
  doc.text(`Peildatum: ${g.peildatum}`);
  doc.moveDown();

  const regels: [string, string][] = [
    ['Groepsgrootte', `${r.groepsgrootte} medewerkers`],
    ['Gewerkte uren per jaar', uren(r.gewerkteUren)],
    ['Productieve uren per jaar', uren(r.productieveUren)],
    ['Loonkosten per jaar', euroNl(r.loonkosten)],
    ['Loonkostensubsidie per jaar', `- ${euroNl(r.lks)}`],
    ['Begeleiding per jaar', euroNl(r.begeleiding)],
    ['Overhead per jaar', euroNl(r.overhead)],
    ['Overige kosten per jaar', euroNl(r.overigeKosten)],
    ['Kostprijs per jaar', euroNl(r.kostprijsPerJaar)],
    ['Kostprijs per gewerkt uur (break-even)', euroNl(r.kostprijsPerGewerktUur)],
    ['Kostprijs per productief uur', r.kostprijsPerProductiefUur === null ? '-' : euroNl(r.kostprijsPerProductiefUur)],
    ['Tariefvoorstel per gewerkt uur', euroNl(r.tariefvoorstel)],
  ];
  if (r.geboden) regels.push(['Geboden tarief per gewerkt uur', euroNl(r.geboden.tarief)]);
  doc.font('Helvetica-Bold').fontSize(13).text('Kostprijs en tarief');
  doc.font('Helvetica').fontSize(11).moveDown(0.3);
  for (const [label, waarde] of regels) {
    const y = doc.y;
    doc.text(label, 56, y, { width: 300 });
    doc.text(waarde, 356, y, { width: 180, align: 'right' });
  }
  doc.x = 56;
  doc.moveDown();
  if (r.geboden) {
    doc.font('Helvetica-Bold').fontSize(13).text(r.geboden.onderKostprijs ? 'Het geboden tarief ligt onder de kostprijs' : 'Het geboden tarief dekt de kostprijs');
    doc.font('Helvetica').fontSize(11).moveDown(0.3).text(samenvatting(r));
    doc.moveDown();
  }
  if (g.toelichting) {
    doc.font('Helvetica-Bold').fontSize(13).text('Toelichting');
    doc.font('Helvetica').fontSize(11).moveDown(0.3).text(g.toelichting);
    doc.moveDown();
  }
  doc.fontSize(8).fillColor('#555555').text(
    `Berekend met parameterset "${g.parameterSet.naam}" (versie ${g.parameterSet.versie}, ${g.parameterSet.id}). ` +
      'Bedragen per jaar; de kostprijs is loonkosten min loonkostensubsidie plus begeleiding, overhead en overige kosten.',
  );
  doc.end();
  return klaar;
}
