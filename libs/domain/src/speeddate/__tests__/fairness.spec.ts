import { scheduleSpeeddate } from '../schedule';
import { SpeeddateInput } from '../types';
import { validateSpeeddateSchedule } from '../validate';
import { randomInstance } from './support/random-instance';

const tables = [
  { id: 't0', werkgeverId: 'w0' },
  { id: 't1', werkgeverId: 'w1' },
];
const count = (input: SpeeddateInput, id: string) =>
  scheduleSpeeddate(input).perCandidate.find((t) => t.candidateId === id)!.meetings;

describe('speeddate fairness minimum', () => {
  it.each([1, 2, 3, 4])('gives every candidate the minimum when capacity allows (seed %p)', (seed) => {
    // 40 candidates × minimum 2 = 80 meetings; 12 tables × 8 rounds = 96 slots.
    const input = randomInstance({ candidates: 40, tables: 12, rounds: 8, seed, min: 2, maxValue: 100 });
    const schedule = scheduleSpeeddate(input);
    expect(validateSpeeddateSchedule(input, schedule)).toEqual([]);
    expect(schedule.belowMinimum).toEqual([]);
    expect(Math.min(...schedule.perCandidate.map((t) => t.meetings))).toBeGreaterThanOrEqual(2);
  });

  it('puts the minimum before value', () => {
    // Without the minimum, k0 takes both tables and k2 gets nothing (value 201 against 102).
    const input: SpeeddateInput = {
      rounds: 2,
      candidates: [{ id: 'k0' }, { id: 'k1' }, { id: 'k2' }],
      tables,
      value: [
        [100, 100],
        [1, null],
        [1, null],
      ],
      minMeetingsPerCandidate: 1,
    };
    const schedule = scheduleSpeeddate(input);
    expect(schedule.perCandidate.map((t) => t.meetings)).toEqual([1, 1, 1]);
    expect(schedule.totalValue).toBe(102);
    expect(scheduleSpeeddate({ ...input, minMeetingsPerCandidate: 0 }).totalValue).toBe(201);
  });

  it("gives a first meeting before anyone's second", () => {
    const input: SpeeddateInput = {
      rounds: 2,
      candidates: [{ id: 'k0' }, { id: 'k1' }, { id: 'k2' }],
      tables,
      value: [
        [10, 10],
        [5, 5],
        [1, null],
      ],
      minMeetingsPerCandidate: 2,
    };
    expect(scheduleSpeeddate(input).perCandidate.map((t) => t.meetings)).toEqual([2, 1, 1]);
  });

  it('lets a candidate override the minimum', () => {
    const input: SpeeddateInput = {
      rounds: 1,
      candidates: [{ id: 'k0' }, { id: 'k1', minMeetings: 1 }],
      tables: [{ id: 't0', werkgeverId: 'w0' }],
      value: [[9], [1]],
    };
    expect(count(input, 'k1')).toBe(1);
    expect(count({ ...input, candidates: [{ id: 'k0' }, { id: 'k1' }] }, 'k1')).toBe(0);
  });

  it('says why a candidate stays below the minimum', () => {
    const input: SpeeddateInput = {
      rounds: 3,
      candidates: [
        { id: 'late', arrivalRound: 3 }, // present in one round only
        { id: 'picky' }, // may meet one werkgever only
        { id: 'k2' },
        { id: 'k3' },
        { id: 'k4' },
      ],
      tables: [...tables, { id: 't2', werkgeverId: 'w2' }],
      value: [
        [5, 5, 5],
        [5, null, null],
        [9, 9, 9],
        [9, 9, 9],
        [9, 9, 9],
      ],
      minMeetingsPerCandidate: 2,
    };
    const schedule = scheduleSpeeddate(input);
    const reasons = Object.fromEntries(schedule.belowMinimum.map((s) => [s.candidateId, s.reason]));
    expect(reasons).toMatchObject({ late: 'presence', picky: 'eligibility' });
    // 9 slots: late 1 + picky 1 leave 7 for k2..k4, who need 6: nobody else falls short.
    expect(Object.keys(reasons).sort()).toEqual(['late', 'picky']);

    // One table, two rounds, three candidates who each need one meeting.
    const crowded = scheduleSpeeddate({
      rounds: 2,
      candidates: [{ id: 'k0' }, { id: 'k1' }, { id: 'k2' }],
      tables: [tables[0]],
      value: [[3], [2], [1]],
      minMeetingsPerCandidate: 1,
    });
    expect(crowded.belowMinimum).toEqual([{ candidateId: 'k2', meetings: 0, minimum: 1, reason: 'capacity' }]);
  });
});
