import { isIsoDatum, plusMaanden } from '../utils/datum';

describe('plaatsing dates', () => {
  it('adds months, clamping to the end of a shorter month (the duurzaamheid checkpoints)', () => {
    expect(plusMaanden('2024-03-31', 6)).toBe('2024-09-30');
    expect(plusMaanden('2024-08-31', 6)).toBe('2025-02-28');
    expect(plusMaanden('2023-08-31', 6)).toBe('2024-02-29');
    expect(plusMaanden('2025-01-15', 12)).toBe('2026-01-15');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDatum('2024-02-29')).toBe(true);
    expect(isIsoDatum('2025-02-29')).toBe(false);
    expect(isIsoDatum('2025-1-5')).toBe(false);
    expect(isIsoDatum('05-01-2025')).toBe(false);
  });
});
