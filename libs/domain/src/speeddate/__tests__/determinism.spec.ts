import { scheduleSpeeddate } from '../schedule';
import { randomInstance } from './support/random-instance';

describe('speeddate scheduler determinism', () => {
  it.each([0, 0.5])('gives the same schedule for the same input (window rate %p)', (windowRate) => {
    const input = randomInstance({ candidates: 60, tables: 15, rounds: 8, seed: 11, windowRate, min: 2, maxValue: 50 });
    const first = scheduleSpeeddate(input);
    const again = scheduleSpeeddate(JSON.parse(JSON.stringify(input)));
    expect(again).toEqual(first);
  });

  it('lists meetings by round, then table order, then candidate order', () => {
    const input = randomInstance({ candidates: 20, tables: 6, rounds: 5, seed: 3 });
    const { meetings } = scheduleSpeeddate(input);
    const key = (m: (typeof meetings)[number]) => [m.round, Number(m.tableId.slice(1)), Number(m.candidateId.slice(1))];
    const sorted = [...meetings].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
    expect(meetings).toEqual(sorted);
  });
});
