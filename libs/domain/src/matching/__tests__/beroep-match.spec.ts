import { DEFAULT_MATCH_WEIGHTS as W, MatchWeights, scoreVacature } from '..';
import { CONTEXT, kandidaat, vacature } from './fixtures';

const beroepPunten = (wens: string, occupation: string, w: MatchWeights = W, title = occupation) =>
  scoreVacature(kandidaat({ beroepswensen: [wens] }), vacature({ occupation, title }), w, CONTEXT).factors.find(
    (f) => f.factor === 'BEROEP',
  )?.punten;

describe('beroep: synoniemen tellen als volledige match, de beroepsgroep deels', () => {
  it.each([
    ['orderpicker', 'magazijnmedewerker'],
    ['orderverzamelaar', 'Magazijnmedewerker'],
    ['heftruckchauffeur', 'vorkheftruckbestuurder'],
    ['schoonmaker', 'interieurverzorger'],
    ['productiemedewerker', 'operator'],
    ['hovenier', 'medewerker groen'],
    ['groenvoorziener', 'Hovenier'],
    ['caissière', 'kassamedewerker'],
  ])('%s ≈ %s', (wens, occupation) => {
    expect(beroepPunten(wens, occupation)).toBe(30);
  });

  it('herkent een vacaturetitel met ruis ("Orderpicker (m/v) parttime 24 uur")', () => {
    expect(beroepPunten('magazijnmedewerker', 'Orderpicker (m/v) parttime 24 uur')).toBe(30);
  });

  it('valt terug op de titel wanneer het beroepsveld onbekend is', () => {
    expect(beroepPunten('hovenier', 'diversen', W, 'Groenvoorziener Tiel')).toBe(30);
  });

  it('zelfde beroepsgroep, ander beroep: het gewicht zelfdeBeroepsgroep', () => {
    expect(beroepPunten('inpakker', 'orderpicker')).toBe(9);
    const streng: MatchWeights = { ...W, beroep: { zelfdeBeroepsgroep: 0.2 } };
    expect(beroepPunten('inpakker', 'orderpicker', streng)).toBe(6);
  });

  it('een onbekende samenstelling valt via haar delen in een beroepsgroep', () => {
    // "bakkerijhulp" is in no synonym group; the part "bakkerij" hints productie, like "bakker".
    expect(beroepPunten('bakkerijhulp', 'slager')).toBe(9);
  });

  it('andere beroepsgroep: geen punten', () => {
    expect(beroepPunten('kok', 'orderpicker')).toBe(0);
  });

  it('twee onbekende maar gelijke titels matchen volledig', () => {
    expect(beroepPunten('Bijenhouder', 'bijenhouder')).toBe(30);
  });

  it('de beste van meerdere wensen telt', () => {
    const r = scoreVacature(
      kandidaat({ beroepswensen: ['kok', 'inpakker', 'orderverzamelaar'] }),
      vacature({ occupation: 'magazijnmedewerker' }),
      W,
      CONTEXT,
    );
    expect(r.factors.find((f) => f.factor === 'BEROEP')).toMatchObject({
      punten: 30,
      zin: 'Zoekt werk als orderverzamelaar, hetzelfde beroep als magazijnmedewerker',
    });
  });

  it('vaardigheden: synoniemen tellen volledig', () => {
    const r = scoreVacature(
      kandidaat({ skills: ['heftruckdiploma', 'hygiënecode'] }),
      vacature({ requiredSkills: ['heftruckcertificaat', 'HACCP'] }),
      W,
      CONTEXT,
    );
    expect(r.factors.find((f) => f.factor === 'VAARDIGHEDEN')?.punten).toBe(15);
  });
});
