import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { SroiStatus, SroiVerplichtingKort, SroiVoortgang } from '../../api/sroi';
import { t } from '../../i18n/nl';
import { formatDatum, formatDecimaal } from '../../lib/format';
import { formatEuro } from '../../lib/geld';
import { aandeel } from './sroiForm';

const s = t.sroi;

const BADGE: Record<SroiStatus, string> = { OP_SCHEMA: 'OPEN', ACHTER: 'CONCEPT', GEREALISEERD: 'VERVULD' };

export function SroiStatusBadge({ status }: { status: SroiStatus }) {
  return <span className={`badge badge--${BADGE[status]}`}>{s.status[status]}</span>;
}

/** Realised against the obligation as a progress bar, with the same figures in words beside it. */
export function SroiVoortgangBalk({ voortgang, uitleg = false }: { voortgang: SroiVoortgang; uitleg?: boolean }) {
  const tekstId = `sroi-voortgang-${useId().replace(/:/g, '')}`;
  return (
    <div className="progress">
      <p>
        <SroiStatusBadge status={voortgang.status} />
      </p>
      <progress max={1} value={aandeel(voortgang.gerealiseerd, voortgang.verplichting)} aria-labelledby={tekstId} />
      <p id={tekstId}>
        {s.gehaald(
          formatEuro(voortgang.gerealiseerd),
          formatEuro(voortgang.verplichting),
          formatDecimaal(voortgang.voortgangPct ?? '0'),
        )}
      </p>
      <p>{s.verwachting(formatEuro(voortgang.prognose), formatDecimaal(voortgang.prognosePct ?? '0'))}</p>
      {uitleg && <p>{s.statusUitleg[voortgang.status]}</p>}
    </div>
  );
}

/** An amount done with its share of the obligation, in a table cell: "€ 12.000,00 (29,63 %)". */
export function BedragMetProcent({ bedrag, procent }: { bedrag: string; procent: string | null }) {
  return (
    <>
      {formatEuro(bedrag)} ({formatDecimaal(procent ?? '0')} %)
    </>
  );
}

/** One obligation in a list: contract, gemeente, period and progress, linking to its page. */
export function SroiVerplichtingItem({
  verplichting,
  headingLevel = 3,
}: {
  verplichting: SroiVerplichtingKort;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className="result">
      <Heading>
        <Link to={`/sroi/${verplichting.id}`}>{verplichting.contractnaam}</Link>
      </Heading>
      <ul className="meta">
        {verplichting.gemeente && <li>{s.gemeente(verplichting.gemeente.naam)}</li>}
        <li>{s.looptTot(formatDatum(verplichting.startDatum), formatDatum(verplichting.eindDatum))}</li>
      </ul>
      <SroiVoortgangBalk voortgang={verplichting.voortgang} uitleg />
    </li>
  );
}
