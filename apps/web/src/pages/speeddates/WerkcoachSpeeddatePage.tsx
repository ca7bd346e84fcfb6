import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { SPEEDDATE } from '../../api/speeddates';
import { Notice } from '../../components/Notice';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { Deelnemers } from './Deelnemers';
import { PerKandidaat } from './PerKandidaat';
import { SpeeddateKop } from './SpeeddateKop';

const s = t.speeddates;

/** A werkcoach's view of one speeddate: registering own candidates, and their schedules to hand over. */
export function WerkcoachSpeeddatePage() {
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
      <Deelnemers event={event} inschrijven={open} onMelding={setMelding} />
      {event.status === 'INGEPLAND' || event.status === 'AFGEROND' ? (
        <PerKandidaat event={event} />
      ) : (
        <p>{s.roosterNogNiet}</p>
      )}
    </>
  );
}
