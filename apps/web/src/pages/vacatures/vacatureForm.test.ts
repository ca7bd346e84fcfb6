import { describe, expect, it } from 'vitest';
import { LEEG, toVacatureInput } from './vacatureForm';

describe('toVacatureInput', () => {
  it('names each field that is missing or wrong before asking the API', () => {
    expect(toVacatureInput({ ...LEEG, urenMin: '32', urenMax: '24' }).errors.fields).toEqual({
      titel: 'Vul een functietitel in.',
      contractvorm: 'Kies een soort contract.',
      urenMin: 'Het minimum mag niet hoger zijn dan het maximum.',
    });
    expect(
      toVacatureInput({ ...LEEG, titel: 'x', contractvorm: 'VAST', urenMin: '0', urenMax: '41' }).errors.fields,
    ).toEqual({
      urenMin: 'Vul een heel getal van 1 tot en met 40 in.',
      urenMax: 'Vul een heel getal van 1 tot en met 40 in.',
    });
  });

  it('builds the API input: numbers, lists, and null for empty optional fields', () => {
    const { input, errors } = toVacatureInput({
      ...LEEG,
      titel: '  Magazijnmedewerker ',
      contractvorm: 'VAST',
      urenMin: '24',
      urenMax: '32',
      vereisteVaardigheden: 'heftruck, orderpicken, heftruck',
      doelgroepen: ['BANENAFSPRAAK'],
    });
    expect(errors.fields).toEqual({});
    expect(input).toMatchObject({
      titel: 'Magazijnmedewerker',
      urenMin: 24,
      urenMax: 32,
      startdatum: null,
      vestigingId: null,
      beroep: null,
      nederlandsNiveau: null,
      vereisteVaardigheden: ['heftruck', 'orderpicken'],
      gewensteVaardigheden: [],
      doelgroepen: ['BANENAFSPRAAK'],
    });
  });
});
