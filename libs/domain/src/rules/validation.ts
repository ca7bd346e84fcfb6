/** Input checks shared by the rules; each throws a DomainValidationError naming the field. */
import type Decimal from 'decimal.js';
import { DomainValidationError } from '../errors';
import { type DecimalInput, toDecimal } from './money';

/** A fraction 0–1 (a percentage 0–100 %). */
export function requireFraction(value: DecimalInput, field: string): Decimal {
  const d = toDecimal(value, field);
  if (d.isNegative() || d.greaterThan(1)) {
    throw new DomainValidationError(
      field,
      `moet tussen 0 en 1 liggen (0–100 %), is ${d.toString()}`,
      `must be between 0 and 1 (0–100 %), is ${d.toString()}`,
    );
  }
  return d;
}

/** A number >= 0. */
export function requireNonNegative(value: DecimalInput, field: string): Decimal {
  const d = toDecimal(value, field);
  if (d.isNegative()) {
    throw new DomainValidationError(
      field,
      `mag niet negatief zijn (${d.toString()})`,
      `must not be negative (${d.toString()})`,
    );
  }
  return d;
}

/** A number > 0. */
export function requirePositive(value: DecimalInput, field: string): Decimal {
  const d = toDecimal(value, field);
  if (!d.isPositive() || d.isZero()) {
    throw new DomainValidationError(
      field,
      `moet groter dan 0 zijn (${d.toString()})`,
      `must be greater than 0 (${d.toString()})`,
    );
  }
  return d;
}

/** 0 < value <= max. */
export function requireInRangeExclusiveZero(value: DecimalInput, max: DecimalInput, field: string): Decimal {
  const d = toDecimal(value, field);
  if (d.lessThanOrEqualTo(0) || d.greaterThan(max)) {
    throw new DomainValidationError(
      field,
      `moet groter dan 0 en hoogstens ${String(max)} zijn (${d.toString()})`,
      `must be greater than 0 and at most ${String(max)} (${d.toString()})`,
    );
  }
  return d;
}

/** An integer >= min. */
export function requireInteger(value: number, field: string, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new DomainValidationError(
      field,
      `moet een geheel getal van minstens ${min} zijn (${String(value)})`,
      `must be an integer of at least ${min} (${String(value)})`,
    );
  }
  return value;
}
