import { calculatie } from '../calculatie';
import { pasVariatieToe, whatIf } from '../calculatie-what-if';
import { rivierenland, voorbeeld } from './fixtures';

describe('Calculatietool — what-if variations side by side', () => {
  const r = whatIf(
    voorbeeld,
    [
      { label: 'groep van 8', groepsgrootte: 8 },
      { label: '32 uur', urenPerWeek: 32 },
      { label: '1 begeleider op 8', medewerkersPerBegeleider: 8 },
      { label: 'groep van 4', groepsgrootte: 4 },
    ],
    rivierenland,
  );

  it('the base is the plain calculation', () => {
    expect(r.parameterSetId).toBe('werkzaak-rivierenland-2026');
    expect(r.basis).toEqual(calculatie(voorbeeld, rivierenland));
    expect(r.basis.kostprijsPerGewerktUur).toBe('33.20');
  });

  it('a bigger group with the same supervision lowers the cost per hour', () => {
    const [groter] = r.varianten;
    expect(groter.fout).toBeNull();
    expect(groter.resultaat?.groepsgrootte).toBe(8);
    expect(groter.resultaat?.gewerkteUren).toBe('9632.00');
    expect(Number(groter.resultaat?.kostprijsPerGewerktUur)).toBeLessThan(33.2);
  });

  it('hours and supervision ratio change the inputs as documented', () => {
    const uren = pasVariatieToe(voorbeeld, { urenPerWeek: 32 });
    expect(uren.medewerkers.every((m) => m.urenPerWeek === 32)).toBe(true);
    expect(r.varianten[1].resultaat?.gewerkteUren).toBe('8256.00');
    // 6 × 28 h / 8 = 21 h praktijkbegeleider: (21 × 48 + 6 × 62) × 52 = 71,760
    expect(r.varianten[2].resultaat?.begeleiding).toBe('71760.00');
    expect(pasVariatieToe(voorbeeld, { medewerkersPerBegeleider: 6 }).praktijkbegeleiderUrenPerWeek.toString()).toBe(
      '28',
    );
    expect(voorbeeld.medewerkers).toHaveLength(6);
  });

  it('a variation that breaks a rule reports its error instead of a result', () => {
    const vier = r.varianten[3];
    expect(vier.resultaat).toBeNull();
    expect(vier.fout).toMatchObject({ code: 'DOMAIN_VALIDATION', field: 'medewerkers' });
  });
});
