import { beroepsgroep, herkenTerm, synoniemen } from '..';

describe('synoniemen', () => {
  it('geeft de hele groep, voor elke term in de groep', () => {
    expect(synoniemen('orderpicker')).toEqual(expect.arrayContaining(['magazijnmedewerker', 'orderverzamelaar']));
    expect(synoniemen('Magazijnmedewerker')).toEqual(synoniemen('orderverzamelaar'));
  });

  it.each([
    ['heftruckchauffeur', ['vorkheftruckbestuurder', 'heftruckbestuurder']],
    ['schoonmaker', ['schoonmaakmedewerker', 'interieurverzorger']],
    ['productiemedewerker', ['operator']],
    ['hovenier', ['groenvoorziener', 'medewerker groen']],
  ])('%s ≈ %j', (term, verwant) => {
    expect(synoniemen(term)).toEqual(expect.arrayContaining([term, ...verwant]));
  });

  it('herkent accenten, koppeltekens, meervoud en ruis', () => {
    expect(synoniemen('Caissière')).toContain('kassamedewerker');
    expect(synoniemen('Zorg-assistent')).toContain('zorghulp');
    expect(synoniemen('chauffeurs')).toContain('chauffeur');
    expect(synoniemen('Orderpicker (m/v) parttime 24 uur')).toContain('magazijnmedewerker');
    expect(synoniemen('Medewerker groen en onderhoud')).toContain('hovenier');
    expect(synoniemen('nachtorderpicker')).toContain('orderpicker');
  });

  it('een onbekende term geeft alleen zichzelf, genormaliseerd', () => {
    expect(synoniemen('  Bijenhoudster ')).toEqual(['bijenhoudster']);
    expect(synoniemen('')).toEqual([]);
  });

  it('vaardigheden hebben ook synoniemen', () => {
    expect(synoniemen('HACCP')).toContain('hygienecode');
    expect(synoniemen('VCA')).toContain('vca basis');
  });
});

describe('beroepsgroep', () => {
  it.each([
    ['orderpicker', 'logistiek'],
    ['vorkheftruckbestuurder', 'logistiek'],
    ['interieurverzorger', 'schoonmaak'],
    ['operator', 'productie'],
    ['groenvoorziener', 'groen'],
    ['zelfstandig werkend kok', 'horeca'],
    ['verzorgende IG', 'zorg'],
    ['vakkenvuller', 'detailhandel'],
    ['stratenmaker', 'bouw'],
    ['receptioniste', 'administratie'],
    ['elektricien', 'techniek'],
    ['vrachtwagenchauffeur', 'transport'],
    ['beveiliger', 'facilitair'],
  ])('%s → %s', (term, groep) => {
    expect(beroepsgroep(term)).toBe(groep);
  });

  it('valt voor een onbekende samenstelling terug op de kop, dan de andere delen', () => {
    expect(beroepsgroep('pakketsorteerder')).toBe('logistiek');
    expect(beroepsgroep('bakkerijhulp')).toBe('productie');
    expect(beroepsgroep('kantinehulp')).toBe('horeca');
  });

  it('onbekend blijft onbekend, ook namen van objecteigenschappen', () => {
    expect(beroepsgroep('bijenhouder')).toBeUndefined();
    expect(beroepsgroep('constructor')).toBeUndefined();
    expect(beroepsgroep('toString')).toBeUndefined();
    expect(synoniemen('__proto__')).toEqual(['__proto__']);
    expect(herkenTerm('bijenhouder')).toEqual({ sleutel: 'bijenhouder' });
  });
});
