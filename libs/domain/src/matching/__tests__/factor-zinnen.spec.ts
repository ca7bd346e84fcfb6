import { DEFAULT_MATCH_WEIGHTS as W, MatchFactor, MatchResultaat, scoreVacature, scoreWerkgever } from '..';
import { CONTEXT, contextMet, kandidaat, PLAATS, vacature, werkgever } from './fixtures';

const factor = (r: MatchResultaat, f: MatchFactor) => r.factors.find((x) => x.factor === f);
const zin = (r: MatchResultaat, f: MatchFactor) => factor(r, f)?.zin;

describe('elke factor legt zichzelf uit in één Nederlandse zin', () => {
  it('BEROEP: zelfde term, synoniem, zelfde beroepsgroep, geen match, geen wens', () => {
    const v = vacature({ occupation: 'magazijnmedewerker' });
    expect(zin(scoreVacature(kandidaat({ beroepswensen: ['magazijnmedewerker'] }), v, W, CONTEXT), 'BEROEP')).toBe(
      'Zoekt werk als magazijnmedewerker, het beroep van deze vacature',
    );
    expect(zin(scoreVacature(kandidaat({ beroepswensen: ['orderpicker'] }), v, W, CONTEXT), 'BEROEP')).toBe(
      'Zoekt werk als orderpicker, hetzelfde beroep als magazijnmedewerker',
    );
    expect(zin(scoreVacature(kandidaat({ beroepswensen: ['inpakker'] }), v, W, CONTEXT), 'BEROEP')).toBe(
      'Zoekt werk als inpakker; magazijnmedewerker valt in dezelfde beroepsgroep (logistiek en magazijn)',
    );
    expect(zin(scoreVacature(kandidaat({ beroepswensen: ['kok', 'afwasser'] }), v, W, CONTEXT), 'BEROEP')).toBe(
      'Zoekt werk als kok of afwasser; vacature is magazijnmedewerker',
    );
    expect(zin(scoreVacature(kandidaat({ beroepswensen: [] }), v, W, CONTEXT), 'BEROEP')).toBe(
      'Geen beroepswens opgegeven; vacature is magazijnmedewerker',
    );
  });

  it('VAARDIGHEDEN: gevraagde en gewenste, met wat ontbreekt', () => {
    const v = vacature({ requiredSkills: ['VCA', 'heftruckcertificaat', 'HACCP'], preferredSkills: ['EHBO', 'BHV'] });
    const k = kandidaat({ skills: ['vca basis', 'heftruckdiploma', 'bedrijfshulpverlening'] });
    expect(zin(scoreVacature(k, v, W, CONTEXT), 'VAARDIGHEDEN')).toBe(
      'Heeft 2 van 3 gevraagde vaardigheden (VCA en heftruckcertificaat); mist HACCP; heeft 1 van 2 gewenste (BHV)',
    );
    expect(zin(scoreVacature(kandidaat({ skills: [] }), v, W, CONTEXT), 'VAARDIGHEDEN')).toBe(
      'Heeft geen van 3 gevraagde vaardigheden; mist VCA, heftruckcertificaat en HACCP; mist gewenste EHBO en BHV',
    );
  });

  it('VAARDIGHEDEN: geldt niet wanneer de vacature niets vraagt', () => {
    const r = scoreVacature(kandidaat(), vacature({ requiredSkills: [], preferredSkills: [] }), W, CONTEXT);
    expect(factor(r, 'VAARDIGHEDEN')).toBeUndefined();
  });

  it('AFSTAND: afstand tot de vestiging, reisbereidheid en vervoer', () => {
    const r = scoreVacature(kandidaat({ vervoer: ['FIETS', 'OV'] }), vacature(), W, CONTEXT);
    expect(zin(r, 'AFSTAND')).toBe('Woont 10 km van de vestiging in Tiel; reist tot 25 km (fiets, ov)');
    const dichtbij = scoreVacature(kandidaat({ ...PLAATS.tiel, vervoer: [] }), vacature(), W, CONTEXT);
    expect(zin(dichtbij, 'AFSTAND')).toBe('Woont minder dan 1 km van de vestiging in Tiel; reist tot 25 km');
    expect(factor(dichtbij, 'AFSTAND')?.punten).toBe(15);
  });

  it('UREN: enkel getal en bereik', () => {
    expect(zin(scoreVacature(kandidaat(), vacature(), W, CONTEXT), 'UREN')).toBe('Zoekt 24 uur, vacature 20–28 uur');
    const r = scoreVacature(
      kandidaat({ urenMin: 12, urenMax: 16 }),
      vacature({ urenMin: 32, urenMax: 32 }),
      W,
      CONTEXT,
    );
    expect(zin(r, 'UREN')).toBe('Zoekt 12–16 uur, vacature 32 uur');
    expect(factor(r, 'UREN')?.punten).toBe(0);
  });

  it('UREN: een gat kleiner dan de tolerantie geeft deels punten', () => {
    const r = scoreVacature(
      kandidaat({ urenMin: 16, urenMax: 16 }),
      vacature({ urenMin: 20, urenMax: 24 }),
      W,
      CONTEXT,
    );
    expect(factor(r, 'UREN')).toMatchObject({ punten: 5, maxPunten: 10 });
  });

  it('BESCHIKBAARHEID: direct, vanaf een datum, binnen de grace, start per direct', () => {
    const v = vacature({ startDatum: '2026-03-15' });
    expect(zin(scoreVacature(kandidaat({ beschikbaarVanaf: '2026-01-10' }), v, W, CONTEXT), 'BESCHIKBAARHEID')).toBe(
      'Direct beschikbaar; vacature start 15 maart 2026',
    );
    expect(zin(scoreVacature(kandidaat({ beschikbaarVanaf: '2026-03-01' }), v, W, CONTEXT), 'BESCHIKBAARHEID')).toBe(
      'Beschikbaar vanaf 1 maart 2026; vacature start 15 maart 2026',
    );
    expect(zin(scoreVacature(kandidaat({ beschikbaarVanaf: '2026-03-20' }), v, W, CONTEXT), 'BESCHIKBAARHEID')).toBe(
      'Beschikbaar vanaf 20 maart 2026, 5 dagen na de start; vacature start 15 maart 2026',
    );
    const perDirect = vacature({ startDatum: undefined });
    expect(
      zin(scoreVacature(kandidaat({ beschikbaarVanaf: '2026-01-10' }), perDirect, W, CONTEXT), 'BESCHIKBAARHEID'),
    ).toBe('Direct beschikbaar; vacature start per direct');
  });

  it('SECTOR: wel en niet in de gewenste sector; geen wens = geen factor', () => {
    expect(
      zin(scoreVacature(kandidaat({ sectorWensen: ['H'] }), vacature({ sector: 'H' }), W, CONTEXT), 'SECTOR'),
    ).toBe('Zoekt werk in vervoer en opslag (H), de sector van deze vacature');
    const nee = scoreWerkgever(kandidaat({ sectorWensen: ['Q', 'I'] }), werkgever({ sector: 'C' }), W, CONTEXT);
    expect(zin(nee, 'SECTOR')).toBe(
      'Zoekt werk in gezondheids- en welzijnszorg (Q) of horeca (I); werkgever zit in industrie (C)',
    );
    expect(factor(nee, 'SECTOR')?.punten).toBe(0);
    expect(factor(scoreVacature(kandidaat({ sectorWensen: [] }), vacature(), W, CONTEXT), 'SECTOR')).toBeUndefined();
  });

  it('SECTOR: een vacature zonder sector neemt die van de werkgever', () => {
    const wg = werkgever({ sector: 'C' });
    const r = scoreVacature(kandidaat({ sectorWensen: ['C'] }), vacature({ sector: undefined }), W, contextMet(wg));
    expect(factor(r, 'SECTOR')?.punten).toBe(5);
  });

  it('NEDERLANDS: niveau tegen minimum, onbekend, moedertaal; geen minimum = geen factor', () => {
    const v = vacature({ nederlandsNiveauMin: 'A2' });
    expect(zin(scoreVacature(kandidaat({ nederlandsNiveau: 'B1' }), v, W, CONTEXT), 'NEDERLANDS')).toBe(
      'Spreekt Nederlands op B1; vacature vraagt minimaal A2',
    );
    expect(zin(scoreVacature(kandidaat({ nederlandsNiveau: 'MOEDERTAAL' }), v, W, CONTEXT), 'NEDERLANDS')).toBe(
      'Spreekt Nederlands op moedertaalniveau; vacature vraagt minimaal A2',
    );
    const onbekend = scoreVacature(kandidaat({ nederlandsNiveau: undefined }), v, W, CONTEXT);
    expect(factor(onbekend, 'NEDERLANDS')).toEqual({
      factor: 'NEDERLANDS',
      punten: 2.5,
      maxPunten: 5,
      zin: 'Taalniveau Nederlands onbekend; vacature vraagt minimaal A2',
    });
    expect(factor(scoreVacature(kandidaat(), vacature(), W, CONTEXT), 'NEDERLANDS')).toBeUndefined();
  });

  it('INSTRUMENTEN: alle, deels, geen', () => {
    const k = kandidaat({ instrumenten: ['LKS', 'NO_RISKPOLIS'] });
    expect(zin(scoreVacature(k, vacature({ instrumenten: ['LKS', 'NO_RISKPOLIS'] }), W, CONTEXT), 'INSTRUMENTEN')).toBe(
      'Werkgever accepteert loonkostensubsidie en no-riskpolis',
    );
    const deels = scoreVacature(k, vacature({ instrumenten: ['NO_RISKPOLIS'] }), W, CONTEXT);
    expect(zin(deels, 'INSTRUMENTEN')).toBe('Werkgever accepteert no-riskpolis; niet: loonkostensubsidie');
    expect(factor(deels, 'INSTRUMENTEN')?.punten).toBe(2.5);
    expect(zin(scoreVacature(k, vacature({ instrumenten: [] }), W, CONTEXT), 'INSTRUMENTEN')).toBe(
      'Werkgever accepteert geen loonkostensubsidie of no-riskpolis',
    );
  });

  it('INSTRUMENTEN en DOELGROEP: de algemene van de werkgever tellen mee voor een vacature', () => {
    const wg = werkgever({ acceptedInstrumenten: ['JOBCOACH'], openDoelgroepen: ['STATUSHOUDER'] });
    const k = kandidaat({ instrumenten: ['JOBCOACH'], doelgroepen: ['STATUSHOUDER'] });
    const r = scoreVacature(k, vacature({ instrumenten: [], doelgroepen: [] }), W, contextMet(wg));
    expect(factor(r, 'INSTRUMENTEN')?.punten).toBe(5);
    expect(zin(r, 'DOELGROEP')).toBe('Vacature staat open voor statushouders');
  });

  it('DOELGROEP: open, deels, niet', () => {
    const k = kandidaat({ doelgroepen: ['BANENAFSPRAAK', '50PLUS'] });
    expect(zin(scoreVacature(k, vacature({ doelgroepen: ['BANENAFSPRAAK'] }), W, CONTEXT), 'DOELGROEP')).toBe(
      'Vacature staat open voor banenafspraak; niet voor 50-plussers',
    );
    expect(zin(scoreWerkgever(k, werkgever({ openDoelgroepen: [] }), W, CONTEXT), 'DOELGROEP')).toBe(
      'Werkgever staat niet open voor banenafspraak en 50-plussers',
    );
  });

  it('HISTORIE: plaatsingen in de beroepsgroep; geen werkgever bekend = geen factor', () => {
    const wg = werkgever({ history: { plaatsingenPerBeroepsgroep: { logistiek: 1 }, reacties: [] } });
    expect(zin(scoreVacature(kandidaat(), vacature(), W, contextMet(wg)), 'HISTORIE')).toBe(
      'Werkgever plaatste eerder 1 kandidaat in logistiek en magazijn',
    );
    const nieuw = werkgever({ history: { plaatsingenPerBeroepsgroep: {}, reacties: [{ reden: 'GEEN_PLEK' }] } });
    expect(zin(scoreWerkgever(kandidaat(), nieuw, W, CONTEXT), 'HISTORIE')).toBe(
      'Nog geen plaatsingen in logistiek en magazijn bij deze werkgever; meldde 1× geen plek',
    );
    expect(factor(scoreVacature(kandidaat(), vacature(), W, CONTEXT), 'HISTORIE')).toBeUndefined();
  });

  it('een versterkte factor zegt waarom hij zwaarder weegt', () => {
    const wg = werkgever({ history: { plaatsingenPerBeroepsgroep: {}, reacties: [{ reden: 'TE_VER_WEG' }] } });
    const f = factor(scoreWerkgever(kandidaat({ vervoer: [] }), wg, W, CONTEXT), 'AFSTAND');
    expect(f?.maxPunten).toBe(40);
    expect(f?.zin).toBe(
      'Woont 10 km van de vestiging in Tiel; reist tot 25 km; weegt ×2: werkgever gaf eerder "te ver weg" aan',
    );
  });

  it('score is Σ punten / Σ maxPunten × 100 over de factoren die gelden', () => {
    const r = scoreVacature(kandidaat(), vacature({ preferredSkills: ['HACCP'] }), W, CONTEXT);
    const som = r.factors.reduce((s, f) => s + f.punten, 0);
    const max = r.factors.reduce((s, f) => s + f.maxPunten, 0);
    expect(r.score).toBeCloseTo((100 * som) / max, 0);
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(100);
  });
});
