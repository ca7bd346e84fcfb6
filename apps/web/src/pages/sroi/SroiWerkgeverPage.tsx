import { useQuery } from '@apollo/client/react';
import { SROI_VERPLICHTINGEN } from '../../api/sroi';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { SroiVerplichtingItem } from './SroiVoortgang';

const s = t.sroi;

/** WERKGEVER: its own SROI obligations with their progress (the API answers only its own). */
export function SroiWerkgeverPage() {
  const { data, loading, error } = useQuery(SROI_VERPLICHTINGEN);
  return (
    <>
      <PageHeading>{s.titelWerkgever}</PageHeading>
      <p className="lead">{s.introWerkgever}</p>
      <section className="section" aria-labelledby="sroi-afspraken">
        <h2 id="sroi-afspraken">{s.uwAfspraken}</h2>
        {!data ? (
          <QueryState loading={loading} error={error} />
        ) : data.sroiVerplichtingen.length === 0 ? (
          <p>{s.geenAfspraken}</p>
        ) : (
          <ul className="result-list" aria-label={s.uwAfspraken}>
            {data.sroiVerplichtingen.map((verplichting) => (
              <SroiVerplichtingItem key={verplichting.id} verplichting={verplichting} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
