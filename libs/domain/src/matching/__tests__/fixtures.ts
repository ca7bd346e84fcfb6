import type { MatchContext, MatchKandidaat, MatchVacature, MatchWerkgever } from '..';

/** Tiel, Culemborg, Zaltbommel and Nijmegen (PC4 centres, GeoNames). */
export const PLAATS = {
  tiel: { lat: 51.8861, lon: 5.4295, plaats: 'Tiel' },
  culemborg: { lat: 51.9553, lon: 5.2272, plaats: 'Culemborg' },
  zaltbommel: { lat: 51.8104, lon: 5.2498, plaats: 'Zaltbommel' },
  nijmegen: { lat: 51.8426, lon: 5.8527, plaats: 'Nijmegen' },
  geldermalsen: { lat: 51.8815, lon: 5.2883, plaats: 'Geldermalsen' },
} as const;

export function kandidaat(over: Partial<MatchKandidaat> = {}): MatchKandidaat {
  return {
    id: 'k-1',
    beroepswensen: ['orderpicker'],
    skills: ['VCA', 'heftruckcertificaat'],
    lat: PLAATS.geldermalsen.lat,
    lon: PLAATS.geldermalsen.lon,
    reisbereidheidKm: 25,
    urenMin: 24,
    urenMax: 24,
    beschikbaarVanaf: '2026-03-01',
    rijbewijs: true,
    vervoer: ['FIETS'],
    nederlandsNiveau: 'B1',
    sectorWensen: ['H'],
    doelgroepen: ['BANENAFSPRAAK'],
    instrumenten: ['LKS'],
    ...over,
  };
}

export function vacature(over: Partial<MatchVacature> = {}): MatchVacature {
  return {
    soort: 'VACATURE',
    id: 'v-1',
    werkgeverId: 'w-1',
    title: 'Magazijnmedewerker',
    occupation: 'magazijnmedewerker',
    requiredSkills: ['VCA'],
    preferredSkills: [],
    ...PLAATS.tiel,
    urenMin: 20,
    urenMax: 28,
    startDatum: '2026-03-15',
    rijbewijsVereist: false,
    sector: 'H',
    doelgroepen: ['BANENAFSPRAAK'],
    instrumenten: ['LKS'],
    ...over,
  };
}

export function werkgever(over: Partial<MatchWerkgever> = {}): MatchWerkgever {
  return {
    soort: 'WERKGEVER',
    id: 'w-1',
    sector: 'H',
    vestigingen: [{ ...PLAATS.tiel }],
    openDoelgroepen: ['BANENAFSPRAAK'],
    acceptedInstrumenten: ['LKS'],
    history: { plaatsingenPerBeroepsgroep: { logistiek: 3 }, reacties: [] },
    ...over,
  };
}

export const CONTEXT: MatchContext = { peildatum: '2026-02-01' };

export function contextMet(...werkgevers: MatchWerkgever[]): MatchContext {
  return { ...CONTEXT, werkgevers: new Map(werkgevers.map((w) => [w.id, w])) };
}

/** mulberry32: a small seeded PRNG so the generated sets are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
