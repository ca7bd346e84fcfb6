import { sroiAandeel, sroiRealisatie, sroiVerplichting, sroiVoortgang } from '../sroi';
import { rivierenland } from './fixtures';

const contract = { contractwaarde: '1200000', startDatum: '2026-01-01', eindDatum: '2027-12-31' };

describe('SROI — the worked examples of RULES.md §2 (Werkzaak Rivierenland)', () => {
  it('verplichting = €1,200,000 × 5 % = €60,000 (default percentage from the parameter set)', () => {
    expect(sroiVerplichting(contract, rivierenland)).toEqual({
      parameterSetId: 'werkzaak-rivierenland-2026',
      contractwaarde: '1200000.00',
      sroiPercentage: '5.00',
      verplichting: '60000.00',
    });
    expect(sroiVerplichting({ ...contract, sroiPercentage: '0.05' }, rivierenland).verplichting).toBe('60000.00');
  });

  it('Participatiewet > 2 jaar, 24 h, 8 months → 40,000 × 24/36 × 8/12 = €17,777.78, 29.63 % of €60,000', () => {
    const r = sroiRealisatie({ categorie: 'PW_UITKERING_LANGER_2_JAAR', urenPerWeek: 24, maanden: 8 }, rivierenland);
    expect(r).toEqual({
      parameterSetId: 'werkzaak-rivierenland-2026',
      geteldeMaanden: '8.00',
      gecapt: false,
      waarde: '17777.78',
    });
    expect(sroiAandeel('17777.777777', '60000')).toBe('29.63');
  });

  it('WW < 1 jaar, 36 h, 18 months → capped at 12 months → €10,000.00', () => {
    const r = sroiRealisatie({ categorie: 'WW_KORTER_1_JAAR', urenPerWeek: 36, maanden: 18 }, rivierenland);
    expect(r).toMatchObject({ geteldeMaanden: '12.00', gecapt: true, waarde: '10000.00' });
  });

  it('the same examples from dates: 8 calendar months in the contract; 18 months capped at 12', () => {
    const r = sroiVoortgang(
      {
        contract,
        peildatum: '2027-06-30',
        inzet: [
          {
            soort: 'PLAATSING',
            id: 'pw',
            categorie: 'PW_UITKERING_LANGER_2_JAAR',
            urenPerWeek: 24,
            startDatum: '2026-01-01',
            eindDatum: '2026-08-31',
          },
        ],
      },
      rivierenland,
    );
    expect(r.gerealiseerd).toBe('17777.78');
    expect(r.voortgangPct).toBe('29.63');
    expect(r.inzet[0]).toMatchObject({ maandenGewerkt: '8.00', geteldeMaanden: '8.00', lopend: false });

    const ww = sroiVoortgang(
      {
        contract,
        peildatum: '2027-06-30',
        inzet: [
          {
            soort: 'PLAATSING',
            id: 'ww',
            categorie: 'WW_KORTER_1_JAAR',
            urenPerWeek: 36,
            startDatum: '2026-01-01',
            eindDatum: '2027-06-30',
          },
        ],
      },
      rivierenland,
    );
    expect(ww.inzet[0]).toMatchObject({
      maandenGewerkt: '18.00',
      geteldeMaanden: '12.00',
      gecapt: true,
      gerealiseerd: '10000.00',
    });
  });
});
