import { AppError } from '@matchpunt/common';
import { Dec, isIsoDate } from '@matchpunt/domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id names no row: answer NOT_FOUND for it instead of letting PostgreSQL fail. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** A JJJJ-MM-DD date from the API, or BAD_USER_INPUT naming the field. */
export function datum(value: unknown, field: string): string {
  if (!isIsoDate(value)) throw AppError.badInput(`${field}: "${String(value)}" is geen geldige datum (JJJJ-MM-DD).`, field);
  if (value < '1990-01-01' || value > '2100-12-31') throw AppError.badInput(`${field}: ${value} ligt buiten 1990–2100.`, field);
  return value;
}

/** An optional date: undefined and null stay null. */
export function optioneleDatum(value: unknown, field: string): string | null {
  return value == null ? null : datum(value, field);
}

/** `eind` not before `start`, else BAD_USER_INPUT on the end field. */
export function nietVoor(start: string, eind: string | null, field: string): void {
  if (eind !== null && eind < start) throw AppError.badInput(`${field}: ${eind} ligt voor de begindatum ${start}.`, field);
}

/** A percentage 0–100 from the API as a fraction string for the rules ("60" → "0.6"). */
export function percentage(value: string, field: string): string {
  const d = getal(value, field);
  if (d.isNegative() || d.greaterThan(100)) throw AppError.badInput(`${field}: moet tussen 0 en 100 % liggen (is ${d.toString()}).`, field);
  return d.dividedBy(100).toString();
}

/** A fraction from the rules as a percentage string ("0.05" → "5"). */
export function naarPercentage(fraction: string): string {
  return new Dec(fraction).times(100).toString();
}

/** A decimal from the API (the Decimal scalar already checked the format). */
export function getal(value: string, field: string): InstanceType<typeof Dec> {
  try {
    const d = new Dec(value);
    if (d.isFinite()) return d;
  } catch {
    // fall through
  }
  throw AppError.badInput(`${field}: "${value}" is geen getal.`, field);
}

/** A decimal within [min, max], else BAD_USER_INPUT naming the field. */
export function getalTussen(value: string, field: string, min: number, max: number, inclusiefMin = true): string {
  const d = getal(value, field);
  const teLaag = inclusiefMin ? d.lessThan(min) : d.lessThanOrEqualTo(min);
  if (teLaag || d.greaterThan(max)) {
    throw AppError.badInput(`${field}: moet ${inclusiefMin ? 'minstens' : 'groter dan'} ${min} en hoogstens ${max} zijn (is ${d.toString()}).`, field);
  }
  return d.toString();
}

/** Free text: trimmed, at most `max` characters. */
export function tekst(value: string | null | undefined, field: string, max: number, verplicht = false): string {
  const trimmed = (value ?? '').trim();
  if (verplicht && trimmed === '') throw AppError.badInput(`${field} mag niet leeg zijn.`, field);
  if (trimmed.length > max) throw AppError.badInput(`${field} mag hoogstens ${max} tekens hebben.`, field);
  return trimmed;
}
