import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { AANBODSKRANTEN, type AanbodskrantEditie } from '../../api/aanbodskrant';
import { appendEdges, MeerLaden } from '../../components/MeerLaden';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';

const a = t.aanbodskrant;

export function AanbodskrantenPage() {
  const { data, loading, error, fetchMore } = useQuery(AANBODSKRANTEN, { variables: { first: 20 } });
  return (
    <>
      <PageHeading>{a.titel}</PageHeading>
      <p className="lead">{a.intro}</p>
      <p>
        <Link to="/aanbodskrant/nieuw" className="button">
          {a.nieuw}
        </Link>
      </p>
      {!data && <QueryState loading={loading} error={error} />}
      {data &&
        (data.aanbodskranten.edges.length === 0 ? (
          <p>{a.geen}</p>
        ) : (
          <>
            <ul className="result-list" aria-label={a.titel}>
              {data.aanbodskranten.edges.map(({ node }) => (
                <li key={node.id} className="result">
                  <h2>
                    <Link to={`/aanbodskrant/${node.id}`}>{node.titel}</Link> <EditieBadge editie={node} />
                  </h2>
                  <ul className="meta">
                    <li>{a.publicatie(formatDatum(node.publicatiedatum))}</li>
                    <li>{a.kandidaten(node.kandidaten.length)}</li>
                    {node.status === 'VERZONDEN' && <li>{a.interesses(node.aantalInteresses)}</li>}
                  </ul>
                </li>
              ))}
            </ul>
            <MeerLaden
              connection={data.aanbodskranten}
              onMore={(after) =>
                fetchMore({
                  variables: { after },
                  updateQuery: appendEdges<'aanbodskranten', AanbodskrantEditie>('aanbodskranten'),
                })
              }
            />
          </>
        ))}
    </>
  );
}

export function EditieBadge({ editie }: { editie: Pick<AanbodskrantEditie, 'status'> }) {
  return (
    <span className={`badge badge--${editie.status === 'CONCEPT' ? 'CONCEPT' : 'VERVULD'}`}>
      {t.keuzes.aanbodskrantStatus[editie.status]}
    </span>
  );
}
