import { scheduleSpeeddate } from '../schedule';
import { validateSpeeddateSchedule } from '../validate';
import { randomInstance } from './support/random-instance';

describe('speeddate schedules obey the hard rules', () => {
  const cases = [
    { candidates: 30, tables: 8, rounds: 5, windowRate: 0 },
    { candidates: 30, tables: 8, rounds: 5, windowRate: 0.4 },
    { candidates: 80, tables: 20, rounds: 8, windowRate: 0.2 },
    { candidates: 25, tables: 25, rounds: 6, windowRate: 0.7 },
    { candidates: 10, tables: 30, rounds: 10, windowRate: 0.5, sharedEmployerRate: 0.6 },
    { candidates: 120, tables: 30, rounds: 12, windowRate: 0.3, forbiddenRate: 0.6 },
  ];

  it.each(cases.flatMap((shape) => [1, 2, 3].map((seed) => ({ ...shape, seed, min: seed }))))(
    'random instance %j',
    (options) => {
      const input = randomInstance({ ...options, maxValue: 100 });
      const schedule = scheduleSpeeddate(input);
      expect(validateSpeeddateSchedule(input, schedule)).toEqual([]);
      expect(schedule.meetings.length).toBeGreaterThan(0);
    },
  );

  it('has a validator that catches every kind of violation', () => {
    const input = randomInstance({ candidates: 6, tables: 4, rounds: 4, seed: 7, forbiddenRate: 0, maxValue: 9 });
    const good = scheduleSpeeddate(input);
    const [m] = good.meetings;
    const other = good.meetings.find((x) => x.round === m.round && x.candidateId !== m.candidateId)!;
    const broken = (meetings: typeof good.meetings) => validateSpeeddateSchedule(input, { ...good, meetings });

    expect(broken([...good.meetings, { ...m, round: m.round === 1 ? 2 : 1 }]).join()).toContain('werkgever twice');
    expect(broken(good.meetings.map((x) => (x === other ? { ...x, tableId: m.tableId } : x))).join()).toContain(
      'table has two meetings',
    );
    expect(broken([...good.meetings, { ...m, round: 99 }]).join()).toContain('outside a presence window');
    expect(broken([...good.meetings, { ...m, candidateId: 'nobody' }]).join()).toContain('unknown');
    expect(validateSpeeddateSchedule(input, { ...good, totalValue: good.totalValue + 1 }).join()).toContain(
      'totalValue',
    );
  });
});
