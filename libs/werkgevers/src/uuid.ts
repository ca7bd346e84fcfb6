const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id can name no row: services answer NOT_FOUND for it instead of letting PostgreSQL fail. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
