import { psoBerekening } from '../pso';
import { rivierenland } from './fixtures';

// RULES.md §3, example without indirect contribution: T = 48 FTE, D = 1.0 FTE.
describe('PSO — the example without indirect contribution (T = 48, D = 1.0)', () => {
  const r = psoBerekening(
    {
      totaalFte: 48,
      peildatum: '2026-12-31',
      medewerkers: [{ fte: 1, uitgangspositie: 'WAJONG', contractType: 'REGULIER' }],
      kandidaatUrenPerWeek: 16,
    },
    rivierenland,
  );

  it('score 2.08 %: above 0 but below trede 1 = aspirant', () => {
    expect(r.scorePct).toBe('2.08');
    expect(r.indirectPct).toBe('0.00');
    expect(r.trede).toBe('ASPIRANT');
  });

  it('norms for size 48 interpolated between rows 45 and 50: 3.16 / 4.06 / 7.04 %, marked as estimate', () => {
    expect(r.normen).toEqual({
      trede1Pct: '3.16',
      trede2Pct: '4.06',
      trede3Pct: '7.04',
      geschat: true,
      rijen: [45, 50],
    });
    expect(r.geschat).toBe(true);
  });

  it('trede 1 needs 0.53 FTE, trede 2 needs 0.99 FTE (closed form); in 16-hour candidates 2 and 3', () => {
    // 16 h = 0.444 FTE: ceil(0.53 / 0.444) = 2, ceil(0.99 / 0.444) = 3
    expect(r.gaps.map((g) => [g.trede, g.normPct, g.fte, g.kandidaten])).toEqual([
      [1, '3.16', '0.53', 2],
      [2, '4.06', '0.99', 3],
      [3, '7.04', '2.56', 6],
    ]);
    expect(r.volgendeTrede?.fte).toBe('0.53');
  });
});
