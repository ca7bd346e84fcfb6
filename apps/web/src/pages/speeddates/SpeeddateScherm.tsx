import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { SPEEDDATE, type SpeeddateEvent } from '../../api/speeddates';
import { Notice } from '../../components/Notice';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { SpeeddateKop } from './SpeeddateKop';

/**
 * The page of one speeddate (from the address) for those who take part — a werkgever or a werkcoach: the head,
 * a notice after signing up, then `children`, told whether signing up is still open.
 */
export function SpeeddateScherm({
  children,
}: {
  children: (event: SpeeddateEvent, aanmelden: { open: boolean; onMelding: (melding: string) => void }) => ReactNode;
}) {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(SPEEDDATE, { variables: { id } });
  const [melding, setMelding] = useState<string | null>(null);
  if (!data) return <QueryState loading={loading} error={error} title={t.speeddates.titel} />;
  const event = data.speeddate;
  const open = event.status === 'OPEN' && new Date(event.inschrijfDeadline).getTime() > Date.now();
  return (
    <>
      <SpeeddateKop event={event} />
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      {children(event, { open, onMelding: setMelding })}
    </>
  );
}
