import { describe, expect, it } from 'vitest';
import { formatDatum, formatDecimaal, parseGetal, parseLijst } from './format';

describe('format', () => {
  it('writes dates the Dutch way', () => {
    expect(formatDatum('2026-03-01')).toBe('1 maart 2026');
    expect(formatDatum('2026-11-23T23:30:00Z')).toBe('24 november 2026');
    expect(formatDatum(null)).toBe('');
  });

  it('reads lists and numbers from form fields', () => {
    expect(parseLijst(' heftruck, orderpicken,,\nheftruck ')).toEqual(['heftruck', 'orderpicken']);
    expect(parseGetal(' 32 ')).toBe(32);
    expect(parseGetal('3,5')).toBeNull();
    expect(parseGetal('')).toBeNull();
  });

  it('writes decimals the Dutch way', () => {
    expect(formatDecimaal('29.63')).toBe('29,63');
    expect(formatDecimaal('0.5')).toBe('0,50');
    expect(formatDecimaal('1234.5')).toBe('1.234,50');
    expect(formatDecimaal(null)).toBe('');
  });
});
