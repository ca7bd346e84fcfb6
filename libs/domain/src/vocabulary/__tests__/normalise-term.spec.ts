import { normaliseTerm, termSleutel } from '..';

describe('normaliseTerm', () => {
  it.each([
    ['Café', 'cafe'],
    ['  Heftruck   Chauffeur ', 'heftruck chauffeur'],
    ['Caissière', 'caissiere'],
    ['CONCIËRGE', 'concierge'],
    ['Ĳsbereider', 'ijsbereider'],
    ['', ''],
  ])('%j → %j', (invoer, uit) => {
    expect(normaliseTerm(invoer)).toBe(uit);
  });
});

describe('termSleutel', () => {
  it('maakt spaties, koppeltekens en leestekens gelijk', () => {
    expect(termSleutel('Zorg-assistent')).toBe('zorgassistent');
    expect(termSleutel('zorg assistent')).toBe('zorgassistent');
    expect(termSleutel("PM'er")).toBe('pmer');
  });
});
