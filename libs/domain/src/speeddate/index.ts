/**
 * Speeddate scheduler: a pure function from candidates, tables, rounds and meeting values to a schedule.
 *
 *   const schedule = scheduleSpeeddate({
 *     rounds: 8,
 *     candidates: [{ id: 'k1' }, { id: 'k2', arrivalRound: 3 }],
 *     tables: [{ id: 't1', werkgeverId: 'w1' }, { id: 't2', werkgeverId: 'w1', leaveRound: 6 }],
 *     value: (candidate, table) => score(candidate, table), // null: may not meet
 *     minMeetingsPerCandidate: 2,
 *     fixed: alreadyHeld, // late change: reschedule around what must stay
 *   });
 */
export { scheduleSpeeddate } from './schedule';
export { validateSpeeddateSchedule } from './validate';
export { SpeeddateInputError } from './errors';
export type { SpeeddateErrorCode } from './errors';
export { MAX_SPEEDDATE_ROUNDS } from './masks';
export * from './types';
