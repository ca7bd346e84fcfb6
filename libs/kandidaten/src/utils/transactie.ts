import { AppError } from '@matchpunt/common';
import { DataSource, EntityManager } from 'typeorm';

/** Runs `work` in the caller's transaction when it passes one, else in a new one. */
export function inTransactie<T>(dataSource: DataSource, manager: EntityManager | undefined, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return manager ? work(manager) : dataSource.transaction(work);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** An id argument that is not even a uuid cannot name anything visible: NOT_FOUND, like an unknown one. */
export function vereisUuid(value: string, wat: string): string {
  if (!isUuid(value)) throw AppError.notFound(wat, value);
  return value;
}

/** PostgreSQL unique_violation on the named constraint or index. */
export function isUniekFout(err: unknown, constraint: string): boolean {
  const driverError = (err as { driverError?: { code?: string; constraint?: string } }).driverError ?? (err as { code?: string; constraint?: string });
  return driverError?.code === '23505' && driverError.constraint === constraint;
}
