import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { t } from '../i18n/nl';

/** What a form shows after a failed request: messages next to their fields, and the rest above the form. */
export interface FormErrors {
  fields: Record<string, string>;
  general: string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

interface ApiError {
  message: string;
  extensions?: { code?: unknown; field?: unknown } | Record<string, unknown>;
}

/** Codes whose message the API wrote for people (Dutch, actionable); others get a message of our own. */
const READABLE_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
]);

/**
 * Maps an API error to the form's fields. The API names the wrong input in `extensions.field`
 * ("email", "input.email" or "contacten.0.email"); `fields` lists the form's field names, and an error
 * is shown next to the field whose name matches the path or its last part. Everything else — an error
 * without a field, a field the form does not have, a network failure — goes to `general`.
 */
export function toFormErrors(error: unknown, fields: readonly string[] = []): FormErrors {
  const result: FormErrors = { fields: {}, general: [] };
  const addGeneral = (message: string) => {
    if (!result.general.includes(message)) result.general.push(message);
  };

  const errors = graphQLErrors(error);
  if (errors) {
    for (const item of errors) {
      const code = typeof item.extensions?.code === 'string' ? item.extensions.code : undefined;
      const message = code && READABLE_CODES.has(code) && item.message ? item.message : t.fouten.ongeldigeInvoer;
      const field = typeof item.extensions?.field === 'string' ? matchField(item.extensions.field, fields) : undefined;
      if (field) result.fields[field] = result.fields[field] ? `${result.fields[field]} ${message}` : message;
      else
        addGeneral(
          code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' ? t.fouten.ongeldigeInvoer : message,
        );
    }
    if (!errors.length) addGeneral(t.fouten.algemeen);
    return result;
  }
  if (isNetworkError(error)) addGeneral(t.fouten.geenVerbinding);
  else if (error) addGeneral(t.fouten.algemeen);
  return result;
}

/** True when the form has something to show. */
export function hasErrors(errors: FormErrors): boolean {
  return errors.general.length > 0 || Object.keys(errors.fields).length > 0;
}

function matchField(path: string, fields: readonly string[]): string | undefined {
  if (fields.includes(path)) return path;
  const parts = path.split('.');
  for (let i = 1; i < parts.length; i++) {
    const tail = parts.slice(i).join('.');
    if (fields.includes(tail)) return tail;
  }
  return undefined;
}

function graphQLErrors(error: unknown): readonly ApiError[] | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors as readonly ApiError[];
  // A ServerError (HTTP 4xx/5xx) can still carry a GraphQL body with errors.
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: ApiError[] };
      if (Array.isArray(body.errors)) return body.errors;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function isNetworkError(error: unknown): boolean {
  if (ServerError.is(error) || ServerParseError.is(error)) return true;
  return error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message));
}
