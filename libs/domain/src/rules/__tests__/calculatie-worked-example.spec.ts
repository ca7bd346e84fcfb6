import { calculatie } from '../calculatie';
import { rivierenland, voorbeeld } from './fixtures';

describe('Calculatietool — the worked example of RULES.md §4', () => {
  const r = calculatie(voorbeeld, rivierenland);

  it('cost parts: loonkosten 169,320.24; LKS 54,277.32; begeleiding 89,232.00; overhead 31,026.27', () => {
    expect(r).toMatchObject({
      parameterSetId: 'werkzaak-rivierenland-2026',
      groepsgrootte: 6,
      loonkosten: '169320.24',
      lks: '54277.32',
      begeleiding: '89232.00',
      overhead: '31026.27',
      overigeKosten: '4500.00',
    });
  });

  it('kostprijs 239,801.20 from the unrounded parts', () => {
    expect(r.kostprijsPerJaar).toBe('239801.20');
    expect(r.kostprijsPerMedewerker).toBe('39966.87');
  });

  it('hours: 7,224 worked, 4,936.4 productive; €33.20 per worked hour (break-even), €48.58 per productive hour', () => {
    expect(r).toMatchObject({
      gewerkteUren: '7224.00',
      productieveUren: '4936.40',
      kostprijsPerGewerktUur: '33.20',
      breakEvenTarief: '33.20',
      kostprijsPerProductiefUur: '48.58',
    });
  });

  it('tariefvoorstel €35.90; the offer of €19.50 is €13.70 per hour / €98,933.20 per year below cost price', () => {
    expect(r.tariefvoorstel).toBe('35.90');
    expect(r.geboden).toEqual({
      tarief: '19.50',
      verschilPerUur: '-13.70',
      verschilPerJaar: '-98933.20',
      onderKostprijs: true,
    });
  });

  it('reports per worker; the supervision rates default to the parameter set', () => {
    expect(r.medewerkers[0]).toEqual({
      loonkosten: '28220.04',
      lks: '14283.50',
      lksGecapt: false,
      gewerkteUren: '1204.00',
      productieveUren: '602.00',
    });
    const { praktijkbegeleiderTarief, productieleiderTarief, ...zonderTarieven } = voorbeeld;
    expect(praktijkbegeleiderTarief && productieleiderTarief).toBeTruthy();
    expect(calculatie(zonderTarieven, rivierenland).kostprijsPerJaar).toBe('239801.20');
  });
});
