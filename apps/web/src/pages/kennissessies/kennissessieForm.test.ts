import { describe, expect, it } from 'vitest';
import { LEGE_SESSIE, toKennissessieInput } from './kennissessieForm';

describe('toKennissessieInput', () => {
  it('names each missing field before asking the API', () => {
    expect(toKennissessieInput({ ...LEGE_SESSIE, capaciteit: 'veel' }).errors.fields).toEqual({
      titel: 'Vul een titel in.',
      thema: 'Kies een onderwerp.',
      locatie: 'Vul het adres in. Bij online mag u dit leeg laten.',
      start: 'Vul een datum en een begintijd in.',
      capaciteit: 'Vul een heel getal in.',
    });
  });

  it('builds the API input; an online session needs no place', () => {
    const { input, errors } = toKennissessieInput({
      ...LEGE_SESSIE,
      titel: ' Loonkostensubsidie ',
      thema: 'LOONKOSTENSUBSIDIE',
      vorm: 'ONLINE',
      datum: '2026-12-01',
      tijd: '10:00',
    });
    expect(errors.fields).toEqual({});
    expect(input).toEqual({
      titel: 'Loonkostensubsidie',
      thema: 'LOONKOSTENSUBSIDIE',
      vorm: 'ONLINE',
      start: '2026-12-01T09:00:00.000Z',
      lengteMinuten: 60,
      capaciteit: 25,
    });
  });
});
