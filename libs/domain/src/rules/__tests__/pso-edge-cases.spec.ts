import Decimal from 'decimal.js';
import { DomainValidationError } from '../../errors';
import { psoBerekening, psoGapFte } from '../pso';
import { psoNormenVoorOmvang } from '../pso-normen';
import { rivierenland, thrown } from './fixtures';

const regulier = (fte: number | string, uitgangspositie = 'DOELGROEPREGISTER') => ({
  fte,
  uitgangspositie,
  contractType: 'REGULIER',
});

describe('PSO — edge cases', () => {
  it('a score exactly on a norm reaches that trede (size 50, 1.5 FTE = 3.0 % = trede 1), norms of a published row are not estimates', () => {
    const r = psoBerekening({ totaalFte: 50, peildatum: '2026-12-31', medewerkers: [regulier('1.5')] }, rivierenland);
    expect(r.scorePct).toBe('3.00');
    expect(r.trede).toBe(1);
    expect(r.geschat).toBe(false);
    expect(r.normen.rijen).toEqual([50]);
    expect(
      psoBerekening({ totaalFte: 50, peildatum: '2026-12-31', medewerkers: [regulier('1.49')] }, rivierenland).trede,
    ).toBe('ASPIRANT');
    // just below the norm: the gap rounds to 0.00 but is reported as 0.01 FTE, one candidate
    const justBelow = psoBerekening(
      { totaalFte: 50, peildatum: '2026-12-31', medewerkers: [regulier('1.4999')], kandidaatUrenPerWeek: 8 },
      rivierenland,
    );
    expect(justBelow.trede).toBe('ASPIRANT');
    expect(justBelow.volgendeTrede).toMatchObject({ trede: 1, fte: '0.01', kandidaten: 1 });
  });

  it('no target-group FTE: trede 0, and the gap to trede 1', () => {
    const r = psoBerekening({ totaalFte: 20, peildatum: '2026-12-31', medewerkers: [] }, rivierenland);
    expect(r.trede).toBe(0);
    expect(r.scorePct).toBe('0.00');
    // (0.057 × 20 − 0) / (1 − 0.057) = 1.2089
    expect(r.volgendeTrede).toMatchObject({ trede: 1, fte: '1.21', kandidaten: null });
  });

  it('trede 3 and 30+: no further gaps', () => {
    const r = psoBerekening({ totaalFte: 10, peildatum: '2026-12-31', medewerkers: [regulier(3)] }, rivierenland);
    expect(r).toMatchObject({ trede: 3, dertigPlus: true, directPct: '30.00', volgendeTrede: null, gaps: [] });
  });

  it('sizes of 105 FTE and more use the last row exactly', () => {
    for (const size of [105, 250, '1000.5']) {
      const n = psoNormenVoorOmvang(new Decimal(size), rivierenland.pso);
      expect(n.normen.map((x) => x.toString())).toEqual(['0.014', '0.019', '0.037']);
      expect(n.geschat).toBe(false);
    }
  });

  it('a size below 2 FTE is refused (no published norm), naming totaalFte', () => {
    const e = thrown(() => psoBerekening({ totaalFte: '1.5', peildatum: '2026-12-31', medewerkers: [] }, rivierenland));
    expect(e).toBeInstanceOf(DomainValidationError);
    expect((e as DomainValidationError).field).toBe('totaalFte');
    expect(psoNormenVoorOmvang(new Decimal(2), rivierenland.pso).normen[0].toString()).toBe('0.214');
  });

  it('the numeric gap is the least x that reaches the norm, also when the score rises and then falls towards 1', () => {
    const score = (d: number, t: number, i: number, x: Decimal) =>
      x
        .plus(d)
        .dividedBy(x.plus(t))
        .plus(new Decimal(i).dividedBy(x.plus(t).plus(i)));
    const cases: [number, number, number, string][] = [
      [0, 48, 1, '0.0704'], // typical: indirect share of 1 FTE
      [0, 10, 20, '0.9'], // I > T − D: score(x) peaks above 1 and falls back to 1
      [1.72, 48, 1, '0.0704'], // the weighted example: 0.7307…
    ];
    for (const [d, t, i, n] of cases) {
      const x = psoGapFte(new Decimal(d), new Decimal(t), new Decimal(i), new Decimal(n)) as Decimal;
      expect(score(d, t, i, x).greaterThanOrEqualTo(n)).toBe(true);
      expect(score(d, t, i, x.minus('1e-6')).lessThan(n)).toBe(true);
      // the rounded variant stops early but gives the same answer
      expect(psoGapFte(new Decimal(d), new Decimal(t), new Decimal(i), new Decimal(n), 2)?.toFixed(2)).toBe(
        x.toFixed(2),
      );
    }
    expect(psoGapFte(new Decimal(9), new Decimal(10), new Decimal(5), new Decimal('0.5'))?.toString()).toBe('0');
    expect(psoGapFte(new Decimal(0), new Decimal(10), new Decimal(0), new Decimal(1))).toBeNull();
  });

  it('eligibility: Participatiewet without LKS counts 5 years from instroom; with LKS only while it runs', () => {
    const r = psoBerekening(
      {
        totaalFte: 20,
        peildatum: '2026-12-31',
        medewerkers: [
          {
            fte: 1,
            uitgangspositie: 'PARTICIPATIEWET_ZONDER_LKS',
            contractType: 'REGULIER',
            referentieDatum: '2022-01-01',
          },
          {
            fte: 1,
            uitgangspositie: 'PARTICIPATIEWET_ZONDER_LKS',
            contractType: 'REGULIER',
            referentieDatum: '2021-12-31',
          },
          { fte: 1, uitgangspositie: 'PARTICIPATIEWET_MET_LKS', contractType: 'REGULIER', lksLooptTot: '2026-06-30' },
        ],
      },
      rivierenland,
    );
    expect(r.medewerkers.map((m) => m.telt)).toEqual([true, false, false]);
    expect(r.directFte).toBe('1.00');
    expect(() =>
      psoBerekening(
        {
          totaalFte: 20,
          peildatum: '2026-12-31',
          medewerkers: [{ fte: 1, uitgangspositie: 'PARTICIPATIEWET_MET_LKS', contractType: 'REGULIER' }],
        },
        rivierenland,
      ),
    ).toThrow(/medewerkers\[0\]\.lksLooptTot/);
  });

  it('refuses unknown codes, more target-group FTE than the organisation has, and T <= 0', () => {
    expect(() =>
      psoBerekening({ totaalFte: 20, peildatum: '2026-12-31', medewerkers: [regulier(1, 'ONBEKEND')] }, rivierenland),
    ).toThrow(/medewerkers\[0\]\.uitgangspositie/);
    expect(() =>
      psoBerekening({ totaalFte: 2, peildatum: '2026-12-31', medewerkers: [regulier(3)] }, rivierenland),
    ).toThrow(/medewerkers/);
    expect(() => psoBerekening({ totaalFte: 0, peildatum: '2026-12-31', medewerkers: [] }, rivierenland)).toThrow(
      /totaalFte/,
    );
  });
});
