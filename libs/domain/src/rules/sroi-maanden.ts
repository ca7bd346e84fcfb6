/**
 * Months worked, for SROI ("getelde maanden"). Periods are inclusive ISO dates. How a partial month counts is a
 * real choice, so it is a parameter of the set (`sroi.maandTelling`):
 *
 * - DAGGEWOGEN (seeded default): each calendar month in the period counts (days of the period in that month) /
 *   (days in that month); a fully covered month counts exactly 1. 1 Jan–31 Aug = 8; 15 Jan–14 Mar =
 *   17/31 + 1 + 14/31. It is additive — splitting a period at any day never changes the total — so "realised so
 *   far" plus "still to accrue" always equals the forecast, whatever the peildatum.
 * - VOLLE_KALENDERMAANDEN: only calendar months covered from their first to their last day count (1 each).
 * - GESTARTE_KALENDERMAANDEN: every calendar month with at least one day in the period counts 1.
 */
import type Decimal from 'decimal.js';
import { type CalendarDate, daysInMonth, type IsoDate, parseIsoDate } from './dates';
import { Dec, ZERO } from './money';
import type { MaandTelling } from './parameters';

function monthIndex(d: CalendarDate): number {
  return d.year * 12 + d.month - 1;
}

/** Months in [van, tot] (inclusive) under the chosen counting; 0 when tot < van. */
export function telMaanden(van: IsoDate, tot: IsoDate, telling: MaandTelling): Decimal {
  if (tot < van) return ZERO;
  const a = parseIsoDate(van, 'van');
  const b = parseIsoDate(tot, 'tot');
  const dimA = daysInMonth(a.year, a.month);
  const dimB = daysInMonth(b.year, b.month);
  const between = monthIndex(b) - monthIndex(a); // 0 = same month

  if (between === 0) {
    const days = b.day - a.day + 1;
    if (telling === 'GESTARTE_KALENDERMAANDEN') return new Dec(1);
    if (telling === 'VOLLE_KALENDERMAANDEN') return new Dec(days === dimA ? 1 : 0);
    return new Dec(days).dividedBy(dimA);
  }

  const middle = between - 1;
  if (telling === 'GESTARTE_KALENDERMAANDEN') return new Dec(between + 1);
  if (telling === 'VOLLE_KALENDERMAANDEN') {
    return new Dec(middle + (a.day === 1 ? 1 : 0) + (b.day === dimB ? 1 : 0));
  }
  const first = new Dec(dimA - a.day + 1).dividedBy(dimA);
  const last = new Dec(b.day).dividedBy(dimB);
  return first.plus(middle).plus(last);
}
