import type { ErrorLike } from '@apollo/client';
import type { ReactNode } from 'react';
import { QueryState } from './QueryState';

/** A list from a query: while it loads or when it failed the QueryState, `leeg` when it is empty, else `children`. */
export function QueryLijst<T>({
  items,
  loading,
  error,
  leeg,
  children,
}: {
  items: readonly T[] | undefined;
  loading: boolean;
  error?: ErrorLike;
  leeg: string;
  children: (items: readonly T[]) => ReactNode;
}) {
  if (!items) return <QueryState loading={loading} error={error} />;
  if (items.length === 0) return <p>{leeg}</p>;
  return children(items);
}
