import { describe, expect, it } from 'vitest';
import { STANDAARD, toMaakSpeeddateInput } from './speeddateForm';

const ingevuld = {
  ...STANDAARD,
  naam: ' Speeddate Tiel ',
  datum: '2026-12-10',
  locatie: 'Werkzaak Rivierenland',
  adres: 'Bachweg 2',
  postcode: '4004ja',
  inschrijfDeadline: '2026-12-03T17:00',
};

describe('toMaakSpeeddateInput', () => {
  it('builds the input with numbers, a trimmed name and the deadline as an instant', () => {
    const { input, errors } = toMaakSpeeddateInput(ingevuld);
    expect(errors).toEqual({ fields: {}, general: [] });
    expect(input).toMatchObject({
      naam: 'Speeddate Tiel',
      postcode: '4004JA',
      starttijd: '13:30',
      rondes: 8,
      rondeMinuten: 8,
      pauzeMinuten: 2,
      capaciteitTafels: 20,
      minGesprekken: 3,
    });
    expect(input?.inschrijfDeadline).toBe('2026-12-03T16:00:00.000Z');
  });

  it('names every wrong field next to it', () => {
    const { input, errors } = toMaakSpeeddateInput({
      ...STANDAARD,
      starttijd: '25:00',
      postcode: '123',
      rondes: '0',
      rondeMinuten: 'acht',
    });
    expect(input).toBeUndefined();
    expect(Object.keys(errors.fields).sort()).toEqual(
      [
        'adres',
        'datum',
        'inschrijfDeadline',
        'locatie',
        'naam',
        'postcode',
        'rondeMinuten',
        'rondes',
        'starttijd',
      ].sort(),
    );
    expect(errors.fields.rondes).toBe('Vul een heel getal in van 1 tot en met 30.');
  });

  it('refuses a deadline after the day itself', () => {
    const { errors } = toMaakSpeeddateInput({ ...ingevuld, inschrijfDeadline: '2026-12-11T09:00' });
    expect(errors.fields).toEqual({
      inschrijfDeadline: 'Het aanmelden moet sluiten op of vóór de dag van de speeddate.',
    });
  });
});
