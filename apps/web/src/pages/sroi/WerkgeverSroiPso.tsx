import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { SROI_VERPLICHTINGEN } from '../../api/sroi';
import { useUser } from '../../auth/AuthProvider';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { SROI_BEHEERDERS } from './rollen';
import { SroiVerplichtingItem } from './SroiVoortgang';

const s = t.sroi;

/** Staff, on a werkgever's page: its SROI obligations, recording a new one, and the way to its PSO position. */
export function WerkgeverSroiPso({ werkgeverId }: { werkgeverId: string }) {
  const user = useUser();
  const { data, loading, error } = useQuery(SROI_VERPLICHTINGEN, { variables: { filter: { werkgeverId } } });
  return (
    <section className="section" aria-labelledby="werkgever-sroi">
      <div className="section-header">
        <h2 id="werkgever-sroi">{s.werkgeverSectie}</h2>
        {SROI_BEHEERDERS.includes(user.rol) && (
          <Link to={`/sroi/nieuw?werkgever=${werkgeverId}`} className="button button--small">
            {s.nieuw}
          </Link>
        )}
      </div>
      {!data ? (
        <QueryState loading={loading} error={error} />
      ) : data.sroiVerplichtingen.length === 0 ? (
        <p>{s.werkgeverGeen}</p>
      ) : (
        <ul className="result-list" aria-label={s.werkgeverSectie}>
          {data.sroiVerplichtingen.map((verplichting) => (
            <SroiVerplichtingItem key={verplichting.id} verplichting={verplichting} />
          ))}
        </ul>
      )}
      <p>
        <Link to={`/werkgevers/${werkgeverId}/pso`}>{t.pso.bekijkStaf}</Link>
      </p>
    </section>
  );
}
