import { DEFAULT_MATCH_WEIGHTS, MatchKandidaat, MatchWerkgever, rankKandidaten } from '@matchpunt/domain';
import { urenVanTaken } from '../functiecreatie-kans.entity';
import { FunctiecreatieStatus, isKansWijzigbaar, magKansNaar } from '../functiecreatie.enums';
import { kansAlsVacature } from '../utils/kans-profiel';

const TIEL = { lat: 51.8861, lon: 5.4295, plaats: 'Tiel' };
const kans = {
  id: 'kans-1',
  werkgeverId: 'w-1',
  titel: 'Sorteerhulp retourstroom',
  beroep: 'orderpicker',
  vaardigheden: ['handscanner'],
  taken: [
    { taak: 'retourpakketten sorteren', urenPerWeek: 12 },
    { taak: 'etiketten plakken', urenPerWeek: 8 },
  ],
  urenMin: 12,
  urenMax: 20,
};
const werkgever = { id: 'w-1', sector: 'H', openDoelgroepen: ['BANENAFSPRAAK', 'VIJFTIG_PLUS'], geaccepteerdeInstrumenten: ['LKS', 'DETACHERING'] };
const kandidaat = (over: Partial<MatchKandidaat> = {}): MatchKandidaat => ({
  id: 'k-1',
  beroepswensen: ['orderpicker'],
  skills: ['handscanner'],
  lat: 51.89,
  lon: 5.43,
  reisbereidheidKm: 15,
  urenMin: 16,
  urenMax: 20,
  beschikbaarVanaf: '2026-03-01',
  rijbewijs: false,
  vervoer: ['FIETS'],
  nederlandsNiveau: 'B1',
  sectorWensen: ['H'],
  doelgroepen: ['BANENAFSPRAAK'],
  instrumenten: ['LKS'],
  ...over,
});
const matchWerkgever: MatchWerkgever = {
  soort: 'WERKGEVER',
  id: 'w-1',
  sector: 'H',
  vestigingen: [TIEL],
  openDoelgroepen: ['BANENAFSPRAAK'],
  acceptedInstrumenten: ['LKS'],
  history: { plaatsingenPerBeroepsgroep: {}, reacties: [] },
};

describe('functiecreatie: the kans as a vacancy for the matching engine', () => {
  it('builds hours from the tasks: the largest task up to all of them, at most 40', () => {
    expect(urenVanTaken([{ urenPerWeek: 12 }, { urenPerWeek: 8 }])).toEqual({ urenMin: 12, urenMax: 20 });
    expect(urenVanTaken([{ urenPerWeek: 30 }, { urenPerWeek: 20 }])).toEqual({ urenMin: 30, urenMax: 40 });
  });

  it('maps the kans and its werkgever to the engine (enum names included)', () => {
    const doel = kansAlsVacature(kans, TIEL, werkgever);
    expect(doel).toMatchObject({ soort: 'VACATURE', occupation: 'orderpicker', requiredSkills: [], urenMin: 12, urenMax: 20, rijbewijsVereist: false, sector: 'H' });
    expect(doel.preferredSkills).toEqual(['handscanner', 'retourpakketten sorteren', 'etiketten plakken']);
    expect(doel.doelgroepen).toEqual(['BANENAFSPRAAK', '50PLUS']);
    expect(doel.instrumenten).toEqual(['LKS']);
  });

  it('ranks a nearby candidate with the right wish above a distant one, and leaves out who lives too far', () => {
    const doel = kansAlsVacature(kans, TIEL, werkgever);
    const context = { peildatum: '2026-03-01', werkgevers: new Map([['w-1', matchWerkgever]]), limit: 10 };
    const dichtbij = kandidaat();
    const verder = kandidaat({ id: 'k-2', lat: 51.81, lon: 5.25, reisbereidheidKm: 25, beroepswensen: ['kok'] });
    const teVer = kandidaat({ id: 'k-3', lat: 51.81, lon: 5.25, reisbereidheidKm: 2 });
    const treffers = rankKandidaten(doel, [verder, teVer, dichtbij], DEFAULT_MATCH_WEIGHTS, context);
    expect(treffers.map((t) => t.item.id)).toEqual(['k-1', 'k-2']);
    expect(treffers[0].factors.find((f) => f.factor === 'AFSTAND')?.zin).toMatch(/Tiel/);
  });
});

describe('functiecreatie: status transitions', () => {
  const { VERKEND, UITGEWERKT, GEREALISEERD, VERVALLEN } = FunctiecreatieStatus;
  it.each([
    [VERKEND, UITGEWERKT, true],
    [VERKEND, VERVALLEN, true],
    [VERKEND, GEREALISEERD, false],
    [UITGEWERKT, GEREALISEERD, true],
    [UITGEWERKT, VERVALLEN, true],
    [UITGEWERKT, VERKEND, false],
    [GEREALISEERD, VERVALLEN, false],
    [VERVALLEN, VERKEND, false],
  ])('%s → %s: %s', (van, naar, mag) => {
    expect(magKansNaar(van, naar)).toBe(mag);
  });

  it('can be edited only while open', () => {
    expect([VERKEND, UITGEWERKT, GEREALISEERD, VERVALLEN].map(isKansWijzigbaar)).toEqual([true, true, false, false]);
  });
});
