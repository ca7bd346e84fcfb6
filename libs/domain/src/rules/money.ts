/**
 * Exact decimal arithmetic for the rules (RULES.md: never binary floating point).
 *
 * - All calculations use `Dec`, a decimal.js constructor with 34 significant digits, so intermediate results
 *   keep full precision; nothing is rounded until an amount is reported.
 * - Reported money is rounded to whole cents half away from zero (decimal.js ROUND_HALF_UP rounds away from
 *   zero, also for negative numbers: -2.5 → -3) and crosses the API boundary as a string of euros with two
 *   decimals: "816.20", "-13.70".
 * - Rates are fractions everywhere in the domain (0.08 = 8 %); `formatPercentage` reports them in percent.
 */
import Decimal from 'decimal.js';
import { DomainValidationError } from '../errors';

export const Dec = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

/** What the rules accept for a number: a decimal string ("14.71"), a JS number or a Decimal. */
export type DecimalInput = Decimal.Value;

/** A euro amount as it crosses the API: two decimals, "." as separator, no thousands separator. */
export type EuroString = string;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/** Parses a number, throwing a DomainValidationError naming `field` when it is not a finite number. */
export function toDecimal(value: DecimalInput, field: string): Decimal {
  let d: Decimal;
  try {
    d = new Dec(typeof value === 'string' ? value.trim() : value);
  } catch {
    throw new DomainValidationError(
      field,
      `geen geldig getal (${String(value)})`,
      `not a valid number (${String(value)})`,
    );
  }
  if (!d.isFinite()) {
    throw new DomainValidationError(
      field,
      `geen eindig getal (${String(value)})`,
      `not a finite number (${String(value)})`,
    );
  }
  return d;
}

const constants = new Map<string, Decimal>();
const MAX_CONSTANTS = 10_000;

/**
 * A parameter-set value ("0.08") as a Decimal, parsed once per distinct string. Only for trusted values of a
 * parameter set (checked by parseParameterSet); Decimals are immutable, so sharing them is safe.
 */
export function param(value: string): Decimal {
  let d = constants.get(value);
  if (d === undefined) {
    if (constants.size >= MAX_CONSTANTS) constants.clear();
    d = new Dec(value);
    constants.set(value, d);
  }
  return d;
}

/** Rounds to `places` decimals, half away from zero. */
export function roundHalfAwayFromZero(value: Decimal, places: number): Decimal {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** Rounds an amount to whole cents, half away from zero. */
export function roundCents(value: Decimal): Decimal {
  return roundHalfAwayFromZero(value, 2);
}

/** Formats a number with a fixed number of decimals, half away from zero; never "-0.00". */
export function formatFixed(value: Decimal, places: number): string {
  const rounded = roundHalfAwayFromZero(value, places);
  return rounded.isZero() ? new Dec(0).toFixed(places) : rounded.toFixed(places);
}

/** Formats euros for the API: "816.20". */
export function formatEuro(value: Decimal): EuroString {
  return formatFixed(value, 2);
}

/** Formats a fraction as a percentage with two decimals: 0.296296… → "29.63". */
export function formatPercentage(fraction: Decimal): string {
  return formatFixed(fraction.times(100), 2);
}

const EURO_PATTERN = /^-?\d+(\.\d{1,2})?$/;

/** Parses a euro amount from the API ("816.20", "-13.7", "1000"); at most two decimals, no separators. */
export function parseEuro(value: string, field: string): Decimal {
  if (!EURO_PATTERN.test(value.trim())) {
    throw new DomainValidationError(
      field,
      `geen geldig bedrag in euro's (verwacht bijv. "816.20"): ${value}`,
      `not a valid euro amount (expected e.g. "816.20"): ${value}`,
    );
  }
  return new Dec(value.trim());
}

/** Sum of decimals (0 for an empty list). */
export function sum(values: readonly Decimal[]): Decimal {
  let total: Decimal = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

export function minDecimal(a: Decimal, b: Decimal): Decimal {
  return a.lessThanOrEqualTo(b) ? a : b;
}

export function maxDecimal(a: Decimal, b: Decimal): Decimal {
  return a.greaterThanOrEqualTo(b) ? a : b;
}
