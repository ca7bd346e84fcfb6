import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import {
  ANNULEER_JOBDATE,
  JOBDATE_BOEKING,
  JOBDATE_QUERIES,
  VERPLAATS_JOBDATE,
  type JobdateBoeking,
} from '../../api/jobdates';
import { useUser } from '../../auth/AuthProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { formatDatumTijd } from '../../lib/tijd';
import { Badge, VrijeTijden } from './onderdelen';

const j = t.jobdates;

/** One booking: the werkcoach moves or cancels it; the werkgever sees the candidate's code and may cancel. */
export function JobdateBoekingPage() {
  const { id = '' } = useParams();
  // A new booking (after a move) starts without the old page's message.
  return <Boeking key={id} id={id} />;
}

function Boeking({ id }: { id: string }) {
  const user = useUser();
  const { data, loading, error } = useQuery(JOBDATE_BOEKING, { variables: { id } });
  const [melding, setMelding] = useState<string | null>(null);
  if (!data) return <QueryState loading={loading} error={error} title={j.titel} />;
  const boeking = data.jobdateBoeking;
  const wanneer = formatDatumTijd(boeking.slot.start);
  const magVerplaatsen = user.rol === 'WERKCOACH' || user.rol === 'ADMIN';

  return (
    <>
      <p className="breadcrumb">
        <Link to="/jobdates">{j.terugNaarLijst}</Link>
      </p>
      <PageHeading title={j.boeking(wanneer)}>
        {j.boeking(wanneer)} <Badge soort={boeking.status}>{j.boekingStatus[boeking.status]}</Badge>
      </PageHeading>
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      <dl className="details">
        <dt>{j.werkgever}</dt>
        <dd>{boeking.slot.werkgeverNaam}</dd>
        <dt>{j.kandidaatCode}</dt>
        <dd>
          {boeking.kandidaat ? (
            <Link to={`/kandidaten/${boeking.kandidaat.id}`}>{boeking.kandidaat.code}</Link>
          ) : (
            j.kandidaatVerborgen
          )}
        </dd>
        <dt>{j.soortGesprek}</dt>
        <dd>
          {t.keuzes.jobdateVorm[boeking.slot.vorm]}
          {boeking.slot.videoLink && (
            <>
              <br />
              <a href={boeking.slot.videoLink}>{boeking.slot.videoLink}</a>
            </>
          )}
        </dd>
        {boeking.slot.vacatureTitels.length > 0 && (
          <>
            <dt>{j.vacature}</dt>
            <dd>{boeking.slot.vacatureTitels.join(', ')}</dd>
          </>
        )}
        <dt>{j.duur}</dt>
        <dd>{j.minuten(boeking.slot.lengteMinuten)}</dd>
        <dt>{j.geboektOp}</dt>
        <dd>{formatDatum(boeking.geboektOp)}</dd>
      </dl>
      {boeking.verplaatstNaar && (
        <p>
          <Link to={`/jobdates/boekingen/${boeking.verplaatstNaar}`}>{j.naarNieuweTijd}</Link>
        </p>
      )}
      {boeking.status === 'GEBOEKT' && (
        <>
          {magVerplaatsen && <Verplaatsen boeking={boeking} onKlaar={setMelding} />}
          <Annuleren boeking={boeking} onKlaar={setMelding} />
        </>
      )}
    </>
  );
}

function Verplaatsen({ boeking, onKlaar }: { boeking: JobdateBoeking; onKlaar: (melding: string) => void }) {
  const [slotId, setSlotId] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const client = useApolloClient();
  const [verplaats, { loading }] = useMutation(VERPLAATS_JOBDATE, {
    refetchQueries: JOBDATE_QUERIES,
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!slotId) return setErrors({ fields: { slotId: j.kiesTijd }, general: [] });
    setErrors(NO_ERRORS);
    try {
      const { data } = await verplaats({ variables: { boekingId: boeking.id, slotId } });
      if (data) onKlaar(j.verplaatst(formatDatumTijd(data.verplaatsJobdate.slot.start)));
    } catch (err) {
      setErrors(toFormErrors(err, ['slotId']));
      await client.refetchQueries({ include: ['JobdateSlots'] });
    }
  }

  return (
    <section className="section" aria-labelledby="boeking-verplaatsen">
      <h2 id="boeking-verplaatsen">{j.verplaatsen}</h2>
      <p>{j.verplaatsIntro}</p>
      <ErrorSummary errors={errors} labels={{ slotId: j.vrijeTijd }} />
      <form className="form form-wide" noValidate onSubmit={submit} aria-label={j.verplaatsen}>
        <VrijeTijden value={slotId} onChange={setSlotId} error={errors.fields.slotId} behalve={boeking.slot.id} />
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.algemeen.bezigMetOpslaan : j.verplaatsen}
        </button>
      </form>
    </section>
  );
}

function Annuleren({ boeking, onKlaar }: { boeking: JobdateBoeking; onKlaar: (melding: string) => void }) {
  const [reden, setReden] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [annuleer, { loading }] = useMutation(ANNULEER_JOBDATE, {
    refetchQueries: JOBDATE_QUERIES,
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    try {
      await annuleer({ variables: { boekingId: boeking.id, ...(reden.trim() && { reden: reden.trim() }) } });
      onKlaar(j.geannuleerd);
    } catch (err) {
      setErrors(toFormErrors(err, ['reden']));
    }
  }

  return (
    <section className="section" aria-labelledby="boeking-annuleren">
      <h2 id="boeking-annuleren">{j.annuleren}</h2>
      <p>{j.annuleerIntro}</p>
      <ErrorSummary errors={errors} labels={{ reden: j.reden }} />
      <form className="form" noValidate onSubmit={submit} aria-label={j.annuleren}>
        <TextField
          name="reden"
          label={j.reden}
          hint={j.redenHint}
          maxLength={500}
          value={reden}
          onChange={(e) => setReden(e.target.value)}
          error={errors.fields.reden}
        />
        <button type="submit" className="button button--secondary" disabled={loading}>
          {loading ? t.algemeen.bezigMetOpslaan : j.annuleren}
        </button>
      </form>
    </section>
  );
}
