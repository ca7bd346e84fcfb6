import { describe, expect, it } from 'vitest';
import { formatEuro, parseBedrag, parseDecimal } from './geld';

describe('geld', () => {
  it('writes money the Dutch way', () => {
    expect(formatEuro('1234.5').replace(/\s/g, ' ')).toBe('€ 1.234,50');
    expect(formatEuro(null)).toBe('');
  });

  it('reads a decimal with a comma or a point', () => {
    expect(parseDecimal(' 27,5 ')).toBe('27.5');
    expect(parseDecimal('24')).toBe('24');
    expect(parseDecimal('24 uur')).toBeNull();
  });

  it('reads an amount with thousands separators', () => {
    expect(parseBedrag('€ 1.200.000')).toBe('1200000');
    expect(parseBedrag('1.200.000,50')).toBe('1200000.50');
    expect(parseBedrag('40 000')).toBe('40000');
    expect(parseBedrag('19.50')).toBe('19.50');
    expect(parseBedrag('veel')).toBeNull();
  });
});
