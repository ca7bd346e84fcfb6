import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { toFormErrors } from '../api/errors';
import { REINDEX, REINDEX_TAAK, ZOEK_INDEX_TYPES, type HerindexeerTaak, type ZoekIndexType } from '../api/zoeken';
import { PageHeading } from '../components/PageHeading';
import { t } from '../i18n/nl';

const z = t.zoekindex;
const KLAAR = ['completed', 'failed'];

/** ADMIN: rebuild a search index and follow the job's progress. */
export function ZoekindexPage() {
  return (
    <>
      <PageHeading>{z.titel}</PageHeading>
      <p className="lead">{z.intro}</p>
      <div className="cards">
        {ZOEK_INDEX_TYPES.map((type) => (
          <IndexKaart key={type} type={type} />
        ))}
      </div>
    </>
  );
}

function IndexKaart({ type }: { type: ZoekIndexType }) {
  const [taakId, setTaakId] = useState<string | null>(null);
  const [fout, setFout] = useState<string[]>([]);
  const [start, { loading }] = useMutation(REINDEX);
  const { data } = useQuery(REINDEX_TAAK, {
    variables: { id: taakId ?? '' },
    skip: !taakId,
    pollInterval: 1000,
    fetchPolicy: 'network-only',
  });
  const taak = data?.reindexTaak;
  const bezig = Boolean(taakId) && (!taak || !KLAAR.includes(taak.status));
  const id = `index-${type}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{z.soort[type]}</h2>
      <button
        type="button"
        className="button button--secondary"
        disabled={loading || bezig}
        onClick={async () => {
          setFout([]);
          try {
            const { data: started } = await start({ variables: { type } });
            if (started) setTaakId(started.reindex.id);
          } catch (error) {
            setFout(toFormErrors(error).general);
          }
        }}
      >
        {z.opnieuw(z.soort[type])}
      </button>
      {fout.length > 0 && (
        <p className="field__error" role="alert">
          {fout.join(' ')}
        </p>
      )}
      {taakId && <Voortgang taak={taak} />}
    </section>
  );
}

function Voortgang({ taak }: { taak: HerindexeerTaak | undefined }) {
  const status = taak?.status ?? 'waiting';
  const klaar = KLAAR.includes(status);
  return (
    <div className="progress" role="status" aria-live="polite">
      {/* No total is known beforehand: an indeterminate bar while it runs, full when done. */}
      {klaar ? <progress max={1} value={1} /> : <progress />}
      <p>
        <strong>{z.status[status] ?? status}</strong>
        {taak && `: ${z.voortgang(taak.verwerkt, taak.geindexeerd)}`}
        {taak?.documentenPerSeconde ? ` (${z.snelheid(taak.documentenPerSeconde)})` : ''}
      </p>
      {taak?.fout && <p className="field__error">{z.fout(taak.fout)}</p>}
    </div>
  );
}
