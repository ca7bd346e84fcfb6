import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useMelding } from '../../lib/useMelding';
import { toFormErrors } from '../../api/errors';
import {
  ANNULEER_SPEEDDATE,
  OPEN_SPEEDDATE,
  ROND_SPEEDDATE_AF,
  SPEEDDATE,
  SPEEDDATE_TAFELS,
  type SpeeddateEvent,
} from '../../api/speeddates';
import { Notice } from '../../components/Notice';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { Deelnemers } from './Deelnemers';
import { Planning } from './Planning';
import { Rooster } from './Rooster';
import { SpeeddateKop } from './SpeeddateKop';
import { TafelReserveren, TafelsTabel } from './Tafels';

const s = t.speeddates;

/** The organiser's page of one speeddate: setup, planning with progress, the schedule, no-shows and outcomes. */
export function SpeeddatePage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(SPEEDDATE, { variables: { id } });
  const [melding, setMelding] = useMelding();
  if (!data) return <QueryState loading={loading} error={error} title={s.titel} />;
  const event = data.speeddate;
  // Organisers may still add a late table once the schedule is made (then plan again).
  const inschrijven = event.status === 'OPEN' || event.status === 'INGEPLAND';
  const ingepland = event.status === 'INGEPLAND' || event.status === 'AFGEROND';
  // Before the schedule exists the setup comes first; afterwards the schedule does.
  const inschrijving = (
    <>
      <TafelsSectie event={event} inschrijven={inschrijven} onMelding={setMelding} />
      <Deelnemers event={event} inschrijven={event.status === 'OPEN'} onMelding={setMelding} />
    </>
  );
  return (
    <>
      <SpeeddateKop event={event} />
      <div className="no-print" aria-live="polite">
        {melding && <Notice>{melding}</Notice>}
      </div>
      <section className="section no-print" aria-labelledby="sd-stap">
        <h2 id="sd-stap">{s.volgendeStap}</h2>
        <p>{s.stap[event.status]}</p>
        <StatusKnoppen event={event} onMelding={setMelding} />
      </section>
      {!ingepland && inschrijving}
      {(event.status === 'OPEN' || event.status === 'INGEPLAND') && <Planning event={event} />}
      {ingepland && <Rooster event={event} onMelding={setMelding} />}
      {ingepland && inschrijving}
    </>
  );
}

function TafelsSectie({
  event,
  inschrijven,
  onMelding,
}: {
  event: SpeeddateEvent;
  inschrijven: boolean;
  onMelding: (m: string) => void;
}) {
  const { data, loading, error } = useQuery(SPEEDDATE_TAFELS, { variables: { eventId: event.id } });
  return (
    <section className="section no-print" aria-labelledby="sd-tafels">
      <h2 id="sd-tafels">{s.tafelsTitel}</h2>
      {!data ? (
        <QueryState loading={loading} error={error} />
      ) : data.speeddateTafels.length === 0 ? (
        <p>{s.geenTafels}</p>
      ) : (
        <TafelsTabel tafels={data.speeddateTafels} caption={s.tafelsTitel} />
      )}
      {inschrijven && (
        <>
          <h3>{s.tafelVoorWerkgever}</h3>
          <TafelReserveren event={event} kiesWerkgever titel={s.tafelVoorWerkgever} onGereserveerd={onMelding} />
        </>
      )}
    </section>
  );
}

/** Open, close or cancel, as far as the status allows (the API checks again). */
function StatusKnoppen({ event, onMelding }: { event: SpeeddateEvent; onMelding: (m: string) => void }) {
  const [zeker, setZeker] = useState(false);
  const [fout, setFout] = useState<string[]>([]);
  const opties = { refetchQueries: ['Speeddates'] };
  const [open, o] = useMutation(OPEN_SPEEDDATE, opties);
  const [rondAf, r] = useMutation(ROND_SPEEDDATE_AF, opties);
  const [annuleer, a] = useMutation(ANNULEER_SPEEDDATE, opties);
  const bezig = o.loading || r.loading || a.loading;
  const doe =
    (actie: (options: { variables: { eventId: string } }) => Promise<unknown>, melding: string) => async () => {
      setFout([]);
      setZeker(false);
      try {
        await actie({ variables: { eventId: event.id } });
        onMelding(melding);
      } catch (error) {
        setFout(toFormErrors(error).general);
      }
    };
  const annuleerbaar = event.status === 'CONCEPT' || event.status === 'OPEN' || event.status === 'INGEPLAND';
  return (
    <>
      {fout.length > 0 && (
        <p className="field__error" role="alert">
          {fout.join(' ')}
        </p>
      )}
      <div className="form-actions">
        {event.status === 'CONCEPT' && (
          <button type="button" className="button" disabled={bezig} onClick={doe(open, s.geopend)}>
            {s.openen}
          </button>
        )}
        {event.status === 'INGEPLAND' && (
          <button type="button" className="button" disabled={bezig} onClick={doe(rondAf, s.afgerond)}>
            {s.afronden}
          </button>
        )}
        {annuleerbaar && !zeker && (
          <button type="button" className="button button--secondary" disabled={bezig} onClick={() => setZeker(true)}>
            {s.annuleren}
          </button>
        )}
      </div>
      {zeker && (
        <div className="card" role="group" aria-labelledby="sd-bevestig-annuleren">
          <p id="sd-bevestig-annuleren">{s.bevestigAnnuleren}</p>
          <div className="form-actions">
            <button type="button" className="button" disabled={bezig} onClick={doe(annuleer, s.geannuleerd)}>
              {s.jaAnnuleren}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setZeker(false)}>
              {s.nietAnnuleren}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
