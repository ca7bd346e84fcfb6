import { telMaanden } from '../sroi-maanden';

describe('SROI — counting months worked', () => {
  it('DAGGEWOGEN: whole calendar months count 1, partial months by days', () => {
    expect(telMaanden('2026-01-01', '2026-08-31', 'DAGGEWOGEN').toString()).toBe('8');
    expect(telMaanden('2026-02-01', '2026-02-14', 'DAGGEWOGEN').toString()).toBe('0.5');
    expect(telMaanden('2026-01-17', '2026-03-14', 'DAGGEWOGEN').toFixed(6)).toBe((15 / 31 + 1 + 14 / 31).toFixed(6));
    expect(telMaanden('2028-02-01', '2028-02-29', 'DAGGEWOGEN').toString()).toBe('1'); // leap year
    expect(telMaanden('2026-03-01', '2026-02-28', 'DAGGEWOGEN').toString()).toBe('0');
  });

  it('DAGGEWOGEN is additive: splitting a period at any day keeps the total', () => {
    const whole = telMaanden('2026-01-17', '2027-05-09', 'DAGGEWOGEN');
    for (const split of ['2026-01-17', '2026-02-28', '2026-07-15', '2027-05-08']) {
      const next = new Date(Date.parse(`${split}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const parts = telMaanden('2026-01-17', split, 'DAGGEWOGEN').plus(telMaanden(next, '2027-05-09', 'DAGGEWOGEN'));
      expect(parts.toDecimalPlaces(20).toString()).toBe(whole.toDecimalPlaces(20).toString());
    }
  });

  it('VOLLE_KALENDERMAANDEN counts only fully covered months; GESTARTE_KALENDERMAANDEN every month touched', () => {
    expect(telMaanden('2026-01-15', '2026-03-31', 'VOLLE_KALENDERMAANDEN').toString()).toBe('2');
    expect(telMaanden('2026-01-15', '2026-03-30', 'VOLLE_KALENDERMAANDEN').toString()).toBe('1');
    expect(telMaanden('2026-02-01', '2026-02-28', 'VOLLE_KALENDERMAANDEN').toString()).toBe('1');
    expect(telMaanden('2026-02-02', '2026-02-28', 'VOLLE_KALENDERMAANDEN').toString()).toBe('0');
    expect(telMaanden('2026-01-31', '2026-03-01', 'GESTARTE_KALENDERMAANDEN').toString()).toBe('3');
    expect(telMaanden('2026-05-10', '2026-05-10', 'GESTARTE_KALENDERMAANDEN').toString()).toBe('1');
  });
});
