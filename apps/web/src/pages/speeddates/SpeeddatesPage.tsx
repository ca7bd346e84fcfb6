import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { SPEEDDATES } from '../../api/speeddates';
import { useUser } from '../../auth/AuthProvider';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { SpeeddateBadge, SpeeddateMeta } from './SpeeddateKop';
import { ORGANISATOREN } from './rollen';

const s = t.speeddates;

/** Organisers: every speeddate, concepts too. Werkgevers and werkcoaches: the ones they can join or joined. */
export function SpeeddatesPage() {
  const user = useUser();
  const organisator = ORGANISATOREN.includes(user.rol);
  const { data, loading, error } = useQuery(SPEEDDATES);
  return (
    <>
      <PageHeading>{s.titel}</PageHeading>
      <p className="lead">
        {organisator ? s.introOrganisator : user.rol === 'WERKCOACH' ? s.introWerkcoach : s.introWerkgever}
      </p>
      {organisator && (
        <p>
          <Link to="/speeddates/nieuw" className="button">
            {s.nieuw}
          </Link>
        </p>
      )}
      {!data ? (
        <QueryState loading={loading} error={error} />
      ) : data.speeddates.length === 0 ? (
        <p>{organisator ? s.geen : s.geenVoorWerkgever}</p>
      ) : (
        <ul className="result-list" aria-label={s.titel}>
          {data.speeddates.map((event) => (
            <li key={event.id} className="result">
              <h2>
                <Link to={`/speeddates/${event.id}`}>{event.naam}</Link> <SpeeddateBadge status={event.status} />
              </h2>
              <SpeeddateMeta event={event} />
              {organisator && <p>{s.kandidaten(event.aantalDeelnemers)}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
