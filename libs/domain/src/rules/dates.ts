/**
 * Calendar dates as ISO strings "YYYY-MM-DD" — no time, no time zone. Every computation goes through the
 * (year, month, day) numbers or a UTC day number, so results never depend on the process's TZ.
 * Periods in the rules are inclusive on both ends ("t/m").
 */
import { DomainValidationError } from '../errors';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `value` is a real calendar date written "YYYY-MM-DD" (so not 2025-02-29). */
export function isIsoDate(value: unknown): value is IsoDate {
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** Parses and validates an ISO date, throwing a DomainValidationError naming `field`. */
export function parseIsoDate(value: IsoDate, field: string): CalendarDate {
  if (!isIsoDate(value)) {
    throw new DomainValidationError(
      field,
      `geen geldige datum (verwacht JJJJ-MM-DD): ${String(value)}`,
      `not a valid date (expected YYYY-MM-DD): ${String(value)}`,
    );
  }
  const [year, month, day] = value.split('-').map(Number);
  return { year, month, day };
}

/** "Today": the calendar date in the Netherlands at `now`. */
export function vandaag(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (UTC day number). */
export function dayNumber({ year, month, day }: CalendarDate): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function fromDayNumber(n: number): CalendarDate {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return formatIsoDate(fromDayNumber(dayNumber(parseIsoDate(date, 'date')) + days));
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date, 'date');
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** ISO dates of equal length compare correctly as strings. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
