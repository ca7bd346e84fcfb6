import { sroiVoortgang, type SroiInzet } from '../sroi';
import { rivierenland, withChanges } from './fixtures';

// A €1,200,000 contract (obligation €60,000) running 2026–2027, looked at on 30 June 2026.
const contract = { contractwaarde: '1200000', startDatum: '2026-01-01', eindDatum: '2027-12-31' };
const peildatum = '2026-06-30';

const inzet: SroiInzet[] = [
  // ended: 1 Jan–31 Mar 2026, 3 months × 30,000 × 36/36 / 12 = 7,500
  {
    soort: 'PLAATSING',
    id: 'a',
    categorie: 'PW_UITKERING_KORTER_2_JAAR',
    urenPerWeek: 36,
    startDatum: '2026-01-01',
    eindDatum: '2026-03-31',
  },
  // running, open-ended, no limit: 6 months so far at 18 h: 40,000 × 18/36 × 6/12 = 10,000;
  // forecast to contract end: 24 months → 40,000
  {
    soort: 'PLAATSING',
    id: 'b',
    categorie: 'DOELGROEPREGISTER_WAJONG_WIA_WSW_BESCHUT',
    urenPerWeek: 18,
    startDatum: '2026-01-01',
  },
  // running werkervaringsplek 1 Apr–30 Sep: 3 months so far × 750 = 2,250; forecast 6 × 750 = 4,500
  {
    soort: 'PLAATSING',
    id: 'c',
    categorie: 'WERKERVARINGSPLEK_PROEFPLAATSING',
    startDatum: '2026-04-01',
    eindDatum: '2026-09-30',
  },
  // purchase from an SW-bedrijf, counted at the invoice amount excl. VAT
  { soort: 'INKOOP', id: 'd', datum: '2026-05-20', factuurbedragExclBtw: '3250.50' },
  // a purchase after the peildatum is neither realised nor forecast
  { soort: 'INKOOP', id: 'e', datum: '2026-07-01', factuurbedragExclBtw: '99999' },
];

describe('SROI — progress, forecast and status of one contract', () => {
  const r = sroiVoortgang({ contract, inzet, peildatum }, rivierenland);

  it('values every effort as of the peildatum and forecasts running ones to their planned end', () => {
    expect(r.inzet.map((i) => [i.id, i.gerealiseerd, i.lopend, i.prognose])).toEqual([
      ['a', '7500.00', false, '7500.00'],
      ['b', '10000.00', true, '40000.00'],
      ['c', '2250.00', true, '4500.00'],
      ['d', '3250.50', false, '3250.50'],
      ['e', '0.00', false, '0.00'],
    ]);
  });

  it('totals, progress, and status ACHTER while the forecast stays below the obligation', () => {
    expect(r).toMatchObject({
      parameterSetId: 'werkzaak-rivierenland-2026',
      verplichting: '60000.00',
      gerealiseerd: '23000.50',
      voortgangPct: '38.33',
      nogTeRealiseren: '36999.50',
      prognose: '55250.50',
      status: 'ACHTER',
    });
  });

  it('OP_SCHEMA once the forecast reaches the obligation; GEREALISEERD once the realisation does', () => {
    const extra: SroiInzet = { soort: 'INKOOP', id: 'f', datum: '2026-06-30', factuurbedragExclBtw: '4749.50' };
    expect(sroiVoortgang({ contract, inzet: [...inzet, extra], peildatum }, rivierenland).status).toBe('OP_SCHEMA');
    const later = sroiVoortgang({ contract, inzet: [...inzet, extra], peildatum: '2027-12-31' }, rivierenland);
    expect(later.gerealiseerd).toBe(later.prognose);
    expect(later.status).toBe('GEREALISEERD');
    expect(later.nogTeRealiseren).toBe('0.00');
  });

  it('only counts months within the contract period and caps the forecast at maxDuur', () => {
    const v = sroiVoortgang(
      {
        contract,
        peildatum,
        inzet: [
          // started before the contract: only from 1 Jan 2026; NUG cap 12 months
          { soort: 'PLAATSING', id: 'nug', categorie: 'NUG', urenPerWeek: 36, startDatum: '2025-07-01' },
        ],
      },
      rivierenland,
    );
    expect(v.inzet[0]).toMatchObject({
      maandenGewerkt: '6.00',
      gerealiseerd: '5000.00',
      prognoseMaanden: '12.00',
      prognose: '10000.00',
      gecapt: true,
    });
  });

  it('hours above full time count as full time; the month counting is a parameter', () => {
    const full = sroiVoortgang(
      {
        contract,
        peildatum,
        inzet: [
          {
            soort: 'PLAATSING',
            id: 'x',
            categorie: 'NUG',
            urenPerWeek: 40,
            startDatum: '2026-01-15',
            eindDatum: '2026-02-28',
          },
        ],
      },
      rivierenland,
    );
    // DAGGEWOGEN: 17/31 + 1 months × 10,000 / 12
    expect(full.gerealiseerd).toBe('1290.32');
    const volle = withChanges(rivierenland, (s) => {
      s.sroi.maandTelling = 'VOLLE_KALENDERMAANDEN';
    });
    const v = sroiVoortgang(
      {
        contract,
        peildatum,
        inzet: [
          {
            soort: 'PLAATSING',
            id: 'x',
            categorie: 'NUG',
            urenPerWeek: 40,
            startDatum: '2026-01-15',
            eindDatum: '2026-02-28',
          },
        ],
      },
      volle,
    );
    expect(v.gerealiseerd).toBe('833.33');
  });

  it('refuses volunteering in a model without a volunteering rate, and unknown categories', () => {
    expect(() =>
      sroiVoortgang(
        { contract, peildatum, inzet: [{ soort: 'VRIJWILLIGERSWERK', id: 'v', datum: '2026-02-01', uren: 10 }] },
        rivierenland,
      ),
    ).toThrow(/inzet\[0\]\.soort/);
    expect(() =>
      sroiVoortgang(
        {
          contract,
          peildatum,
          inzet: [
            { soort: 'PLAATSING', id: 'p', categorie: 'BESTAAT_NIET', urenPerWeek: 10, startDatum: '2026-02-01' },
          ],
        },
        rivierenland,
      ),
    ).toThrow(/inzet\[0\]\.categorie/);
  });
});
