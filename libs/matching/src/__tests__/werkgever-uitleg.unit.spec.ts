import { DEFAULT_MATCH_WEIGHTS, MatchKandidaat, MatchVacature, scoreVacature } from '@matchpunt/domain';
import { INSTRUMENTEN_ZIN_WERKGEVER, uitlegVoorWerkgever } from '../utils/werkgever-uitleg';

const kandidaat: MatchKandidaat = {
  id: 'k1',
  beroepswensen: ['orderpicker'],
  skills: ['scanner'],
  lat: 51.887,
  lon: 5.429,
  reisbereidheidKm: 25,
  urenMin: 24,
  urenMax: 32,
  beschikbaarVanaf: '2026-03-01',
  rijbewijs: true,
  vervoer: ['AUTO'],
  sectorWensen: ['H'],
  doelgroepen: ['BANENAFSPRAAK', 'BESCHUT'],
  instrumenten: ['LKS', 'NO_RISKPOLIS'],
};

const vacature: MatchVacature = {
  soort: 'VACATURE',
  id: 'v1',
  werkgeverId: 'w1',
  title: 'Orderpicker',
  occupation: 'orderpicker',
  requiredSkills: ['scanner'],
  preferredSkills: [],
  lat: 51.89,
  lon: 5.4,
  plaats: 'Tiel',
  urenMin: 24,
  urenMax: 32,
  rijbewijsVereist: false,
  doelgroepen: ['BANENAFSPRAAK'],
  instrumenten: ['LKS'],
};

describe('uitlegVoorWerkgever', () => {
  const staf = scoreVacature(kandidaat, vacature, DEFAULT_MATCH_WEIGHTS, { peildatum: '2026-03-01' }).factors;

  it('the staff explanation names indications (the reason for the filter)', () => {
    expect(staf.find((f) => f.factor === 'DOELGROEP')?.zin).toMatch(/banenafspraak/);
    expect(staf.find((f) => f.factor === 'INSTRUMENTEN')?.zin).toMatch(/loonkostensubsidie/);
  });

  it('leaves out the doelgroep sentence and rephrases the instruments without naming them', () => {
    const werkgever = uitlegVoorWerkgever(staf);
    expect(werkgever.map((f) => f.factor)).not.toContain('DOELGROEP');
    expect(werkgever.find((f) => f.factor === 'INSTRUMENTEN')).toMatchObject({ zin: INSTRUMENTEN_ZIN_WERKGEVER });
    const tekst = werkgever.map((f) => f.zin).join(' | ');
    for (const woord of ['banenafspraak', 'beschut', 'loonkostensubsidie', 'no-riskpolis', 'staat open voor'])
      expect(tekst.toLowerCase()).not.toContain(woord);
    expect(werkgever.filter((f) => f.factor !== 'INSTRUMENTEN')).toEqual(
      staf.filter((f) => f.factor !== 'DOELGROEP' && f.factor !== 'INSTRUMENTEN'),
    );
  });

  it('drops the instruments factor when it scored nothing', () => {
    const zonder = scoreVacature(kandidaat, { ...vacature, instrumenten: [] }, DEFAULT_MATCH_WEIGHTS, {
      peildatum: '2026-03-01',
    }).factors;
    expect(zonder.find((f) => f.factor === 'INSTRUMENTEN')?.punten).toBe(0);
    expect(uitlegVoorWerkgever(zonder).map((f) => f.factor)).not.toContain('INSTRUMENTEN');
  });
});
