import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { toFormErrors } from '../api/errors';
import { t } from '../i18n/nl';
import { Loading } from './Loading';
import { PageHeading } from './PageHeading';

/** What a page shows while its data loads or when it could not be loaded (the API's message, in Dutch). */
export function QueryState({ loading, error, title }: { loading: boolean; error?: ErrorLike; title?: string }) {
  if (error) {
    const notFound = CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'NOT_FOUND');
    const messages = toFormErrors(error).general;
    return (
      <>
        {title && <PageHeading>{notFound ? t.nietGevonden.titel : title}</PageHeading>}
        <div className="error-summary" role="alert">
          {messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      </>
    );
  }
  if (loading) return <Loading />;
  return null;
}
