import { AanbodKaart } from '../render/aanbod-kaart';
import { aanbodskrantMailSjabloon, alineas } from '../render/aanbodskrant-mail';
import { pdfVeilig } from '../render/aanbodskrant-pdf';

const kaart = (over: Partial<AanbodKaart> = {}): AanbodKaart => ({
  kandidaatId: 'k-1',
  code: 'K-2026-0001',
  regio: 'Tiel',
  pitch: 'Ik werk graag <b>buiten</b> & met mijn handen.',
  beroepswensen: ['orderpicker'],
  vaardigheden: ['heftruckcertificaat'],
  urenMin: 24,
  urenMax: 32,
  beschikbaarheid: 'Direct beschikbaar',
  rijbewijs: true,
  instrumenten: ['LKS mogelijk', 'No-riskpolis'],
  ...over,
});

describe('aanbodskrant mail', () => {
  const sjabloon = aanbodskrantMailSjabloon({
    organisatie: 'Werkzaak Rivierenland',
    titel: 'Aanbod <maart>',
    intro: 'Eerste alinea\nmet een regel.\n\n<script>alert(1)</script>',
    publicatiedatum: '2026-03-02',
    kaarten: [kaart(), kaart({ kandidaatId: 'k-2', code: 'K-2026-0002', beroepswensen: [], pitch: '' })],
  });
  const mail = sjabloon({ naam: 'Jan "de" Vries', interesseUrl: (id) => `https://x.test/i?token=${id}&a=1`, afmeldUrl: 'https://x.test/af?token=z' });

  it('escapes every free text and the links', () => {
    expect(mail.html).not.toMatch(/<script>|<b>|<maart>/);
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('Ik werk graag &lt;b&gt;buiten&lt;/b&gt; &amp; met mijn handen.');
    expect(mail.html).toContain('Jan &quot;de&quot; Vries');
    expect(mail.html).toContain('href="https://x.test/i?token=k-1&amp;a=1"');
    expect(mail.html).toContain('href="https://x.test/af?token=z"');
  });

  it('has one interest button per card, the instruments in employer words, and the subject with the count', () => {
    expect(mail.html.match(/Interesse in K-2026-000\d/g)).toEqual(['Interesse in K-2026-0001', 'Interesse in K-2026-0002']);
    expect(mail.html).toContain('LKS mogelijk, No-riskpolis');
    expect(mail.html).toContain('24–32 uur per week');
    expect(mail.subject).toBe('Aanbod <maart> — 2 kandidaten van Werkzaak Rivierenland');
    expect(mail.text).toContain('Interesse: https://x.test/i?token=k-2&a=1');
    expect(mail.html).toContain('name="viewport"');
  });

  it('turns blank lines into paragraphs and single line breaks into <br>', () => {
    expect(alineas('a\nb\n\n c ')).toBe('<p>a<br>b</p><p>c</p>');
  });

  it('keeps PDF text to what the standard fonts can show', () => {
    expect(pdfVeilig('Café – “ok” € 😀 ş')).toBe('Café – “ok” € ? ?');
  });
});
