import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { KANDIDATEN, type KandidaatFilter, type KandidaatRij, type KandidaatStatus } from '../../api/kandidaten';
import { useUser } from '../../auth/AuthProvider';
import { CheckboxField, optionsOf, SelectField, TextField } from '../../components/fields';
import { appendEdges, MeerLaden } from '../../components/MeerLaden';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { useFilters } from '../../lib/useSearchParam';

const s = t.stafKandidaten;
const FILTERS = ['code', 'status', 'mijn'] as const;

/** Staff: the candidates of the organisation by code; a werkcoach starts with their own. */
export function StafKandidatenPage() {
  const user = useUser();
  const [{ code, status, mijn: mijnParam }, update] = useFilters(FILTERS);
  const mijn = mijnParam ? mijnParam === 'ja' : user.rol === 'WERKCOACH';
  const [invoer, setInvoer] = useState(code);
  const filter: KandidaatFilter = {
    ...(code && { code }),
    ...(status && { status: [status as KandidaatStatus] }),
    ...(mijn && { mijn: true }),
  };
  const { data, loading, error, fetchMore } = useQuery(KANDIDATEN, { variables: { first: 25, filter } });

  return (
    <>
      <PageHeading>{s.titel}</PageHeading>
      <p className="lead">{s.intro}</p>
      {(user.rol === 'WERKCOACH' || user.rol === 'ADMIN') && (
        <p>
          <Link to="/kandidaten/nieuw" className="button">
            {t.kandidaatBeheer.nieuwTitel}
          </Link>
        </p>
      )}
      <form
        className="filters"
        role="search"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          update({ code: invoer.trim().toUpperCase() });
        }}
      >
        <TextField
          name="code"
          label={s.code}
          value={invoer}
          onChange={(event) => setInvoer(event.target.value)}
          spellCheck={false}
        />
        <button type="submit" className="button">
          {t.algemeen.zoeken}
        </button>
        <SelectField
          name="status"
          label={s.status}
          value={status}
          onChange={(value) => update({ status: value })}
          placeholder={s.alleStatussen}
          options={optionsOf(t.keuzes.kandidaatStatus)}
        />
        <CheckboxField
          name="mijn"
          label={s.mijn}
          checked={mijn}
          onChange={(on) => update({ mijn: on ? 'ja' : 'nee' })}
        />
      </form>
      {!data && <QueryState loading={loading} error={error} />}
      {data && (
        <>
          <p className="result-count" role="status">
            {s.aantal(data.kandidaten.totalCount)}
          </p>
          {data.kandidaten.edges.length === 0 ? (
            <p>{s.geen}</p>
          ) : (
            <ul className="result-list" aria-label={s.titel}>
              {data.kandidaten.edges.map(({ node }) => (
                <li key={node.id} className="result">
                  <h2>
                    <Link to={`/kandidaten/${node.id}`}>{t.kandidaten.kaart(node.code)}</Link>{' '}
                    <KandidaatStatusBadge status={node.status} />
                  </h2>
                  <ul className="meta">
                    <li>{node.gemeente.naam}</li>
                    <li>{t.algemeen.uren(node.urenMin, node.urenMax)}</li>
                    {node.werkcoach && <li>{s.werkcoach(node.werkcoach.naam)}</li>}
                  </ul>
                  {node.beroepswensen.length > 0 && (
                    <p>
                      <strong>{t.kandidaten.beroepswensen}:</strong> {node.beroepswensen.join(', ')}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
          <MeerLaden
            connection={data.kandidaten}
            onMore={(after) =>
              fetchMore({ variables: { after }, updateQuery: appendEdges<'kandidaten', KandidaatRij>('kandidaten') })
            }
          />
        </>
      )}
    </>
  );
}

const BADGE: Record<KandidaatStatus, string> = {
  BESCHIKBAAR: 'OPEN',
  IN_TRAJECT: 'CONCEPT',
  GEPLAATST: 'VERVULD',
  NIET_BESCHIKBAAR: 'GESLOTEN',
};

export function KandidaatStatusBadge({ status }: { status: KandidaatStatus }) {
  return <span className={`badge badge--${BADGE[status]}`}>{t.keuzes.kandidaatStatus[status]}</span>;
}
