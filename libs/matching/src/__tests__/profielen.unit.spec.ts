import {
  KandidaatRij,
  naarMatchKandidaat,
  naarMatchVacature,
  naarMatchWerkgever,
  VacatureRij,
} from '../utils/profielen';

const kandidaatRij: KandidaatRij = {
  id: 'k1',
  beroepswensen: ['orderpicker'],
  vaardigheden: ['scanner'],
  regio_lat: 51.88,
  regio_lon: 5.43,
  reisbereidheid_km: 25,
  uren_min: 24,
  uren_max: 32,
  beschikbaar_vanaf: null,
  rijbewijs: true,
  vervoer: ['AUTO', 'GEEN'],
  nederlands_niveau: 'B1',
  sector_wensen: ['H'],
  lks_mogelijk: true,
  no_riskpolis: false,
  proefplaatsing: true,
  jobcoach: false,
  doelgroepen: ['VIJFTIG_PLUS', 'STATUSHOUDER'],
  doelgroepregister: true,
  beschut: false,
};

const vacatureRij: VacatureRij = {
  id: 'v1',
  werkgever_id: 'w1',
  titel: 'Medewerker logistiek',
  beroep: null,
  vereiste_vaardigheden: [],
  gewenste_vaardigheden: ['scanner'],
  uren_min: 20,
  uren_max: 28,
  startdatum: '2026-01-01',
  rijbewijs_vereist: false,
  nederlands_niveau: null,
  doelgroepen: ['VIJFTIG_PLUS'],
  instrumenten: ['LKS', 'DETACHERING'],
  lat: 51.9,
  lon: 5.4,
  plaats: 'Tiel',
};

describe('database rows to the engine', () => {
  it('maps a candidate: doelgroepen from the indications, instruments from the flags, availability from today', () => {
    const k = naarMatchKandidaat(kandidaatRij, '2026-03-01');
    expect(k).toMatchObject({
      beschikbaarVanaf: '2026-03-01',
      vervoer: ['AUTO'],
      nederlandsNiveau: 'B1',
      doelgroepen: ['50PLUS', 'STATUSHOUDER', 'BANENAFSPRAAK'],
      instrumenten: ['LKS', 'PROEFPLAATSING'],
      skills: ['scanner'],
      lat: 51.88,
      reisbereidheidKm: 25,
    });
    expect(
      naarMatchKandidaat(
        { ...kandidaatRij, beschikbaar_vanaf: '2026-04-01', doelgroepen: null, doelgroepregister: null },
        '2026-03-01',
      ),
    ).toMatchObject({
      beschikbaarVanaf: '2026-04-01',
      doelgroepen: [],
    });
  });

  it('maps a vacature: the title as occupation when none is given, a past start date as per direct, unknown instruments dropped', () => {
    const v = naarMatchVacature(vacatureRij, '2026-03-01');
    expect(v).toMatchObject({
      soort: 'VACATURE',
      occupation: 'Medewerker logistiek',
      doelgroepen: ['50PLUS'],
      instrumenten: ['LKS'],
      plaats: 'Tiel',
    });
    expect(v.startDatum).toBeUndefined();
    expect(
      naarMatchVacature({ ...vacatureRij, startdatum: '2026-05-01', beroep: 'orderpicker' }, '2026-03-01'),
    ).toMatchObject({ startDatum: '2026-05-01', occupation: 'orderpicker' });
  });

  it('maps a werkgever with its history', () => {
    const w = naarMatchWerkgever(
      {
        id: 'w1',
        sector: 'H',
        open_doelgroepen: ['BANENAFSPRAAK', 'VIJFTIG_PLUS'],
        geaccepteerde_instrumenten: ['NO_RISKPOLIS'],
      },
      [{ id: 'v1', lat: 51.9, lon: 5.4, plaats: 'Tiel' }],
      { plaatsingenPerBeroepsgroep: {}, reacties: [{ reden: 'TE_VER_WEG', datum: '2026-02-01' }] },
    );
    expect(w).toMatchObject({
      soort: 'WERKGEVER',
      sector: 'H',
      openDoelgroepen: ['BANENAFSPRAAK', '50PLUS'],
      acceptedInstrumenten: ['NO_RISKPOLIS'],
    });
  });
});
