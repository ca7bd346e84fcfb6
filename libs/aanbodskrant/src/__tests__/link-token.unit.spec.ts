import { controleerLink, LinkGegevens, linkSleutel, tekenLink } from '../utils/link-token';

describe('aanbodskrant link tokens', () => {
  const sleutel = linkSleutel('test-secret-that-is-long-enough-for-hs256!');
  const nu = new Date('2026-03-01T10:00:00Z');
  const gegevens: LinkGegevens = {
    doel: 'INTERESSE',
    editieId: '11111111-2222-4333-8444-555555555555',
    contactpersoonId: '66666666-7777-4888-9999-aaaaaaaaaaaa',
    kandidaatId: 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff',
    verlooptOp: new Date('2026-04-30T10:00:00Z'),
  };

  it('round-trips edition, contactpersoon, candidate and expiry in a short, URL-safe token', () => {
    const token = tekenLink(sleutel, gegevens);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(token.length).toBeLessThan(110);
    expect(controleerLink(sleutel, token, 'INTERESSE', nu)).toEqual({ geldig: true, gegevens });
  });

  it('refuses a token signed with another key, an altered payload or signature, and garbage', () => {
    const token = tekenLink(sleutel, gegevens);
    const [payload, sig] = token.split('.');
    const ander = tekenLink(linkSleutel('another-secret-that-is-long-enough-too!!'), gegevens);
    const flip = (s: string) => (s[5] === 'A' ? `${s.slice(0, 5)}B${s.slice(6)}` : `${s.slice(0, 5)}A${s.slice(6)}`);
    for (const slecht of [ander, `${flip(payload)}.${sig}`, `${payload}.${flip(sig)}`, 'onzin', '', `${token}.x`, 'a.b', `${payload}.`]) {
      expect(controleerLink(sleutel, slecht, 'INTERESSE', nu)).toEqual({ geldig: false, reden: 'ONGELDIG' });
    }
    expect(controleerLink(sleutel, 42, 'INTERESSE', nu)).toEqual({ geldig: false, reden: 'ONGELDIG' });
  });

  it('does not accept an unsubscribe token as an interest token or the reverse', () => {
    const afmelden = tekenLink(sleutel, { ...gegevens, doel: 'AFMELDEN', kandidaatId: null });
    expect(controleerLink(sleutel, afmelden, 'INTERESSE', nu)).toEqual({ geldig: false, reden: 'ONGELDIG' });
    expect(controleerLink(sleutel, tekenLink(sleutel, gegevens), 'AFMELDEN', nu)).toEqual({ geldig: false, reden: 'ONGELDIG' });
    expect(controleerLink(sleutel, afmelden, 'AFMELDEN', nu)).toMatchObject({ geldig: true, gegevens: { kandidaatId: null } });
  });

  it('reports a genuine but expired token as VERLOPEN with its end date', () => {
    const token = tekenLink(sleutel, gegevens);
    expect(controleerLink(sleutel, token, 'INTERESSE', new Date('2026-04-30T10:00:00Z'))).toEqual({
      geldig: false,
      reden: 'VERLOPEN',
      verlooptOp: gegevens.verlooptOp,
    });
  });
});
