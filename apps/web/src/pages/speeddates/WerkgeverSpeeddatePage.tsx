import { useQuery } from '@apollo/client/react';
import { SPEEDDATE_ROOSTER, SPEEDDATE_TAFELS, type SpeeddateEvent } from '../../api/speeddates';
import { VACATURES } from '../../api/vacatures';
import { QueryLijst } from '../../components/QueryLijst';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { perTafel } from './rooster';
import { TafelRooster } from './Rooster';
import { SpeeddateScherm } from './SpeeddateScherm';
import { TafelReserveren, TafelsTabel } from './Tafels';

const s = t.speeddates;

/** A werkgever's view of one speeddate: its own tables, booking one, and its schedule (candidates by code only). */
export function WerkgeverSpeeddatePage() {
  return (
    <SpeeddateScherm>
      {(event, { open, onMelding }) => (
        <>
          <EigenTafels event={event} />
          <section className="section" aria-labelledby="sd-reserveren">
            <h2 id="sd-reserveren">{s.tafelReserveren}</h2>
            {open ? (
              <>
                <p>{s.reserverenUitleg}</p>
                <Reserveren event={event} onMelding={onMelding} />
              </>
            ) : (
              <p>{s.aanmeldenDicht}</p>
            )}
          </section>
          <EigenRooster event={event} />
        </>
      )}
    </SpeeddateScherm>
  );
}

function EigenTafels({ event }: { event: SpeeddateEvent }) {
  const { data, loading, error } = useQuery(SPEEDDATE_TAFELS, { variables: { eventId: event.id } });
  return (
    <section className="section" aria-labelledby="sd-eigen-tafels">
      <h2 id="sd-eigen-tafels">{s.uwTafels}</h2>
      <QueryLijst items={data?.speeddateTafels} loading={loading} error={error} leeg={s.geenEigenTafels}>
        {(tafels) => <TafelsTabel tafels={tafels} caption={s.uwTafels} />}
      </QueryLijst>
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
