import { useState } from 'react';
import { t } from '../i18n/nl';
import type { Connection } from '../api/types';

/** "Toon meer" under a list that comes in pages, with how many of how many are shown. */
export function MeerLaden({
  connection,
  onMore,
}: {
  connection: Connection<unknown>;
  onMore: (after: string) => Promise<unknown>;
}) {
  const [busy, setBusy] = useState(false);
  const shown = connection.edges.length;
  return (
    <div className="form-actions">
      <p className="result-count" aria-live="polite">
        {t.algemeen.aantal(shown, connection.totalCount)}
      </p>
      {connection.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onMore(connection.pageInfo.endCursor!);
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? t.algemeen.bezigMetLaden : t.algemeen.meerLaden}
        </button>
      )}
    </div>
  );
}

/** updateQuery for fetchMore: the next page's edges after the ones already shown. */
export function appendEdges<K extends string, T>(key: K) {
  return (
    previous: { [P in K]: Connection<T> },
    { fetchMoreResult }: { fetchMoreResult: { [P in K]: Connection<T> } },
  ) =>
    ({
      ...previous,
      [key]: { ...fetchMoreResult[key], edges: [...previous[key].edges, ...fetchMoreResult[key].edges] },
    }) as { [P in K]: Connection<T> };
}
