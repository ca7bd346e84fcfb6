import { describe, expect, it } from 'vitest';
import { formatEuro, parseDecimal } from './geld';

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
});
