import { psoBerekening, type PsoInput } from '../pso';
import { rivierenland } from './fixtures';

// RULES.md §3: T = 48; a WW-er 1.0 FTE regulier, a Participatiewet worker with LKS 0.8 FTE gedetacheerd,
// a BBL-2 student 1.0 FTE, a proefplaatsing 1.0 FTE; €40,000 bought from an SW-bedrijf with €6,000,000 turnover
// and 150 target-group FTE.
const input: PsoInput = {
  totaalFte: 48,
  peildatum: '2026-12-31',
  medewerkers: [
    { fte: '1.0', uitgangspositie: 'WW', contractType: 'REGULIER' },
    { fte: '0.8', uitgangspositie: 'PARTICIPATIEWET_MET_LKS', contractType: 'DETACHERING', lksLooptTot: null },
    { fte: '1.0', uitgangspositie: 'BBL_BOL_NIVEAU_2', contractType: 'REGULIER' },
    { fte: '1.0', uitgangspositie: 'DOELGROEPREGISTER', contractType: 'PROEFPLAATSING' },
  ],
  inkopen: [
    {
      leverancierType: 'SW_BEDRIJF',
      factuurbedragExclBtw: '40000',
      leverancierJaaromzet: '6000000',
      leverancierDoelgroepFte: 150,
    },
  ],
  kandidaatUrenPerWeek: 36,
};

describe('PSO — the weighted example of RULES.md §3', () => {
  const r = psoBerekening(input, rivierenland);

  it('weighs each employee: 0.75, 0.72, 0.25 and 0 → D = 1.72, direct 3.58 %', () => {
    expect(r.medewerkers.map((m) => m.gewogenFte)).toEqual(['0.75', '0.72', '0.25', '0.00']);
    expect(r.directFte).toBe('1.72');
    expect(r.directPct).toBe('3.58');
  });

  it('indirect: I = 150 × 40,000 / 6,000,000 = 1.0 FTE, 1/49 = 2.04 %', () => {
    expect(r.indirectFte).toBe('1.00');
    expect(r.indirectPct).toBe('2.04');
  });

  it('score 5.62 % reaches trede 2 on the interpolated norms for 48 FTE (estimate), not 30+', () => {
    expect(r).toMatchObject({
      parameterSetId: 'werkzaak-rivierenland-2026',
      bron: 'MATCHPUNT_SCHATTING',
      scorePct: '5.62',
      trede: 2,
      geschat: true,
      dertigPlus: false,
      normen: { trede1Pct: '3.16', trede2Pct: '4.06', trede3Pct: '7.04', geschat: true, rijen: [45, 50] },
    });
  });

  it('needs 0.73 FTE more for trede 3 (solved numerically), one 36-hour candidate', () => {
    expect(r.volgendeTrede).toEqual({ trede: 3, normPct: '7.04', fte: '0.73', kandidaten: 1 });
    expect(r.gaps).toHaveLength(1);
  });
});
