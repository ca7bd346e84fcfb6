import { describe, expect, it } from 'vitest';
import { aandeel, labelInterval, schaalMax, schaalStappen } from './schaal';

describe('schaalMax', () => {
  it('rounds the highest value up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(schaalMax(0)).toBe(1);
    expect(schaalMax(1)).toBe(1);
    expect(schaalMax(3)).toBe(5);
    expect(schaalMax(7)).toBe(10);
    expect(schaalMax(12)).toBe(20);
    expect(schaalMax(21)).toBe(25);
    expect(schaalMax(100)).toBe(100);
    expect(schaalMax(101)).toBe(200);
  });
});

describe('schaalStappen', () => {
  it('steps by one up to 5 and in whole steps above', () => {
    expect(schaalStappen(1)).toEqual([0, 1]);
    expect(schaalStappen(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(schaalStappen(20)).toEqual([0, 4, 8, 12, 16, 20]);
    expect(schaalStappen(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(schaalStappen(2.5)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
  });
});

describe('labelInterval', () => {
  it('shows every label when they fit and thins them out when not', () => {
    expect(labelInterval(6, 8)).toBe(1);
    expect(labelInterval(12, 6)).toBe(2);
    expect(labelInterval(25, 6)).toBe(5);
    expect(labelInterval(0, 6)).toBe(1);
  });
});

describe('aandeel', () => {
  it('gives the share of the axis, clipped to 0–100', () => {
    expect(aandeel(5, 20)).toBe(25);
    expect(aandeel(30, 20)).toBe(100);
    expect(aandeel(-1, 20)).toBe(0);
    expect(aandeel(3, 0)).toBe(0);
  });
});
