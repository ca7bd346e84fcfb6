import { t } from '../../i18n/nl';
import { Deelnemers } from './Deelnemers';
import { PerKandidaat } from './PerKandidaat';
import { SpeeddateScherm } from './SpeeddateScherm';

const s = t.speeddates;

/** A werkcoach's view of one speeddate: registering own candidates, and their schedules to hand over. */
export function WerkcoachSpeeddatePage() {
  return (
    <SpeeddateScherm>
      {(event, { open, onMelding }) => (
        <>
          <Deelnemers event={event} inschrijven={open} onMelding={onMelding} />
          {event.status === 'INGEPLAND' || event.status === 'AFGEROND' ? (
            <PerKandidaat event={event} />
          ) : (
            <p>{s.roosterNogNiet}</p>
          )}
        </>
      )}
    </SpeeddateScherm>
  );
}
