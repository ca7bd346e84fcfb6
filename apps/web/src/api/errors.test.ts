import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n/nl';
import { hasErrors, toFormErrors } from './errors';

const graphQLError = (errors: { message: string; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ errors });

describe('toFormErrors', () => {
  it('puts a message with extensions.field next to that field', () => {
    const error = graphQLError([
      {
        message: 'Er bestaat al een gebruiker met e-mailadres a@b.nl.',
        extensions: { code: 'CONFLICT', field: 'email' },
      },
    ]);
    expect(toFormErrors(error, ['naam', 'email'])).toEqual({
      fields: { email: 'Er bestaat al een gebruiker met e-mailadres a@b.nl.' },
      general: [],
    });
  });

  it('matches dotted paths of nested input to the form field by their tail', () => {
    const nested = graphQLError([
      {
        message: 'Vul een geldige postcode in.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.vestigingen.0.postcode' },
      },
    ]);
    expect(toFormErrors(nested, ['vestigingen.0.postcode']).fields).toEqual({
      'vestigingen.0.postcode': 'Vul een geldige postcode in.',
    });
    expect(toFormErrors(nested, ['postcode']).fields).toEqual({ postcode: 'Vul een geldige postcode in.' });
  });

  it('shows errors without a field, or with a field the form does not have, above the form', () => {
    const error = graphQLError([
      { message: 'E-mailadres of wachtwoord is onjuist.', extensions: { code: 'UNAUTHENTICATED' } },
      {
        message: 'Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.',
        extensions: { code: 'BAD_USER_INPUT', field: 'token' },
      },
    ]);
    expect(toFormErrors(error, ['wachtwoord'])).toEqual({
      fields: {},
      general: ['E-mailadres of wachtwoord is onjuist.', 'Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.'],
    });
  });

  it('joins two messages for one field, and does not repeat a general message', () => {
    const error = graphQLError([
      { message: 'Te kort.', extensions: { code: 'BAD_USER_INPUT', field: 'naam' } },
      { message: 'Geen cijfers.', extensions: { code: 'BAD_USER_INPUT', field: 'naam' } },
      { message: 'Te veel inlogpogingen.', extensions: { code: 'TOO_MANY_REQUESTS' } },
      { message: 'Te veel inlogpogingen.', extensions: { code: 'TOO_MANY_REQUESTS' } },
    ]);
    expect(toFormErrors(error, ['naam'])).toEqual({
      fields: { naam: 'Te kort. Geen cijfers.' },
      general: ['Te veel inlogpogingen.'],
    });
  });

  it('replaces technical GraphQL messages with plain Dutch', () => {
    const error = graphQLError([
      { message: 'Variable "$input" got invalid value', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
    expect(toFormErrors(error).general).toEqual([t.fouten.ongeldigeInvoer]);
  });

  it('reads GraphQL errors from an HTTP error body, and says when the API cannot be reached', () => {
    const response = new Response('', { status: 400 });
    const body = JSON.stringify({
      errors: [{ message: 'Vul een geldig e-mailadres in.', extensions: { code: 'BAD_USER_INPUT', field: 'email' } }],
    });
    const server = new ServerError('Response not successful', { response, bodyText: body });
    expect(toFormErrors(server, ['email']).fields).toEqual({ email: 'Vul een geldig e-mailadres in.' });
    expect(toFormErrors(new TypeError('Failed to fetch'))).toEqual({ fields: {}, general: [t.fouten.geenVerbinding] });
    expect(
      toFormErrors(new ServerError('Bad gateway', { response: new Response('', { status: 502 }), bodyText: '<html>' }))
        .general,
    ).toEqual([t.fouten.geenVerbinding]);
  });

  it('has nothing to show without an error', () => {
    expect(hasErrors(toFormErrors(undefined))).toBe(false);
    expect(hasErrors(toFormErrors(new Error('x')))).toBe(true);
  });
});
