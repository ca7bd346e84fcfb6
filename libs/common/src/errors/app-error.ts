/** Stable error codes that reach clients in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

/**
 * The one error type services throw. `field` names the input that was wrong so the portal can
 * show the message next to it.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badInput(message: string, field?: string) {
    return new AppError('BAD_USER_INPUT', message, field);
  }
  static notFound(what: string, id?: string) {
    return new AppError('NOT_FOUND', id ? `${what} ${id} bestaat niet of is niet zichtbaar voor u.` : `${what} niet gevonden.`);
  }
  static forbidden(message = 'U heeft geen toegang tot deze gegevens.') {
    return new AppError('FORBIDDEN', message);
  }
  static conflict(message: string, field?: string) {
    return new AppError('CONFLICT', message, field);
  }
  static unauthenticated(message = 'Log opnieuw in.') {
    return new AppError('UNAUTHENTICATED', message);
  }
}
