import { SpeeddateInputError } from '../errors';
import { scheduleSpeeddate } from '../schedule';
import { SpeeddateInput } from '../types';

const valid: SpeeddateInput = {
  rounds: 2,
  candidates: [{ id: 'k0' }, { id: 'k1' }],
  tables: [{ id: 't0', werkgeverId: 'w0' }],
  value: [[3], [2]],
};

describe('speeddate input', () => {
  it.each<[string, Partial<SpeeddateInput>]>([
    ['INVALID_ROUNDS', { rounds: 0 }],
    ['INVALID_ROUNDS', { rounds: 31 }],
    ['DUPLICATE_ID', { candidates: [{ id: 'k0' }, { id: 'k0' }] }],
    ['INVALID_WINDOW', { candidates: [{ id: 'k0', arrivalRound: 2, leaveRound: 1 }, { id: 'k1' }] }],
    ['INVALID_WINDOW', { tables: [{ id: 't0', werkgeverId: 'w0', leaveRound: 3 }] }],
    ['INVALID_VALUE', { value: [[-1], [2]] }],
    ['INVALID_VALUE', { value: [[Number.NaN], [2]] }],
    ['INVALID_MINIMUM', { minMeetingsPerCandidate: 1.5 }],
  ])('rejects %s', (code, change) => {
    const run = () => scheduleSpeeddate({ ...valid, ...change });
    expect(run).toThrow(SpeeddateInputError);
    expect(run).toThrow(expect.objectContaining({ code }));
  });

  it('gives Dutch and English messages', () => {
    try {
      scheduleSpeeddate({ ...valid, rounds: 0 });
      throw new Error('expected a SpeeddateInputError');
    } catch (error) {
      expect(error).toMatchObject({
        messageNl: expect.stringContaining('rondes'),
        messageEn: expect.stringContaining('rounds'),
      });
    }
  });

  it('takes the value as a function as well as a matrix', () => {
    const byFunction = scheduleSpeeddate({ ...valid, value: (c) => (c.id === 'k0' ? 3 : 2) });
    expect(byFunction).toEqual(scheduleSpeeddate(valid));
    expect(byFunction.meetings.map((m) => [m.candidateId, m.round])).toEqual([
      ['k0', 1],
      ['k1', 2],
    ]);
  });

  it('handles an empty event', () => {
    const schedule = scheduleSpeeddate({ rounds: 3, candidates: [], tables: [], value: [] });
    expect(schedule).toMatchObject({ meetings: [], totalValue: 0, perCandidate: [], belowMinimum: [] });
  });

  it('keeps fractional values exact in the total and near-optimal in the choice', () => {
    const schedule = scheduleSpeeddate({ ...valid, value: [[0.1], [0.2]], rounds: 1 });
    expect(schedule.meetings.map((m) => m.candidateId)).toEqual(['k1']);
    expect(schedule.totalValue).toBe(0.2);
  });
});
