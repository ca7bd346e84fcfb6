// Dates must not depend on the process time zone: run this spec far from UTC.
process.env.TZ = 'Pacific/Kiritimati';

import Decimal from 'decimal.js';
import { DomainValidationError } from '../../errors';
import { addDays, addMonths, isIsoDate, parseIsoDate, vandaag } from '../dates';
import { Dec, formatEuro, formatPercentage, parseEuro, roundCents, toDecimal } from '../money';

describe('Money and dates', () => {
  it('rounds reported amounts to cents half away from zero', () => {
    expect(formatEuro(new Dec('816.2002'))).toBe('816.20');
    expect(formatEuro(new Dec('0.005'))).toBe('0.01');
    expect(formatEuro(new Dec('-0.005'))).toBe('-0.01');
    expect(formatEuro(new Dec('-13.695'))).toBe('-13.70');
    expect(formatEuro(new Dec('-0.004'))).toBe('0.00');
    expect(formatEuro(new Dec('1904.4672'))).toBe('1904.47');
    expect(roundCents(new Dec('2.675')).toString()).toBe('2.68'); // 2.675 in binary floating point rounds to 2.67
    expect(formatPercentage(new Dec(1).dividedBy(49))).toBe('2.04');
  });

  it('keeps full precision (no binary floating point)', () => {
    expect(new Dec('0.1').plus('0.2').toString()).toBe('0.3');
    expect(new Dec(1).dividedBy(3).times(3).toDecimalPlaces(30).toString()).toBe('1');
    // numbers from other Decimal constructors are accepted
    expect(toDecimal(new Decimal('14.71'), 'x').times(2).toString()).toBe('29.42');
  });

  it('parses euro strings from the API and refuses anything else', () => {
    expect(parseEuro('816.20', 'bedrag').toString()).toBe('816.2');
    expect(parseEuro('-13.7', 'bedrag').toString()).toBe('-13.7');
    for (const bad of ['1,5', '1.234,56', '€5', '1.005', '', 'abc']) {
      expect(() => parseEuro(bad, 'bedrag')).toThrow(DomainValidationError);
    }
    expect(() => toDecimal('Infinity', 'x')).toThrow(/x/);
    expect(() => toDecimal(Number.NaN, 'x')).toThrow(/x/);
  });

  it('date arithmetic is calendar arithmetic, independent of the time zone', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(() => parseIsoDate('2026-02-29', 'd')).toThrow(DomainValidationError);
    expect(() => parseIsoDate('2026-2-1', 'd')).toThrow(DomainValidationError);
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-5')).toBe(false);
    expect(isIsoDate('05-01-2025')).toBe(false);
    expect(isIsoDate(20250105)).toBe(false);
  });

  it('"vandaag" is the date in the Netherlands, whatever the process time zone', () => {
    expect(vandaag(new Date('2026-03-01T22:30:00Z'))).toBe('2026-03-01');
    expect(vandaag(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
