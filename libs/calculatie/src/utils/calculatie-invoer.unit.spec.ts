import { calculatie, WERKZAAK_RIVIERENLAND_2026 } from '@matchpunt/domain';
import { naarDomein, normaliseer } from './calculatie-invoer';

const VOORBEELD = {
  medewerkers: ['50', '60', '60', '70', '80', '90'].map((loonwaarde) => ({ urenPerWeek: '28', loonwaarde })),
  praktijkbegeleiderUrenPerWeek: '28',
  productieleiderUrenPerWeek: '6',
  overigeKostenPerJaar: '4000',
  materiaalkostenPerJaar: '500',
  gebodenTarief: '19.50',
  peildatum: '2026-03-01',
};

describe('calculatie input', () => {
  it('stores the input in API units and reproduces the worked example from it', () => {
    const invoer = normaliseer(VOORBEELD);
    expect(invoer.medewerkers[0]).toEqual({ urenPerWeek: '28', loonwaarde: '50', uurloon: null, leeftijd: null, lks: true, voorlopigeLks: null });
    const r = calculatie(naarDomein(JSON.parse(JSON.stringify(invoer))), WERKZAAK_RIVIERENLAND_2026);
    expect(r).toMatchObject({ overigeKosten: '4500.00', kostprijsPerJaar: '239801.20', kostprijsPerGewerktUur: '33.20', tariefvoorstel: '35.90' });
  });

  it('turns a supervision ratio into hours: six workers of 28 h, one per six → 28 h', () => {
    const { praktijkbegeleiderUrenPerWeek: _, ...rest } = VOORBEELD;
    const domein = naarDomein(normaliseer({ ...rest, medewerkersPerBegeleider: '6' }));
    expect(String(domein.praktijkbegeleiderUrenPerWeek)).toBe('28');
  });

  it('asks for exactly one way to give the supervision', () => {
    expect(() => normaliseer({ ...VOORBEELD, medewerkersPerBegeleider: '6' })).toThrow(expect.objectContaining({ field: 'praktijkbegeleiderUrenPerWeek' }));
  });
});
