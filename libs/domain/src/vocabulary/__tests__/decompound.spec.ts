import { decompound, SAMENSTELLINGSDELEN } from '..';

describe('decompound', () => {
  it.each([
    ['vrachtwagenchauffeur', ['vrachtwagen', 'chauffeur']],
    ['heftruckchauffeur', ['heftruck', 'chauffeur']],
    ['Heftruckchauffeur', ['heftruck', 'chauffeur']],
    ['vorkheftruckbestuurder', ['vorkheftruck', 'bestuurder']],
    ['magazijnmedewerker', ['magazijn', 'medewerker']],
    ['schoonmaakmedewerker', ['schoonmaak', 'medewerker']],
    ['interieurverzorger', ['interieur', 'verzorger']],
    ['buschauffeur', ['bus', 'chauffeur']],
    ['nachtorderpicker', ['nacht', 'order', 'picker']],
  ])('%s → %j', (woord, delen) => {
    expect(decompound(woord)).toEqual(delen);
  });

  it('laat de tussen-s weg', () => {
    expect(decompound('onderhoudsmonteur')).toEqual(['onderhoud', 'monteur']);
    expect(decompound('kwaliteitscontroleur')).toEqual(['kwaliteit', 'controleur']);
  });

  it('een bekend deel blijft heel, ook als het zelf delen bevat ("medewerker" is geen "mede"+"werker")', () => {
    expect(decompound('medewerker')).toEqual(['medewerker']);
    expect(decompound('chauffeur')).toEqual(['chauffeur']);
  });

  it('splitst een onbekend eerste deel af wanneer de staart bekend is', () => {
    expect(decompound('tandartsassistent')).toEqual(['tandarts', 'assistent']);
    expect(decompound('bakkerijhulp')).toEqual(['bakkerij', 'hulp']);
  });

  it('laat woorden zonder bekende staart heel', () => {
    expect(decompound('glazenwasser')).toEqual(['glazenwasser']);
    expect(decompound('barista')).toEqual(['barista']);
    expect(decompound('verspaner')).toEqual(['verspaner']);
    expect(decompound('kok')).toEqual(['kok']);
  });

  it('splitst meerdere woorden en koppeltekens eerst', () => {
    expect(decompound('Medewerker kassa-magazijnbeheer')).toEqual(['medewerker', 'kassa', 'magazijnbeheer']);
    expect(decompound('Chauffeur vrachtwagen')).toEqual(['chauffeur', 'vrachtwagen']);
    expect(decompound('zorg-assistent')).toEqual(['zorg', 'assistent']);
    expect(decompound('')).toEqual([]);
  });

  it('elk deel dat het teruggeeft voor een gesplitst woord is bekend of een kop van minstens 3 letters', () => {
    for (const woord of ['vrachtwagenchauffeur', 'heftruckchauffeur', 'kassamedewerker', 'bouwplaatsmedewerker']) {
      const delen = decompound(woord);
      expect(delen.length).toBeGreaterThan(1);
      for (const deel of delen.slice(1)) expect(Object.keys(SAMENSTELLINGSDELEN)).toContain(deel);
    }
  });
});
