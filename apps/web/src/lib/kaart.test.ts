import { describe, expect, it } from 'vitest';
import { kaartPunten, kaartTegels, verschuivingen, type KaartPunt } from './kaart';

describe('kaartTegels', () => {
  it('uses the OpenStreetMap tiles with their credit when nothing is configured', () => {
    const tegels = kaartTegels(undefined, undefined);
    expect(tegels.url).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(tegels.bron).toContain('OpenStreetMap');
    expect(kaartTegels('  ')).toEqual(tegels);
  });

  it('uses the configured tile server and credit', () => {
    expect(kaartTegels(' https://tegels.example/{z}/{x}/{y}.png ', 'Eigen kaart')).toEqual({
      url: 'https://tegels.example/{z}/{x}/{y}.png',
      bron: 'Eigen kaart',
    });
  });
});

describe('kaartPunten', () => {
  const kansen = [
    { id: 'a', titel: 'Sorteerhulp', vestiging: { lat: 51.88, lon: 5.43 } },
    { id: 'b', titel: 'Zonder plek', vestiging: null },
    { id: 'c', titel: 'Kapotte plek', vestiging: { lat: Number.NaN, lon: 5 } },
  ];

  it('turns things with a place into linked points and leaves the others out', () => {
    const punten = kaartPunten(
      kansen,
      (kans) => kans.vestiging,
      (kans) => ({ id: kans.id, naam: kans.titel, href: `/functiecreatie/${kans.id}` }),
    );
    expect(punten).toEqual([{ id: 'a', naam: 'Sorteerhulp', href: '/functiecreatie/a', lat: 51.88, lon: 5.43 }]);
  });
});

describe('verschuivingen', () => {
  const punt = (id: string, lat: number, lon: number): KaartPunt => ({ id, lat, lon, naam: id, href: `/${id}` });

  it('puts pins on the same spot in a row centred on it, and leaves a lone pin where it is', () => {
    const opzij = verschuivingen([punt('a', 52, 5), punt('b', 52, 5), punt('c', 52, 5), punt('d', 51, 4)], 20);
    expect(Object.fromEntries(opzij)).toEqual({ a: -20, b: 0, c: 20, d: 0 });
  });
});
