import {
  beoordeelOvergang,
  dagenInFase,
  EIND_FASEN,
  isOpenFase,
  isPipelineFase,
  OPEN_FASEN,
  PIPELINE_FASEN,
  volgendeFasen,
} from '../pipeline';

describe('voorstel pipeline', () => {
  it('walks the happy path one stage at a time', () => {
    const pad = ['VOORGESTELD', 'BEKEKEN', 'INTERESSE', 'KENNISMAKING', 'PROEFPLAATSING', 'GEPLAATST'] as const;
    for (let i = 1; i < pad.length; i++) expect(beoordeelOvergang(pad[i - 1], pad[i])).toEqual({ toegestaan: true });
  });

  it('allows a placement straight after the kennismaking (a trial placement is optional)', () => {
    expect(beoordeelOvergang('KENNISMAKING', 'GEPLAATST').toegestaan).toBe(true);
  });

  it('refuses skipping stages and names the allowed next stages', () => {
    const oordeel = beoordeelOvergang('VOORGESTELD', 'GEPLAATST');
    expect(oordeel).toEqual({
      toegestaan: false,
      toegestaneFasen: ['BEKEKEN', 'AFGEWEZEN', 'INGETROKKEN'],
      zin: 'Van VOORGESTELD naar GEPLAATST kan niet. Mogelijke volgende fasen: BEKEKEN, AFGEWEZEN, INGETROKKEN.',
    });
    expect(beoordeelOvergang('BEKEKEN', 'KENNISMAKING').toegestaan).toBe(false);
    expect(beoordeelOvergang('INTERESSE', 'PROEFPLAATSING').toegestaan).toBe(false);
  });

  it('never goes back', () => {
    for (let i = 0; i < 6; i++) {
      for (let j = 0; j < i; j++)
        expect(beoordeelOvergang(PIPELINE_FASEN[i], PIPELINE_FASEN[j]).toegestaan).toBe(false);
    }
  });

  it('can reject or withdraw from every open stage, and nothing follows a closed one', () => {
    for (const fase of OPEN_FASEN) {
      expect(beoordeelOvergang(fase, 'AFGEWEZEN').toegestaan).toBe(true);
      expect(beoordeelOvergang(fase, 'INGETROKKEN').toegestaan).toBe(true);
    }
    for (const fase of EIND_FASEN) {
      expect(volgendeFasen(fase)).toEqual([]);
      const oordeel = beoordeelOvergang(fase, 'VOORGESTELD');
      expect(oordeel.toegestaan).toBe(false);
      if (!oordeel.toegestaan)
        expect(oordeel.zin).toBe(`Dit voorstel is afgesloten (${fase}); er volgt geen fase meer.`);
    }
  });

  it('says so when the stage does not change', () => {
    const oordeel = beoordeelOvergang('INTERESSE', 'INTERESSE');
    expect(oordeel.toegestaan).toBe(false);
    if (!oordeel.toegestaan)
      expect(oordeel.zin).toMatch(/^Dit voorstel staat al in fase INTERESSE\. Mogelijke volgende fasen: KENNISMAKING/);
  });

  it('knows open and closed stages and recognises stage names', () => {
    expect(OPEN_FASEN).toEqual(['VOORGESTELD', 'BEKEKEN', 'INTERESSE', 'KENNISMAKING', 'PROEFPLAATSING']);
    expect(isOpenFase('KENNISMAKING')).toBe(true);
    expect(isOpenFase('AFGEWEZEN')).toBe(false);
    expect(isPipelineFase('GEPLAATST')).toBe(true);
    expect(isPipelineFase('geplaatst')).toBe(false);
    expect(isPipelineFase(3)).toBe(false);
  });

  it('counts whole days in a stage, never negative', () => {
    const sinds = new Date('2026-03-01T10:00:00Z');
    expect(dagenInFase(sinds, new Date('2026-03-01T23:59:00Z'))).toBe(0);
    expect(dagenInFase(sinds, new Date('2026-03-02T10:00:00Z'))).toBe(1);
    expect(dagenInFase(sinds, new Date('2026-03-15T09:59:00Z'))).toBe(13);
    expect(dagenInFase(sinds, new Date('2026-02-28T00:00:00Z'))).toBe(0);
  });
});
