import { describe, expect, it } from 'vitest';
import { formatDatumTijd, formatTijd, naarIsoTijdstip, nederlandseTijd } from './tijd';

describe('naarIsoTijdstip', () => {
  it('reads the time as Dutch winter time (UTC+1)', () => {
    expect(naarIsoTijdstip('2026-12-03', '14:00')).toBe('2026-12-03T13:00:00.000Z');
  });

  it('reads the time as Dutch summer time (UTC+2)', () => {
    expect(naarIsoTijdstip('2026-07-01', '09:30')).toBe('2026-07-01T07:30:00.000Z');
  });

  it('refuses empty, malformed and non-existing values', () => {
    expect(naarIsoTijdstip('', '14:00')).toBeNull();
    expect(naarIsoTijdstip('2026-12-03', '')).toBeNull();
    expect(naarIsoTijdstip('2026-02-30', '10:00')).toBeNull();
    // 02:30 does not exist on the night summer time starts.
    expect(naarIsoTijdstip('2026-03-29', '02:30')).toBeNull();
  });

  it('is the inverse of nederlandseTijd', () => {
    const moment = new Date('2026-10-24T22:45:00.000Z');
    const { datum, tijd } = nederlandseTijd(moment);
    expect({ datum, tijd }).toEqual({ datum: '2026-10-25', tijd: '00:45' });
    expect(naarIsoTijdstip(datum, tijd)).toBe(moment.toISOString());
  });
});

describe('formatDatumTijd', () => {
  it('writes day, date and time in Dutch time', () => {
    expect(formatDatumTijd('2026-12-03T13:00:00.000Z')).toBe('donderdag 3 december 2026 om 14:00');
    expect(formatTijd('2026-12-03T13:00:00.000Z')).toBe('14:00');
  });
});
