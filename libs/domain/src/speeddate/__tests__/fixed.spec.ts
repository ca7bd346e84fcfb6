import { SpeeddateInputError } from '../errors';
import { scheduleSpeeddate } from '../schedule';
import { SpeeddateFixedMeeting, SpeeddateMeeting, SpeeddateInput } from '../types';
import { validateSpeeddateSchedule } from '../validate';
import { randomInstance } from './support/random-instance';

const asFixed = (m: SpeeddateMeeting): SpeeddateFixedMeeting => ({
  candidateId: m.candidateId,
  tableId: m.tableId,
  round: m.round,
});
const key = (m: SpeeddateFixedMeeting) => `${m.candidateId}|${m.tableId}|${m.round}`;

function expectKept(input: SpeeddateInput, meetings: readonly SpeeddateMeeting[]): void {
  const out = new Map(meetings.map((m) => [key(m), m]));
  for (const f of input.fixed ?? []) expect(out.get(key(f))).toMatchObject({ ...f, fixed: true });
  expect(meetings.filter((m) => m.fixed)).toHaveLength(input.fixed?.length ?? 0);
}

describe('speeddate rescheduling around fixed meetings', () => {
  const base = randomInstance({ candidates: 30, tables: 8, rounds: 6, seed: 5, min: 1, maxValue: 100 });
  const original = scheduleSpeeddate(base);
  const noShow = original.meetings.find((m) => m.round >= 3)!.candidateId;

  it('keeps the held rounds when a candidate leaves after round 2', () => {
    const input: SpeeddateInput = {
      ...base,
      candidates: base.candidates.map((c) => (c.id === noShow ? { ...c, leaveRound: 2 } : c)),
      fixed: original.meetings.filter((m) => m.round <= 2).map(asFixed),
    };
    const schedule = scheduleSpeeddate(input);
    expect(validateSpeeddateSchedule(input, schedule)).toEqual([]);
    expectKept(input, schedule.meetings);
    expect(schedule.meetings.filter((m) => m.candidateId === noShow && m.round > 2)).toEqual([]);
  });

  it('fills a no-show’s tables without moving anybody else', () => {
    const input: SpeeddateInput = {
      ...base,
      candidates: base.candidates.filter((c) => c.id !== noShow),
      value: base.value as number[][],
      fixed: original.meetings.filter((m) => m.candidateId !== noShow).map(asFixed),
    };
    const index = base.candidates.findIndex((c) => c.id === noShow);
    const value = (base.value as Array<Array<number | null>>).filter((_, i) => i !== index);
    const schedule = scheduleSpeeddate({ ...input, value });
    expect(validateSpeeddateSchedule({ ...input, value }, schedule)).toEqual([]);
    expectKept(input, schedule.meetings);
    const freed = original.meetings.filter((m) => m.candidateId === noShow);
    const refilled = schedule.meetings.filter((m) => !m.fixed);
    expect(refilled.length).toBeGreaterThan(0);
    expect(refilled.length).toBeLessThanOrEqual(freed.length);
  });

  it('gives an extra table meetings from round 3 on and keeps rounds 1–2', () => {
    const input: SpeeddateInput = {
      ...base,
      tables: [...base.tables, { id: 'extra', werkgeverId: 'new-employer', arrivalRound: 3 }],
      value: (base.value as Array<Array<number | null>>).map((row, c) => [...row, 40 + (c % 7)]),
      fixed: original.meetings.filter((m) => m.round <= 2).map(asFixed),
    };
    const schedule = scheduleSpeeddate(input);
    expect(validateSpeeddateSchedule(input, schedule)).toEqual([]);
    expectKept(input, schedule.meetings);
    expect(schedule.meetings.filter((m) => m.tableId === 'extra').map((m) => m.round)).toEqual([3, 4, 5, 6]);
  });

  it('keeps a fixed meeting even when the pair has no value edge', () => {
    const input: SpeeddateInput = {
      rounds: 2,
      candidates: [{ id: 'k0' }],
      tables: [{ id: 't0', werkgeverId: 'w0' }],
      value: [[null]],
      fixed: [{ candidateId: 'k0', tableId: 't0', round: 2 }],
    };
    expect(scheduleSpeeddate(input).meetings).toEqual([
      { candidateId: 'k0', tableId: 't0', round: 2, value: 0, fixed: true },
    ]);
  });

  it.each([
    [
      'FIXED_CONFLICT',
      [
        { candidateId: 'k0', tableId: 't0', round: 2 },
        { candidateId: 'k1', tableId: 't0', round: 2 },
      ],
    ],
    [
      'FIXED_CONFLICT',
      [
        { candidateId: 'k0', tableId: 't0', round: 1 },
        { candidateId: 'k0', tableId: 't1', round: 2 },
      ],
    ],
    ['FIXED_OUTSIDE_WINDOW', [{ candidateId: 'k1', tableId: 't0', round: 1 }]],
    ['UNKNOWN_ID', [{ candidateId: 'k9', tableId: 't0', round: 1 }]],
  ])('rejects impossible fixed meetings with %s', (code, fixed) => {
    const input: SpeeddateInput = {
      rounds: 2,
      candidates: [{ id: 'k0' }, { id: 'k1', arrivalRound: 2 }],
      tables: [
        { id: 't0', werkgeverId: 'w0' },
        { id: 't1', werkgeverId: 'w0' },
      ],
      value: [
        [1, 1],
        [1, 1],
      ],
      fixed,
    };
    expect(() => scheduleSpeeddate(input)).toThrow(expect.objectContaining({ code }));
    expect(() => scheduleSpeeddate(input)).toThrow(SpeeddateInputError);
  });
});
