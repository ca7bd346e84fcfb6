import {
  BEROEP_SYNONIEMGROEPEN,
  BEROEPSGROEPEN,
  normaliseTerm,
  SAMENSTELLINGSDELEN,
  termSleutel,
  VAARDIGHEID_SYNONIEMGROEPEN,
} from '..';

describe('beroepen.json', () => {
  const groepen = [...BEROEP_SYNONIEMGROEPEN, ...VAARDIGHEID_SYNONIEMGROEPEN];

  it('heeft minstens 60 beroepsgroepen van synoniemen en de 12 beroepsgroepen', () => {
    expect(BEROEP_SYNONIEMGROEPEN.length).toBeGreaterThanOrEqual(60);
    expect(Object.keys(BEROEPSGROEPEN).sort()).toEqual(
      [
        'administratie',
        'bouw',
        'detailhandel',
        'facilitair',
        'groen',
        'horeca',
        'logistiek',
        'productie',
        'schoonmaak',
        'techniek',
        'transport',
        'zorg',
      ].sort(),
    );
  });

  it('elke beroepsgroep heeft beroepen, en elk beroep een bestaande beroepsgroep', () => {
    for (const info of Object.values(BEROEPSGROEPEN)) expect(info.beroepen.length).toBeGreaterThan(0);
    for (const g of BEROEP_SYNONIEMGROEPEN) expect(BEROEPSGROEPEN).toHaveProperty([g.beroepsgroep as string]);
    for (const g of VAARDIGHEID_SYNONIEMGROEPEN) {
      if (g.beroepsgroep !== null) expect(BEROEPSGROEPEN).toHaveProperty([g.beroepsgroep]);
    }
    for (const hint of Object.values(SAMENSTELLINGSDELEN)) {
      if (hint !== null) expect(BEROEPSGROEPEN).toHaveProperty([hint]);
    }
  });

  it('geen term staat in twee groepen', () => {
    const eigenaar = new Map<string, string>();
    const dubbel: string[] = [];
    for (const g of groepen) {
      for (const t of g.termen) {
        const k = termSleutel(t);
        const al = eigenaar.get(k);
        if (al !== undefined && al !== g.id) dubbel.push(`${t}: ${al} en ${g.id}`);
        eigenaar.set(k, g.id);
      }
    }
    expect(dubbel).toEqual([]);
  });

  it('ids zijn uniek en termen staan al in normaalvorm (klaar voor zoeksynoniemen)', () => {
    expect(new Set(groepen.map((g) => g.id)).size).toBe(groepen.length);
    for (const g of groepen) for (const t of g.termen) expect(normaliseTerm(t)).toBe(t);
  });

  it('samenstellingsdelen zijn kleine letters en minstens 3 tekens', () => {
    for (const deel of Object.keys(SAMENSTELLINGSDELEN)) expect(deel).toMatch(/^[a-z]{3,}$/);
  });
});
