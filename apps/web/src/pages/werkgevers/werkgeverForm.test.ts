import { describe, expect, it } from 'vitest';
import { LEGE_VESTIGING, LEGE_WERKGEVER, toMaakWerkgeverInput, toWijzigWerkgeverInput } from './werkgeverForm';

const GOED = {
  ...LEGE_WERKGEVER,
  naam: ' Betuwse Fruitveiling ',
  kvkNummer: '30012345',
  sbiCode: '4631',
  grootteklasse: 'KLEIN_10_49',
};

describe('toMaakWerkgeverInput', () => {
  it('names the missing and wrong fields, also those of a half-filled vestiging', () => {
    const { input, errors } = toMaakWerkgeverInput(
      { ...LEGE_WERKGEVER, kvkNummer: '1234' },
      { ...LEGE_VESTIGING, naam: 'Hoofdvestiging', postcode: '40' },
    );
    expect(input).toBeUndefined();
    expect(Object.keys(errors.fields).sort()).toEqual([
      'grootteklasse',
      'kvkNummer',
      'naam',
      'sbiCode',
      'vestigingen.0.adres',
      'vestigingen.0.postcode',
    ]);
  });

  it('builds the input with the first vestiging, or without one when it is left empty', () => {
    const met = toMaakWerkgeverInput(GOED, { naam: 'Hoofdvestiging', adres: 'Kellenseweg 4', postcode: '4004 jk' });
    expect(met.errors.fields).toEqual({});
    expect(met.input).toMatchObject({
      naam: 'Betuwse Fruitveiling',
      kvkNummer: '30012345',
      sbiCode: '4631',
      grootteklasse: 'KLEIN_10_49',
      soort: 'WERKGEVER',
      psoTrede: null,
      notities: null,
      vestigingen: [{ naam: 'Hoofdvestiging', adres: 'Kellenseweg 4', postcode: '4004 JK' }],
    });
    expect(toMaakWerkgeverInput(GOED, LEGE_VESTIGING).input?.vestigingen).toEqual([]);
  });

  it('asks for a PSO-trede when only its date is given', () => {
    expect(toMaakWerkgeverInput({ ...GOED, psoGeldigTot: '2027-01-01' }, LEGE_VESTIGING).errors.fields).toHaveProperty(
      'psoGeldigTot',
    );
  });
});

describe('toWijzigWerkgeverInput', () => {
  it('sends the internal notes only for staff and leaves an empty SBI-code out', () => {
    const values = { ...GOED, sbiCode: '', notities: ' belt liever ' };
    expect(toWijzigWerkgeverInput(values, true).input).toMatchObject({ notities: 'belt liever' });
    const eigen = toWijzigWerkgeverInput(values, false).input;
    expect(eigen).not.toHaveProperty('notities');
    expect(eigen).not.toHaveProperty('sbiCode');
  });

  it('sends the chosen accountmanager (or none) only for staff', () => {
    expect(toWijzigWerkgeverInput({ ...GOED, accountmanagerId: 'am-2' }, true).input).toMatchObject({
      accountmanagerId: 'am-2',
    });
    expect(toWijzigWerkgeverInput(GOED, true).input).toMatchObject({ accountmanagerId: null });
    expect(toWijzigWerkgeverInput({ ...GOED, accountmanagerId: 'am-2' }, false).input).not.toHaveProperty(
      'accountmanagerId',
    );
  });
});
