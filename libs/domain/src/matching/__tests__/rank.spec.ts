import {
  DEFAULT_MATCH_WEIGHTS as W,
  MatchDoel,
  MatchKandidaat,
  MatchResultaat,
  rank,
  rankKandidaten,
  scoreDoel,
  scoreVacature,
} from '..';
import { CONTEXT, kandidaat, prng, vacature, werkgever } from './fixtures';

const BEROEPEN = [
  'orderpicker',
  'magazijnmedewerker',
  'inpakker',
  'kok',
  'schoonmaker',
  'heftruckchauffeur',
  'hovenier',
];
const SKILLS = ['VCA', 'heftruckcertificaat', 'HACCP', 'BHV', 'reachtruck', 'kassa'];

function doelen(n: number, seed: number): MatchDoel[] {
  const r = prng(seed);
  const kies = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: n }, (_, i): MatchDoel => {
    const lat = 51.7 + r() * 0.4;
    const lon = 5.0 + r() * 0.8;
    return i % 4 === 3
      ? werkgever({ id: `w-${i}`, vestigingen: [{ lat, lon, plaats: 'X' }], sector: kies(['H', 'C', 'I'] as const) })
      : vacature({
          id: `v-${i}`,
          occupation: kies(BEROEPEN),
          requiredSkills: [kies(SKILLS)],
          lat,
          lon,
          urenMin: 16 + Math.floor(r() * 16),
          urenMax: 32,
          rijbewijsVereist: r() < 0.2,
        });
  });
}

function kandidaten(n: number, seed: number): MatchKandidaat[] {
  const r = prng(seed);
  return Array.from({ length: n }, (_, i) =>
    kandidaat({
      id: `k-${String(i).padStart(4, '0')}`,
      beroepswensen: [BEROEPEN[Math.floor(r() * BEROEPEN.length)]],
      skills: [SKILLS[Math.floor(r() * SKILLS.length)]],
      lat: 51.7 + r() * 0.4,
      lon: 5.0 + r() * 0.8,
      reisbereidheidKm: 5 + Math.floor(r() * 30),
      rijbewijs: r() < 0.6,
    }),
  );
}

/** The plain way: explain every pair, drop the excluded, sort all (score, then id). */
function volledigeScan<T extends { id: string }>(items: readonly T[], score: (t: T) => MatchResultaat, limit: number) {
  return items
    .map((item) => ({ item, ...score(item) }))
    .filter((t) => !t.excluded)
    .sort((a, b) => b.score - a.score || (a.item.id < b.item.id ? -1 : 1))
    .slice(0, limit);
}

describe('rank: top-N met een begrensde heap', () => {
  const items = doelen(2000, 7);
  const k = kandidaat({ reisbereidheidKm: 20 });

  it('geeft hetzelfde als alles scoren en sorteren', () => {
    expect(rank(k, items, W, { ...CONTEXT, limit: 25 })).toEqual(
      volledigeScan(items, (item) => scoreDoel(k, item, W, CONTEXT), 25),
    );
  });

  it('is deterministisch en hangt niet af van de volgorde van de invoer', () => {
    const a = rank(k, items, W, { ...CONTEXT, limit: 25 });
    const omgekeerd = rank(k, [...items].reverse(), W, { ...CONTEXT, limit: 25 });
    expect(omgekeerd).toEqual(a);
    expect(rank(k, items, W, { ...CONTEXT, limit: 25 })).toEqual(a);
  });

  it('ordent gelijke scores op id', () => {
    const gelijk = [vacature({ id: 'v-c' }), vacature({ id: 'v-a' }), vacature({ id: 'v-b' })];
    expect(rank(kandidaat(), gelijk, W, { ...CONTEXT, limit: 2 }).map((t) => t.item.id)).toEqual(['v-a', 'v-b']);
  });

  it('laat uitgesloten items weg', () => {
    const top = rank(kandidaat({ rijbewijs: false }), [vacature({ rijbewijsVereist: true })], W, {
      ...CONTEXT,
      limit: 5,
    });
    expect(top).toEqual([]);
  });

  it('limit 0 en een lege lijst geven niets; een ongeldige limit is een fout', () => {
    expect(rank(k, items, W, { ...CONTEXT, limit: 0 })).toEqual([]);
    expect(rank(k, [], W, { ...CONTEXT, limit: 10 })).toEqual([]);
    expect(() => rank(k, items, W, { ...CONTEXT, limit: -1 })).toThrow(RangeError);
    expect(() => rank(k, items, W, { ...CONTEXT, limit: 2.5 })).toThrow(RangeError);
  });

  it('elke treffer draagt zijn volledige uitleg', () => {
    for (const t of rank(k, items, W, { ...CONTEXT, limit: 10 })) {
      expect(t).toEqual({ item: t.item, ...scoreDoel(k, t.item, W, CONTEXT) });
    }
  });
});

describe('rankKandidaten: de beste kandidaten voor één vacature of werkgever', () => {
  const pool = kandidaten(3000, 11);

  it.each([
    ['vacature', vacature({ occupation: 'orderpicker', requiredSkills: ['VCA'], rijbewijsVereist: true })],
    ['werkgever', werkgever()],
  ])('geeft voor een %s hetzelfde als de volledige scan', (_, doel) => {
    const verwacht = volledigeScan(pool, (k) => scoreDoel(k, doel, W, CONTEXT), 40);
    expect(rankKandidaten(doel, pool, W, { ...CONTEXT, limit: 40 })).toEqual(verwacht);
  });

  it('is deterministisch over herhaalde runs', () => {
    const v = vacature();
    const a = rankKandidaten(v, pool, W, { ...CONTEXT, limit: 20 });
    expect(rankKandidaten(v, [...pool].reverse(), W, { ...CONTEXT, limit: 20 })).toEqual(a);
    expect(a[0]).toEqual({ item: a[0].item, ...scoreVacature(a[0].item, v, W, CONTEXT) });
  });
});
