import { describe, expect, it } from 'vitest';
import type { SroiBouwblok } from '../../api/sroi';
import { aandeel, csvBestandsnaam, inzetInput, LEGE_INZET, verplichtingInput } from './sroiForm';

const BOUWBLOKKEN: SroiBouwblok[] = [
  { code: 'NUG', omschrijving: 'Niet-uitkeringsgerechtigde (NUG)', waardering: 'JAARWAARDE' },
  { code: 'WERKERVARINGSPLEK', omschrijving: 'Werkervaringsplek', waardering: 'PER_MAAND' },
];

describe('verplichtingInput', () => {
  const values = {
    werkgeverId: 'w1',
    gemeenteId: 'g1',
    contractnaam: ' Groenonderhoud Tiel ',
    contractwaarde: '€ 1.200.000',
    sroiPercentage: '',
    startDatum: '2026-01-01',
    eindDatum: '2027-12-31',
  };

  it('reads the amount as people type it and leaves the percentage to the parameter set', () => {
    expect(verplichtingInput(values)).toEqual({
      input: {
        werkgeverId: 'w1',
        gemeenteId: 'g1',
        contractnaam: 'Groenonderhoud Tiel',
        contractwaarde: '1200000',
        startDatum: '2026-01-01',
        eindDatum: '2027-12-31',
      },
    });
    expect(verplichtingInput({ ...values, sroiPercentage: '2,5' }).input?.sroiPercentage).toBe('2.5');
  });

  it('names every field that is missing or not a number', () => {
    const { fields } = verplichtingInput({
      ...values,
      werkgeverId: '',
      contractwaarde: 'veel',
      sroiPercentage: 'vijf',
      eindDatum: '',
    });
    expect(Object.keys(fields ?? {}).sort()).toEqual(['contractwaarde', 'eindDatum', 'sroiPercentage', 'werkgeverId']);
  });
});

describe('inzetInput', () => {
  it('sends a person valued per year with its hours, and only the fields of its kind', () => {
    const values = {
      ...LEGE_INZET,
      soort: 'PLAATSING' as const,
      categorie: 'NUG',
      urenPerWeek: '24',
      startDatum: '2026-01-01',
      datum: '2026-05-01',
    };
    expect(inzetInput(values, BOUWBLOKKEN)).toEqual({
      input: { soort: 'PLAATSING', categorie: 'NUG', urenPerWeek: '24', startDatum: '2026-01-01' },
    });
  });

  it('does not ask hours for a bouwblok valued per month', () => {
    const values = {
      ...LEGE_INZET,
      soort: 'PLAATSING' as const,
      categorie: 'WERKERVARINGSPLEK',
      startDatum: '2026-01-01',
    };
    expect(inzetInput(values, BOUWBLOKKEN).input).toEqual({
      soort: 'PLAATSING',
      categorie: 'WERKERVARINGSPLEK',
      startDatum: '2026-01-01',
    });
  });

  it('sends a purchase with its invoice amount and date', () => {
    const values = {
      ...LEGE_INZET,
      soort: 'INKOOP' as const,
      datum: '2026-03-15',
      factuurbedragExclBtw: '5.000',
      omschrijving: 'Catering',
    };
    expect(inzetInput(values, BOUWBLOKKEN).input).toEqual({
      soort: 'INKOOP',
      datum: '2026-03-15',
      factuurbedragExclBtw: '5000',
      omschrijving: 'Catering',
    });
  });

  it('names the fields the kind needs', () => {
    expect(inzetInput({ ...LEGE_INZET, soort: 'PLAATSING', categorie: 'NUG' }, BOUWBLOKKEN).fields).toEqual({
      urenPerWeek: expect.any(String),
      startDatum: expect.any(String),
    });
    expect(Object.keys(inzetInput({ ...LEGE_INZET, soort: 'VRIJWILLIGERSWERK' }, BOUWBLOKKEN).fields ?? {})).toEqual([
      'uren',
      'datum',
    ]);
    expect(Object.keys(inzetInput(LEGE_INZET, BOUWBLOKKEN).fields ?? {})).toEqual(['soort']);
  });
});

describe('aandeel and csvBestandsnaam', () => {
  it('keeps the progress bar between empty and full', () => {
    expect(aandeel('17777.78', '60000.00')).toBeCloseTo(0.2963, 4);
    expect(aandeel('70000.00', '60000.00')).toBe(1);
    expect(aandeel('0.00', '0.00')).toBe(1);
  });

  it('names the CSV after the gemeente and the period', () => {
    expect(csvBestandsnaam("'s-Hertogenbosch", '2026-01-01', '2026-12-31')).toBe(
      'sroi-s-hertogenbosch-2026-01-01-2026-12-31.csv',
    );
    expect(csvBestandsnaam('Tiel', '2026-01-01', '2026-06-30')).toBe('sroi-tiel-2026-01-01-2026-06-30.csv');
  });
});
