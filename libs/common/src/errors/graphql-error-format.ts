import { GraphQLFormattedError } from 'graphql';
import { DomainError, DomainValidationError } from '@matchpunt/domain';
import { AppError, ErrorCode } from './app-error';

const APOLLO_INPUT_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

export interface ErrorLogger {
  error(obj: object, msg: string): void;
}

/**
 * Maps whatever a resolver threw to a client-safe error: stable code, actionable message,
 * never a stack trace or SQL. Unknown errors are logged and answered with a generic message.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  original: unknown,
  logger: ErrorLogger,
): GraphQLFormattedError {
  const cause: unknown = (original as { originalError?: unknown })?.originalError ?? original;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (cause instanceof AppError) {
    return { ...base, message: cause.message, extensions: { code: cause.code, ...(cause.field && { field: cause.field }) } };
  }
  if (cause instanceof DomainValidationError) {
    return { ...base, message: cause.messageNl, extensions: { code: 'BAD_USER_INPUT', field: cause.field } };
  }
  if (cause instanceof DomainError) {
    return { ...base, message: cause.messageNl, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const httpStatus = (cause as { status?: number })?.status;
  const response = (cause as { response?: { message?: string | string[] } })?.response;
  if (httpStatus === 400 && response?.message) {
    const messages = Array.isArray(response.message) ? response.message : [response.message];
    return { ...base, message: messages.join('; '), extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (httpStatus === 403) return { ...base, message: AppError.forbidden().message, extensions: { code: 'FORBIDDEN' } };
  if (httpStatus === 401) return { ...base, extensions: { code: 'UNAUTHENTICATED' } };

  const code = formatted.extensions?.code as string | undefined;
  if (code && APOLLO_INPUT_CODES.has(code)) {
    return { ...base, extensions: { code: code === 'BAD_REQUEST' ? 'BAD_USER_INPUT' : code } };
  }
  if (code === 'GRAPHQL_QUERY_TOO_COMPLEX' || code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
    return { ...base, extensions: { code } };
  }
  logger.error({ err: cause, path: formatted.path }, 'unhandled error in GraphQL operation');
  const internal: ErrorCode = 'INTERNAL_SERVER_ERROR';
  return { ...base, message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', extensions: { code: internal } };
}
