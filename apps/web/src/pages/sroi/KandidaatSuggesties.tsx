import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { SROI_KANDIDAAT_SUGGESTIES } from '../../api/sroi';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { formatEuro } from '../../lib/geld';
import { KaartSamenvatting } from '../kandidaten/KandidatenPage';

const s = t.sroi;

/** Available candidates of the contracting gemeente who could close the gap (anonymised cards). */
export function KandidaatSuggesties({ verplichtingId, gemeente }: { verplichtingId: string; gemeente: string }) {
  const { data, loading, error } = useQuery(SROI_KANDIDAAT_SUGGESTIES, { variables: { id: verplichtingId } });
  const suggesties = data?.sroiVerplichting.kandidaatSuggesties;
  return (
    <section className="section" aria-labelledby="sroi-kandidaten">
      <h2 id="sroi-kandidaten">{s.kandidaten}</h2>
      {!suggesties ? (
        <QueryState loading={loading} error={error} />
      ) : (
        <>
          <p>{s.kandidatenIntro(formatEuro(suggesties.nogTeRealiseren), suggesties.beschikbaar, gemeente)}</p>
          <ul className="result-list" aria-label={s.kandidaten}>
            {suggesties.kaarten.map((kaart) => (
              <li key={kaart.id} className="result">
                <h3>
                  <Link to={`/kandidaten/${kaart.id}`}>{kaart.code}</Link>
                </h3>
                <KaartSamenvatting kaart={kaart} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
