import { scheduleSpeeddate } from '../schedule';
import { bruteForce, objectiveOf } from './support/brute-force';
import { randomInstance } from './support/random-instance';

// Tiny instances so that the exhaustive search stays fast: at most 4 candidates × 3 rounds of slots.
const shapes = [
  { candidates: 3, tables: 3, rounds: 3 },
  { candidates: 4, tables: 2, rounds: 3 },
  { candidates: 4, tables: 3, rounds: 2 },
  { candidates: 2, tables: 4, rounds: 3 },
  { candidates: 4, tables: 3, rounds: 3 },
];

describe('speeddate scheduler versus brute force', () => {
  it('is exactly optimal (fairness, then value) when everybody is present in every round', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const input = randomInstance({ ...shapes[seed % 4], seed, min: seed % 3 });
      const got = objectiveOf(input, scheduleSpeeddate(input));
      expect({ seed, ...got }).toEqual({ seed, ...bruteForce(input) });
    }
  });

  it('with presence windows: the optimal fairness, and the value within 2 % of the optimum in total', () => {
    let scheduled = 0;
    let optimum = 0;
    let exact = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const input = randomInstance({ ...shapes[seed % shapes.length], seed, min: seed % 3, windowRate: 0.6 });
      const got = objectiveOf(input, scheduleSpeeddate(input));
      const best = bruteForce(input);
      expect({ seed, fairness: got.fairness }).toEqual({ seed, fairness: best.fairness });
      expect(got.value).toBeLessThanOrEqual(best.value);
      scheduled += got.value;
      optimum += best.value;
      if (got.value === best.value) exact++;
    }
    expect(scheduled / optimum).toBeGreaterThanOrEqual(0.98);
    expect(exact).toBeGreaterThanOrEqual(54); // 90 % of the instances exactly (58 of 60 at the time of writing)
  });
});
