import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { SPEEDDATE, SPEEDDATE_ROOSTER, SPEEDDATE_TAFELS, type SpeeddateEvent } from '../../api/speeddates';
import { VACATURES } from '../../api/vacatures';
import { Notice } from '../../components/Notice';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { perTafel } from './rooster';
import { TafelRooster } from './Rooster';
import { SpeeddateKop } from './SpeeddateKop';
import { TafelReserveren, TafelsTabel } from './Tafels';

const s = t.speeddates;

/** A werkgever's view of one speeddate: its own tables, booking one, and its schedule (candidates by code only). */
export function WerkgeverSpeeddatePage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(SPEEDDATE, { variables: { id } });
  const [melding, setMelding] = useState<string | null>(null);
  if (!data) return <QueryState loading={loading} error={error} title={s.titel} />;
  const event = data.speeddate;
  const open = event.status === 'OPEN' && new Date(event.inschrijfDeadline).getTime() > Date.now();
  return (
    <>
      <SpeeddateKop event={event} />
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      <EigenTafels event={event} />
      <section className="section" aria-labelledby="sd-reserveren">
        <h2 id="sd-reserveren">{s.tafelReserveren}</h2>
        {open ? (
          <>
            <p>{s.reserverenUitleg}</p>
            <Reserveren event={event} onMelding={setMelding} />
          </>
        ) : (
          <p>{s.aanmeldenDicht}</p>
        )}
      </section>
      <EigenRooster event={event} />
    </>
  );
}

function EigenTafels({ event }: { event: SpeeddateEvent }) {
  const { data, loading, error } = useQuery(SPEEDDATE_TAFELS, { variables: { eventId: event.id } });
  return (
    <section className="section" aria-labelledby="sd-eigen-tafels">
      <h2 id="sd-eigen-tafels">{s.uwTafels}</h2>
      {!data ? (
        <QueryState loading={loading} error={error} />
      ) : data.speeddateTafels.length === 0 ? (
        <p>{s.geenEigenTafels}</p>
      ) : (
        <TafelsTabel tafels={data.speeddateTafels} caption={s.uwTafels} />
      )}
    </section>
  );
}

function Reserveren({ event, onMelding }: { event: SpeeddateEvent; onMelding: (m: string) => void }) {
  const { data } = useQuery(VACATURES, { variables: { first: 100, filter: { status: ['OPEN'] } } });
  const vacatures = (data?.vacatures.edges ?? []).map(({ node }) => ({ value: node.id, label: node.titel }));
  return <TafelReserveren event={event} vacatures={vacatures} titel={s.tafelReserveren} onGereserveerd={onMelding} />;
}

function EigenRooster({ event }: { event: SpeeddateEvent }) {
  const klaar = event.status === 'INGEPLAND' || event.status === 'AFGEROND';
  const { data, loading, error } = useQuery(SPEEDDATE_ROOSTER, { variables: { eventId: event.id }, skip: !klaar });
  return (
    <section className="section" aria-labelledby="sd-eigen-rooster">
      <h2 id="sd-eigen-rooster">{s.uwRooster}</h2>
      {!klaar ? (
        <p>{s.roosterNogNiet}</p>
      ) : !data ? (
        <QueryState loading={loading} error={error} />
      ) : (
        <>
          <p>{s.uwRoosterUitleg}</p>
          {perTafel(data.speeddateRooster).map((tafel) => (
            <TafelRooster key={tafel.tafelId} tafel={tafel} />
          ))}
        </>
      )}
    </section>
  );
}
