import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { toFormErrors } from '../../api/errors';
import { PLAN_SPEEDDATE, SPEEDDATE_PLANNING, type SpeeddateEvent } from '../../api/speeddates';
import { t } from '../../i18n/nl';
import { kwaliteitProcent, planningLoopt } from './rooster';

const s = t.speeddates;
/** What changes when a planning job ends. */
const NA_PLANNING = [
  'Speeddate',
  'SpeeddateRooster',
  'SpeeddateTafelplan',
  'SpeeddateDeelnemers',
  'SpeeddateKandidaatRooster',
];

/** Starts the planning job and follows its progress until the schedule is there (or it failed). */
export function Planning({ event }: { event: SpeeddateEvent }) {
  const client = useApolloClient();
  const { data, startPolling, stopPolling } = useQuery(SPEEDDATE_PLANNING, {
    variables: { eventId: event.id },
    fetchPolicy: 'network-only',
  });
  const [fout, setFout] = useState<string[]>([]);
  const [plan, { loading }] = useMutation(PLAN_SPEEDDATE, {
    refetchQueries: ['SpeeddatePlanningStatus'],
    awaitRefetchQueries: true,
  });
  const planning = data?.speeddatePlanningStatus;
  const loopt = planningLoopt(planning?.status);
  const liep = useRef(false);
  useEffect(() => {
    if (loopt) {
      liep.current = true;
      startPolling(1000);
      return;
    }
    stopPolling();
    if (liep.current) {
      liep.current = false;
      void client.refetchQueries({ include: NA_PLANNING });
    }
  }, [loopt, startPolling, stopPolling, client]);

  const kwaliteit = planning && planning.status === 'KLAAR' ? kwaliteitProcent(planning) : null;
  return (
    <section className="section no-print" aria-labelledby="sd-planning">
      <h2 id="sd-planning">{s.planningTitel}</h2>
      <p>{s.planningUitleg}</p>
      <div className="progress" role="status" aria-live="polite">
        {planning && planning.status !== 'GEEN' && (
          <progress max={100} value={planning.voortgang} aria-label={s.planningTitel} />
        )}
        {planning && (
          <p>
            <strong>{s.planningStatus[planning.status]}</strong>
            {loopt && `: ${s.voortgang(planning.voortgang)}`}
          </p>
        )}
        {planning?.status === 'KLAAR' && (
          <p>
            {s.gesprekken(planning.gesprekken)}. {kwaliteit !== null && s.kwaliteit(kwaliteit)}
          </p>
        )}
        {planning?.melding && <p>{planning.melding}</p>}
      </div>
      {fout.length > 0 && (
        <p className="field__error" role="alert">
          {fout.join(' ')}
        </p>
      )}
      <p>
        <button
          type="button"
          className={event.status === 'OPEN' ? 'button' : 'button button--secondary'}
          disabled={loading || loopt}
          onClick={async () => {
            setFout([]);
            try {
              await plan({ variables: { eventId: event.id } });
            } catch (error) {
              setFout(toFormErrors(error).general);
            }
          }}
        >
          {event.status === 'OPEN' ? s.plannen : s.opnieuwPlannen}
        </button>
      </p>
    </section>
  );
}
