import { scheduleSpeeddate } from '../schedule';
import { SpeeddateInput } from '../types';
import { validateSpeeddateSchedule } from '../validate';
import { randomInstance } from './support/random-instance';

describe('speeddate presence windows', () => {
  it.each([1, 2, 3, 4, 5])('keeps every meeting inside both windows (seed %p)', (seed) => {
    const input = randomInstance({
      candidates: 50,
      tables: 14,
      rounds: 8,
      seed,
      windowRate: 0.6,
      min: 2,
      maxValue: 100,
    });
    const schedule = scheduleSpeeddate(input);
    expect(validateSpeeddateSchedule(input, schedule)).toEqual([]);
    const window = new Map(
      [...input.candidates, ...input.tables].map((x) => [x.id, [x.arrivalRound ?? 1, x.leaveRound ?? 8]]),
    );
    for (const m of schedule.meetings) {
      for (const id of [m.candidateId, m.tableId]) {
        const [from, to] = window.get(id)!;
        expect(m.round).toBeGreaterThanOrEqual(from);
        expect(m.round).toBeLessThanOrEqual(to);
      }
    }
  });

  it('repairs what the round-free b-matching over-commits', () => {
    // k0, k1 and k3 are there in round 2 only; the b-matching alone sends two of them to one table.
    const input: SpeeddateInput = {
      rounds: 2,
      candidates: [
        { id: 'k0', arrivalRound: 2, leaveRound: 2 },
        { id: 'k1', arrivalRound: 2, leaveRound: 2 },
        { id: 'k2' },
        { id: 'k3', arrivalRound: 2, leaveRound: 2 },
      ],
      tables: [
        { id: 't0', werkgeverId: 'w1' },
        { id: 't1', werkgeverId: 'w2' },
        { id: 't2', werkgeverId: 'w3' },
      ],
      value: [
        [11, 3, 15],
        [16, 7, 11],
        [7, 17, 6],
        [5, 11, 13],
      ],
      minMeetingsPerCandidate: 1,
    };
    const schedule = scheduleSpeeddate(input);
    expect(validateSpeeddateSchedule(input, schedule)).toEqual([]);
    expect(schedule.belowMinimum).toEqual([]);
    expect(
      schedule.meetings
        .filter((m) => m.round === 2)
        .map((m) => m.candidateId)
        .sort(),
    ).toEqual(['k0', 'k1', 'k3']);
    expect(schedule.stats.dropped).toBeGreaterThan(0);
    expect(schedule.totalValue).toBe(59); // the brute-force optimum
  });

  it('reaches the b-matching bound when everybody is present in every round', () => {
    for (const seed of [1, 2, 3]) {
      const input = randomInstance({ candidates: 60, tables: 15, rounds: 7, seed, min: 2, maxValue: 100 });
      const schedule = scheduleSpeeddate(input);
      expect(schedule.totalValue).toBe(schedule.stats.upperBound);
      expect(schedule.stats).toMatchObject({ provenOptimal: true, dropped: 0 });
    }
  });
});
