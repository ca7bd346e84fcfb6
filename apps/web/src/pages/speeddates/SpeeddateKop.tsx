import { Link } from 'react-router-dom';
import type { SpeeddateEvent, SpeeddateStatus } from '../../api/speeddates';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { formatDatumTijd } from '../../lib/tijd';

const s = t.speeddates;

const BADGE: Record<SpeeddateStatus, string> = {
  CONCEPT: 'CONCEPT',
  OPEN: 'OPEN',
  INGEPLAND: 'VERVULD',
  AFGEROND: 'GESLOTEN',
  GEANNULEERD: 'GESLOTEN',
};

export function SpeeddateBadge({ status }: { status: SpeeddateStatus }) {
  return <span className={`badge badge--${BADGE[status]}`}>{s.status[status]}</span>;
}

/** When, where and how: the facts both organisers and werkgevers need. */
export function SpeeddateMeta({ event }: { event: SpeeddateEvent }) {
  return (
    <ul className="meta">
      <li>{s.wanneer(formatDatum(event.datum), event.starttijd)}</li>
      <li>{s.waar(event.locatie, event.adres, event.plaats)}</li>
      <li>{s.rondes(event.rondes, event.rondeMinuten)}</li>
      <li>{s.bezetting(event.aantalTafels, event.capaciteitTafels)}</li>
      {event.status === 'OPEN' && <li>{s.aanmeldenTot(formatDatumTijd(event.inschrijfDeadline))}</li>}
    </ul>
  );
}

/** The top of a speeddate page: back link, the name with its status as the h1, the facts. */
export function SpeeddateKop({ event }: { event: SpeeddateEvent }) {
  return (
    <>
      <p className="breadcrumb no-print">
        <Link to="/speeddates">{s.terug}</Link>
      </p>
      <PageHeading title={event.naam}>
        {event.naam} <SpeeddateBadge status={event.status} />
      </PageHeading>
      <SpeeddateMeta event={event} />
    </>
  );
}
