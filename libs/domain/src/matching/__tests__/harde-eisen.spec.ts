import { DEFAULT_MATCH_WEIGHTS as W, MatchWeights, scoreVacature, scoreWerkgever } from '..';
import { afstandKm } from '../../geo';
import { CONTEXT, kandidaat, PLAATS, vacature, werkgever } from './fixtures';

describe('harde eisen sluiten uit, met reden en zin', () => {
  it('geen rijbewijs waar de vacature het vraagt', () => {
    const r = scoreVacature(kandidaat({ rijbewijs: false }), vacature({ rijbewijsVereist: true }), W, CONTEXT);
    expect(r.score).toBe(0);
    expect(r.excluded).toEqual({ reason: 'GEEN_RIJBEWIJS', zin: 'Heeft geen rijbewijs; vacature vraagt rijbewijs B' });
  });

  it('noemt de gevraagde rijbewijscategorie', () => {
    const r = scoreVacature(
      kandidaat({ rijbewijs: false }),
      vacature({ rijbewijsVereist: true, rijbewijsCategorie: 'C' }),
      W,
      CONTEXT,
    );
    expect(r.excluded?.zin).toBe('Heeft geen rijbewijs; vacature vraagt rijbewijs C');
  });

  it('rijbewijs zonder eis sluit niet uit', () => {
    expect(scoreVacature(kandidaat({ rijbewijs: false }), vacature(), W, CONTEXT).excluded).toBeUndefined();
  });

  it('verder dan de reisbereidheid', () => {
    const r = scoreVacature(kandidaat({ reisbereidheidKm: 5 }), vacature(), W, CONTEXT);
    expect(r.excluded).toEqual({
      reason: 'TE_VER_WEG',
      zin: 'Woont 10 km van de vestiging in Tiel; reist maximaal 5 km',
    });
    expect(r.score).toBe(0);
  });

  it('precies op de grens van de reisbereidheid sluit niet uit', () => {
    const k = kandidaat({ lat: PLAATS.tiel.lat, lon: PLAATS.tiel.lon + 0.1 });
    const km = afstandKm(k.lat, k.lon, PLAATS.tiel.lat, PLAATS.tiel.lon);
    expect(scoreVacature({ ...k, reisbereidheidKm: km }, vacature(), W, CONTEXT).excluded).toBeUndefined();
    expect(scoreVacature({ ...k, reisbereidheidKm: km - 0.01 }, vacature(), W, CONTEXT).excluded?.reason).toBe(
      'TE_VER_WEG',
    );
  });

  it('werkgever zonder vacature: te ver van elke vestiging', () => {
    const r = scoreWerkgever(kandidaat({ reisbereidheidKm: 5 }), werkgever(), W, CONTEXT);
    expect(r.excluded?.reason).toBe('TE_VER_WEG');
  });

  it('werkgever zonder vestiging met locatie sluit uit', () => {
    const r = scoreWerkgever(kandidaat(), werkgever({ vestigingen: [] }), W, CONTEXT);
    expect(r.excluded).toEqual({ reason: 'TE_VER_WEG', zin: 'Werkgever heeft geen vestiging met bekende locatie' });
  });

  describe('beschikbaarheid met een grace-periode', () => {
    const start = vacature({ startDatum: '2026-03-15' });

    it('binnen de grace (14 dagen) niet uitgesloten, wel minder punten', () => {
      const r = scoreVacature(kandidaat({ beschikbaarVanaf: '2026-03-29' }), start, W, CONTEXT);
      expect(r.excluded).toBeUndefined();
      const f = r.factors.find((x) => x.factor === 'BESCHIKBAARHEID');
      expect(f?.punten).toBeLessThan(f?.maxPunten ?? 0);
    });

    it('één dag na de grace wel uitgesloten', () => {
      const r = scoreVacature(kandidaat({ beschikbaarVanaf: '2026-03-30' }), start, W, CONTEXT);
      expect(r.excluded).toEqual({
        reason: 'NIET_OP_TIJD_BESCHIKBAAR',
        zin: 'Pas beschikbaar vanaf 30 maart 2026; vacature start 15 maart 2026 (uiterlijk 14 dagen later)',
      });
    });

    it('de grace is een gewicht, geen getal in de code', () => {
      const streng: MatchWeights = { ...W, beschikbaarheid: { graceDagen: 0 } };
      const r = scoreVacature(kandidaat({ beschikbaarVanaf: '2026-03-16' }), start, streng, CONTEXT);
      expect(r.excluded?.reason).toBe('NIET_OP_TIJD_BESCHIKBAAR');
    });

    it('zonder startdatum start de vacature op de peildatum', () => {
      const r = scoreVacature(kandidaat({ beschikbaarVanaf: '2026-03-01' }), vacature({ startDatum: undefined }), W, {
        peildatum: '2026-02-01',
      });
      expect(r.excluded?.reason).toBe('NIET_OP_TIJD_BESCHIKBAAR');
    });
  });

  describe('taalniveau', () => {
    it('te laag sluit uit wanneer de vacature het minimum hard maakt', () => {
      const r = scoreVacature(
        kandidaat({ nederlandsNiveau: 'A2' }),
        vacature({ nederlandsNiveauMin: 'B1', nederlandsNiveauHard: true }),
        W,
        CONTEXT,
      );
      expect(r.excluded).toEqual({
        reason: 'TAALNIVEAU_TE_LAAG',
        zin: 'Spreekt Nederlands op A2; vacature vraagt minimaal B1',
      });
    });

    it('te laag kost alleen punten wanneer het minimum zacht is', () => {
      const r = scoreVacature(
        kandidaat({ nederlandsNiveau: 'A2' }),
        vacature({ nederlandsNiveauMin: 'B1' }),
        W,
        CONTEXT,
      );
      expect(r.excluded).toBeUndefined();
      expect(r.factors.find((f) => f.factor === 'NEDERLANDS')).toEqual({
        factor: 'NEDERLANDS',
        punten: 3.3,
        maxPunten: 5,
        zin: 'Spreekt Nederlands op A2; vacature vraagt minimaal B1',
      });
    });

    it('onbekend niveau sluit niet uit, ook niet bij een hard minimum', () => {
      const r = scoreVacature(
        kandidaat({ nederlandsNiveau: undefined }),
        vacature({ nederlandsNiveauMin: 'B1', nederlandsNiveauHard: true }),
        W,
        CONTEXT,
      );
      expect(r.excluded).toBeUndefined();
    });

    it('moedertaal voldoet aan elk minimum', () => {
      const r = scoreVacature(
        kandidaat({ nederlandsNiveau: 'MOEDERTAAL' }),
        vacature({ nederlandsNiveauMin: 'C2', nederlandsNiveauHard: true }),
        W,
        CONTEXT,
      );
      expect(r.excluded).toBeUndefined();
    });
  });

  it('een uitgesloten match toont toch zijn factoren', () => {
    const r = scoreVacature(kandidaat({ rijbewijs: false }), vacature({ rijbewijsVereist: true }), W, CONTEXT);
    expect(r.factors.map((f) => f.factor)).toContain('BEROEP');
  });

  it('meldt de eerste geschonden eis in vaste volgorde (rijbewijs vóór afstand)', () => {
    const r = scoreVacature(
      kandidaat({ rijbewijs: false, reisbereidheidKm: 1 }),
      vacature({ rijbewijsVereist: true }),
      W,
      CONTEXT,
    );
    expect(r.excluded?.reason).toBe('GEEN_RIJBEWIJS');
  });
});
