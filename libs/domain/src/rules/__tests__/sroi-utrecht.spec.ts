import { sroiRealisatie, sroiVoortgang } from '../sroi';
import { utrecht } from './fixtures';

describe('SROI — Utrecht model (tenant Werkplein Drentsche Aa): bonuses and volunteering', () => {
  it('bonuses add to the jaarwaarde; 50+, statushouder or taalachterstand count once, a permanent contract on top', () => {
    const plain = sroiRealisatie({ categorie: 'PARTICIPATIEWET', urenPerWeek: 36, maanden: 12 }, utrecht);
    expect(plain.waarde).toBe('40000.00');
    const vijftigPlus = sroiRealisatie(
      { categorie: 'PARTICIPATIEWET', urenPerWeek: 36, maanden: 12, bonussen: ['VIJFTIG_PLUS'] },
      utrecht,
    );
    expect(vijftigPlus.waarde).toBe('50000.00');
    const all = sroiRealisatie(
      {
        categorie: 'PARTICIPATIEWET',
        urenPerWeek: 18,
        maanden: 6,
        bonussen: ['VIJFTIG_PLUS', 'STATUSHOUDER', 'VAST_CONTRACT'],
      },
      utrecht,
    );
    // (40,000 + 10,000 + 10,000) × 18/36 × 6/12
    expect(all.waarde).toBe('15000.00');
  });

  it('volunteering counts hours × €100', () => {
    const r = sroiVoortgang(
      {
        contract: { contractwaarde: '500000', startDatum: '2026-01-01', eindDatum: '2026-12-31' },
        peildatum: '2026-12-31',
        inzet: [{ soort: 'VRIJWILLIGERSWERK', id: 'v', datum: '2026-04-01', uren: '12.5' }],
      },
      utrecht,
    );
    expect(r).toMatchObject({
      parameterSetId: 'utrecht-model-2026',
      verplichting: '25000.00',
      gerealiseerd: '1250.00',
      voortgangPct: '5.00',
    });
  });

  it('refuses an unknown bonus', () => {
    expect(() =>
      sroiRealisatie({ categorie: 'WW', urenPerWeek: 36, maanden: 1, bonussen: ['ONBEKEND'] }, utrecht),
    ).toThrow(/bonussen\[0\]/);
  });
});
