import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { WERKGEVERS, type WerkgeverKort } from '../../api/werkgevers';
import { useUser } from '../../auth/AuthProvider';
import { CheckboxField, TextField } from '../../components/fields';
import { appendEdges, MeerLaden } from '../../components/MeerLaden';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { useSearchParam } from '../../lib/useSearchParam';

const PAGE = 25;

/** Staff: the werkgevers of the organisation, by name; an accountmanager starts with their own. */
export function WerkgeversPage() {
  const user = useUser();
  const [zoekterm, setZoekterm] = useSearchParam('q');
  const [mijnParam, setMijn] = useSearchParam('mijn');
  const mijn = mijnParam ? mijnParam === 'ja' : user.rol === 'ACCOUNTMANAGER';
  const [invoer, setInvoer] = useState(zoekterm);
  const filter = { ...(zoekterm && { zoekterm }), ...(mijn && { mijnRelaties: true }) };
  const { data, loading, error, fetchMore } = useQuery(WERKGEVERS, { variables: { first: PAGE, filter } });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setZoekterm(invoer.trim());
  };

  return (
    <>
      <PageHeading>{t.werkgevers.titel}</PageHeading>
      <p className="lead">{t.werkgevers.intro}</p>
      {(user.rol === 'ACCOUNTMANAGER' || user.rol === 'ADMIN') && (
        <p>
          <Link to="/werkgevers/nieuw" className="button">
            {t.werkgeverBeheer.nieuwTitel}
          </Link>
        </p>
      )}
      <form className="filters" role="search" onSubmit={submit}>
        <TextField
          name="q"
          label={t.werkgevers.zoekterm}
          type="search"
          value={invoer}
          onChange={(event) => setInvoer(event.target.value)}
        />
        <button type="submit" className="button">
          {t.algemeen.zoeken}
        </button>
        {user.rol === 'ACCOUNTMANAGER' && (
          <CheckboxField
            name="mijn"
            label={t.werkgevers.mijnRelaties}
            checked={mijn}
            onChange={(on) => setMijn(on ? 'ja' : 'nee')}
          />
        )}
      </form>
      {!data && <QueryState loading={loading} error={error} />}
      {data && (
        <>
          <p className="result-count" role="status">
            {t.werkgevers.aantal(data.werkgevers.totalCount)}
          </p>
          {data.werkgevers.edges.length === 0 ? (
            <p>{t.werkgevers.geen}</p>
          ) : (
            <ul className="result-list" aria-label={t.werkgevers.titel}>
              {data.werkgevers.edges.map(({ node }) => (
                <WerkgeverItem key={node.id} werkgever={node} />
              ))}
            </ul>
          )}
          <MeerLaden
            connection={data.werkgevers}
            onMore={(after) =>
              fetchMore({ variables: { after }, updateQuery: appendEdges<'werkgevers', WerkgeverKort>('werkgevers') })
            }
          />
        </>
      )}
    </>
  );
}

function WerkgeverItem({ werkgever }: { werkgever: WerkgeverKort }) {
  const plaatsen = [...new Set(werkgever.vestigingen.map((v) => v.plaats))];
  return (
    <li className="result">
      <h2>
        <Link to={`/werkgevers/${werkgever.id}`}>{werkgever.naam}</Link>
      </h2>
      <ul className="meta">
        <li>{werkgever.sectorOmschrijving}</li>
        <li>{t.werkgevers.kvk(werkgever.kvkNummer)}</li>
        {werkgever.soort === 'UITZENDBUREAU' && <li>{t.keuzes.werkgeverSoort.UITZENDBUREAU}</li>}
        {plaatsen.length > 0 && <li>{t.werkgevers.plaatsen(plaatsen.join(', '))}</li>}
        {werkgever.accountmanager && <li>{t.werkgevers.accountmanager(werkgever.accountmanager.naam)}</li>}
      </ul>
    </li>
  );
}
