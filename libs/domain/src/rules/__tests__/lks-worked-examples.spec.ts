import { loonkostensubsidie } from '../lks';
import { rivierenland } from './fixtures';

describe('LKS — the worked examples of RULES.md §1 (WML €14.71)', () => {
  it('loonwaarde 60 %, 24 h/week: €7.85 per hour, €816.20 per month, not capped', () => {
    const r = loonkostensubsidie({ loonwaarde: 0.6, urenPerWeek: 24 }, rivierenland);
    expect(r).toMatchObject({
      parameterSetId: 'werkzaak-rivierenland-2026',
      loonwaarde: '0.6',
      wmlUur: '14.71',
      lksPerUur: '7.85',
      lksPerMaand: '816.20',
      gecapt: false,
      voorlopig: null,
    });
  });

  it('month amount comes from the unrounded hour amount (7.8480792 × 104 = 816.2002)', () => {
    const r = loonkostensubsidie({ loonwaarde: '0.60', urenPerWeek: '24' }, rivierenland);
    // 7.85 × 104 would be 816.40
    expect(r.lksPerMaand).toBe('816.20');
    expect(r.lksPerJaar).toBe('9794.40');
  });

  it('loonwaarde 20 %, 32 h/week: capped at 70 %: €13.73 per hour, €1,904.47 per month', () => {
    const r = loonkostensubsidie({ loonwaarde: 0.2, urenPerWeek: 32 }, rivierenland);
    expect(r).toMatchObject({ lksPerUur: '13.73', lksPerMaand: '1904.47', gecapt: true });
  });
});
