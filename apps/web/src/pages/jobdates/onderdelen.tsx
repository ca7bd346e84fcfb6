import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { JOBDATE_SLOTS, type JobdateBoeking, type JobdateSlot } from '../../api/jobdates';
import { RadioGroup } from '../../components/fields';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { formatDatumTijd } from '../../lib/tijd';

const j = t.jobdates;

/** Reuses the badge colours of the vacature statuses: green free, blue booked, grey over. */
const BADGE = {
  VRIJ: 'OPEN',
  GEBOEKT: 'VERVULD',
  INGETROKKEN: 'GESLOTEN',
  GEANNULEERD: 'GESLOTEN',
  VERPLAATST: 'GESLOTEN',
};

export function Badge({ soort, children }: { soort: keyof typeof BADGE; children: string }) {
  return <span className={`badge badge--${BADGE[soort]}`}>{children}</span>;
}

export function slotStatus(slot: JobdateSlot): keyof typeof j.slotStatus {
  if (slot.status === 'GEANNULEERD') return 'INGETROKKEN';
  return slot.geboekt ? 'GEBOEKT' : 'VRIJ';
}

/**
 * Pick one of the free slots (for booking or moving). The API's message about the chosen slot — e.g. it was
 * just booked by someone else — shows right here.
 */
export function VrijeTijden({
  value,
  onChange,
  error,
  behalve,
}: {
  value: string;
  onChange: (slotId: string) => void;
  error?: string;
  behalve?: string;
}) {
  const {
    data,
    loading,
    error: laadFout,
  } = useQuery(JOBDATE_SLOTS, {
    variables: { filter: { alleenVrij: true } },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) return <QueryState loading={loading} error={laadFout} />;
  const slots = data.jobdateSlots.filter((slot) => slot.id !== behalve);
  if (!slots.length) {
    return (
      <>
        {error && <p className="field__error">{error}</p>}
        <p>{j.geenVrijeTijden}</p>
      </>
    );
  }
  return (
    <RadioGroup
      name="slotId"
      legend={j.vrijeTijd}
      value={value}
      onChange={onChange}
      error={error}
      options={slots.map((slot) => ({
        value: slot.id,
        label: [
          j.slotOptie(
            formatDatumTijd(slot.start),
            slot.werkgeverNaam,
            slot.lengteMinuten,
            t.keuzes.jobdateVorm[slot.vorm],
          ),
          ...(slot.vacatureTitels.length ? [j.voorVacatures(slot.vacatureTitels)] : []),
        ].join('. '),
      }))}
    />
  );
}

/** Booked jobdates: when, with whom (the candidate's code, never a name), and a link to the booking. */
export function Boekingen({ boekingen, voorWerkgever }: { boekingen: JobdateBoeking[]; voorWerkgever: boolean }) {
  if (!boekingen.length) return <p>{j.geenBoekingen}</p>;
  return (
    <ul className="result-list" aria-label={j.geboekt}>
      {boekingen.map((boeking) => (
        <li key={boeking.id} className="result">
          <h3>
            <Link to={`/jobdates/boekingen/${boeking.id}`}>{formatDatumTijd(boeking.slot.start)}</Link>
          </h3>
          <ul className="meta">
            <li>{boeking.kandidaat ? j.metKandidaat(boeking.kandidaat.code) : j.kandidaatVerborgen}</li>
            {!voorWerkgever && <li>{j.bij(boeking.slot.werkgeverNaam)}</li>}
            <li>{t.keuzes.jobdateVorm[boeking.slot.vorm]}</li>
            <li>{j.minuten(boeking.slot.lengteMinuten)}</li>
            {boeking.slot.vacatureTitels.length > 0 && <li>{j.voorVacatures(boeking.slot.vacatureTitels)}</li>}
          </ul>
          {voorWerkgever && boeking.kandidaat?.pitch && <p className="kaart__pitch">{boeking.kandidaat.pitch}</p>}
        </li>
      ))}
    </ul>
  );
}
