import { DomainValidationError } from '../../errors';
import { calculatie, type CalculatieInput } from '../calculatie';
import { rivierenland, thrown, withChanges } from './fixtures';

const groep = (n: number, uren: number | string = 28, loonwaarde: number | string = 0.6): CalculatieInput => ({
  medewerkers: Array.from({ length: n }, () => ({ urenPerWeek: uren, loonwaarde })),
  praktijkbegeleiderUrenPerWeek: 28,
  productieleiderUrenPerWeek: 6,
});

function fieldOf(fn: () => unknown): string {
  const e = thrown(fn);
  expect(e).toBeInstanceOf(DomainValidationError);
  return (e as DomainValidationError).field;
}

describe('Calculatietool — refused input', () => {
  it('refuses a group of 4 (minimum 5 is a parameter)', () => {
    const e = thrown(() => calculatie(groep(4), rivierenland)) as DomainValidationError;
    expect(e.field).toBe('medewerkers');
    expect(e.messageNl).toContain('minstens 5');
    expect(e.messageEn).toContain('at least 5');
    expect(calculatie(groep(5), rivierenland).groepsgrootte).toBe(5);
    const four = withChanges(rivierenland, (s) => {
      s.calculatie.minGroepsgrootte = 4;
    });
    expect(calculatie(groep(4), four).groepsgrootte).toBe(4);
  });

  it('refuses hours <= 0 or > 60 per week; 60 is allowed', () => {
    expect(fieldOf(() => calculatie(groep(5, 0), rivierenland))).toBe('medewerkers[0].urenPerWeek');
    expect(fieldOf(() => calculatie(groep(5, -4), rivierenland))).toBe('medewerkers[0].urenPerWeek');
    expect(fieldOf(() => calculatie(groep(5, '60.01'), rivierenland))).toBe('medewerkers[0].urenPerWeek');
    expect(calculatie(groep(5, 60), rivierenland).gewerkteUren).toBe('12900.00');
  });

  it('refuses loonwaarde outside 0–1; accepts 0 and 1', () => {
    expect(fieldOf(() => calculatie(groep(5, 28, '1.01'), rivierenland))).toBe('medewerkers[0].loonwaarde');
    expect(fieldOf(() => calculatie(groep(5, 28, -0.5), rivierenland))).toBe('medewerkers[0].loonwaarde');
    const full = calculatie(groep(5, 28, 1), rivierenland);
    expect(full.lks).toBe('0.00');
    expect(full.productieveUren).toBe(full.gewerkteUren);
    expect(calculatie(groep(5, 28, 0), rivierenland).kostprijsPerProductiefUur).toBeNull();
  });

  it('refuses percentages outside 0–100 % and negative amounts, naming the field', () => {
    expect(fieldOf(() => calculatie({ ...groep(5), overheadPct: '1.2' }, rivierenland))).toBe('overheadPct');
    expect(fieldOf(() => calculatie({ ...groep(5), risicoPct: -0.01 }, rivierenland))).toBe('risicoPct');
    expect(fieldOf(() => calculatie({ ...groep(5), margePct: 'vijf' }, rivierenland))).toBe('margePct');
    expect(fieldOf(() => calculatie({ ...groep(5), overigeKostenPerJaar: -1 }, rivierenland))).toBe(
      'overigeKostenPerJaar',
    );
    expect(fieldOf(() => calculatie({ ...groep(5), praktijkbegeleiderUrenPerWeek: -1 }, rivierenland))).toBe(
      'praktijkbegeleiderUrenPerWeek',
    );
  });

  it('youth wage by age, a worker without LKS, and a voorlopige LKS', () => {
    const input: CalculatieInput = {
      ...groep(5),
      medewerkers: [
        { urenPerWeek: 28, loonwaarde: 0.6, leeftijd: 20 },
        { urenPerWeek: 28, loonwaarde: 0.6, lks: false },
        { urenPerWeek: 28, voorlopigeLks: { startDatum: '2026-02-01' } },
        { urenPerWeek: 28, loonwaarde: 0.6, uurloon: '16.00' },
        { urenPerWeek: 28, loonwaarde: 0.6 },
      ],
    };
    const r = calculatie(input, rivierenland);
    const adult = r.medewerkers[4];
    // 14.71 × 0.8 × 1.08 × 1.22 × 28 × 52 = 22,576.03
    expect(r.medewerkers[0].loonkosten).toBe('22576.03');
    expect(r.medewerkers[1].lks).toBe('0.00');
    expect(r.medewerkers[2].productieveUren).toBe('602.00');
    expect(r.medewerkers[3].lks).toBe(adult.lks); // LKS is based on the WML, not the wage paid
    expect(r.medewerkers[3].loonkosten).toBe('30694.81'); // 16 × 1.08 × 1.22 × 1456 = 30,694.8096
  });
});
