import { AppError } from '@matchpunt/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** Trimmed free text of at most `max` characters ('' when absent and optional). */
export function tekst(value: unknown, field: string, max: number, verplicht = false): string {
  if (value == null) {
    if (verplicht) throw AppError.badInput(`${field}: dit veld is verplicht.`, field);
    return '';
  }
  if (typeof value !== 'string') throw AppError.badInput(`${field}: moet tekst zijn.`, field);
  const trimmed = value.trim();
  if (verplicht && trimmed.length === 0) throw AppError.badInput(`${field}: dit veld is verplicht.`, field);
  if (trimmed.length > max) throw AppError.badInput(`${field}: maximaal ${max} tekens.`, field);
  return trimmed;
}

/** PostgreSQL unique_violation on the named constraint or index. */
export function isUniekFout(err: unknown, constraint: string): boolean {
  const e =
    (err as { driverError?: { code?: string; constraint?: string } }).driverError ??
    (err as { code?: string; constraint?: string });
  return e?.code === '23505' && e.constraint === constraint;
}
