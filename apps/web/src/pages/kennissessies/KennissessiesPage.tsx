import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { KENNISSESSIES, type Kennissessie } from '../../api/kennissessies';
import { useUser } from '../../auth/AuthProvider';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { formatDatumTijd } from '../../lib/tijd';
import { KENNISSESSIE_ORGANISATOREN } from './rollen';

const k = t.kennissessies;

/** Upcoming kennissessies; organisers plan new ones, employers open one to sign up. */
export function KennissessiesPage() {
  const user = useUser();
  const { data, loading, error } = useQuery(KENNISSESSIES, { fetchPolicy: 'cache-and-network' });
  const organisator = KENNISSESSIE_ORGANISATOREN.includes(user.rol);
  return (
    <>
      <PageHeading>{k.titel}</PageHeading>
      <p className="lead">{user.rol === 'WERKGEVER' ? k.introWerkgever : k.introStaf}</p>
      {organisator && (
        <p>
          <Link className="button" to="/kennissessies/nieuw">
            {k.plannen}
          </Link>
        </p>
      )}
      {!data ? (
        <QueryState loading={loading} error={error} />
      ) : data.kennissessies.length === 0 ? (
        <p>{k.geen}</p>
      ) : (
        <ul className="result-list" aria-label={k.titel}>
          {data.kennissessies.map((sessie) => (
            <li key={sessie.id} className="result">
              <h2>
                <Link to={`/kennissessies/${sessie.id}`}>{sessie.titel}</Link> <VolBadge sessie={sessie} />
              </h2>
              <SessieMeta sessie={sessie} />
              <UwAanmeldingen sessie={sessie} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** An employer sees at a glance whether it is signed up or waiting. */
function UwAanmeldingen({ sessie }: { sessie: Kennissessie }) {
  if (!sessie.uwAangemeld && !sessie.uwWachtlijst) return null;
  return (
    <p>
      {sessie.uwAangemeld ? <span className="badge badge--OPEN">{k.uwAangemeld(sessie.uwAangemeld)}</span> : null}{' '}
      {sessie.uwWachtlijst ? <span className="badge badge--CONCEPT">{k.uwWachtlijst(sessie.uwWachtlijst)}</span> : null}
    </p>
  );
}

export function VolBadge({ sessie }: { sessie: Kennissessie }) {
  return sessie.aangemeld >= sessie.capaciteit ? <span className="badge badge--CONCEPT">{k.vol}</span> : null;
}

export function SessieMeta({ sessie }: { sessie: Kennissessie }) {
  return (
    <ul className="meta">
      <li>{formatDatumTijd(sessie.start)}</li>
      <li>{k.minuten(sessie.lengteMinuten)}</li>
      <li>{t.keuzes.kennissessieThema[sessie.thema]}</li>
      <li>{sessie.vorm === 'ONLINE' ? k.online : sessie.locatie}</li>
      <li>{k.plekken(sessie.aangemeld, sessie.capaciteit)}</li>
      {sessie.wachtlijst > 0 && <li>{k.opWachtlijst(sessie.wachtlijst)}</li>}
    </ul>
  );
}
