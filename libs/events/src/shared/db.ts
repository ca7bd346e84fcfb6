import { AppError } from '@matchpunt/common';

/** PostgreSQL unique violation on the named constraint or index. */
export function isUniekFout(err: unknown, constraint?: string): boolean {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.code ?? e?.driverError?.code;
  const naam = e?.constraint ?? e?.driverError?.constraint;
  return code === '23505' && (!constraint || naam === constraint);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

export function vereisUuid(value: string, wat: string): void {
  if (!isUuid(value)) throw AppError.notFound(wat, value);
}

/** `UPDATE … RETURNING` through manager.query answers `[rows, count]`. */
export function rijen<T>(result: unknown): T[] {
  return Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
}
