import { describe, expect, it } from 'vitest';
import { LEEG_SLOT, toSlotInput } from './slotForm';

describe('toSlotInput', () => {
  it('names each missing or wrong field before asking the API', () => {
    expect(toSlotInput({ ...LEEG_SLOT, lengteMinuten: 'half uur' }).errors.fields).toEqual({
      start: 'Vul een datum en een begintijd in.',
      lengteMinuten: 'Vul een heel getal in, bijvoorbeeld 30.',
      videoLink: 'Vul een link naar het videogesprek in.',
    });
  });

  it('turns Dutch date and time into the instant and leaves out what does not apply', () => {
    const { input, errors } = toSlotInput({
      ...LEEG_SLOT,
      datum: '2026-12-03',
      tijd: '14:00',
      vorm: 'BEL_MIJ',
      videoLink: 'https://meet.example.nl/oud',
    });
    expect(errors.fields).toEqual({});
    expect(input).toEqual({ start: '2026-12-03T13:00:00.000Z', lengteMinuten: 30, vorm: 'BEL_MIJ' });
  });

  it('passes the video link and chosen vacatures', () => {
    const { input } = toSlotInput({
      ...LEEG_SLOT,
      datum: '2026-06-10',
      tijd: '09:30',
      lengteMinuten: ' 45 ',
      videoLink: ' https://meet.example.nl/abc ',
      vacatureIds: ['v1'],
    });
    expect(input).toEqual({
      start: '2026-06-10T07:30:00.000Z',
      lengteMinuten: 45,
      vorm: 'VIDEO',
      videoLink: 'https://meet.example.nl/abc',
      vacatureIds: ['v1'],
    });
  });
});
