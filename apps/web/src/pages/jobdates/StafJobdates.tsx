import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { BOEK_JOBDATE, JOBDATE_BOEKINGEN, JOBDATE_QUERIES, type JobdateBoeking } from '../../api/jobdates';
import { KANDIDATEN } from '../../api/kandidaten';
import { useUser } from '../../auth/AuthProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { formatDatumTijd } from '../../lib/tijd';
import { Boekingen, VrijeTijden } from './onderdelen';

const j = t.jobdates;

/** WERKCOACH (and ADMIN): book a free time for a candidate, follow the bookings. */
export function StafJobdates() {
  const boekingen = useQuery(JOBDATE_BOEKINGEN, { variables: { alleenActief: true } });
  return (
    <>
      <p className="lead">{j.introStaf}</p>
      <JobdateBoeken />
      <section className="section" aria-labelledby="jobdates-geboekt">
        <h2 id="jobdates-geboekt">{j.geboekt}</h2>
        {boekingen.data ? (
          <Boekingen boekingen={boekingen.data.jobdateBoekingen} voorWerkgever={false} />
        ) : (
          <QueryState loading={boekingen.loading} error={boekingen.error} />
        )}
      </section>
    </>
  );
}

function JobdateBoeken() {
  const user = useUser();
  // A werkcoach books for its own candidates; an ADMIN for anyone who can still be placed.
  const kandidaten = useQuery(KANDIDATEN, {
    variables: {
      first: 100,
      filter: user.rol === 'WERKCOACH' ? { mijn: true } : { status: ['BESCHIKBAAR', 'IN_TRAJECT'] },
    },
  });
  const [kandidaatId, setKandidaatId] = useState('');
  const [slotId, setSlotId] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [geboekt, setGeboekt] = useState<JobdateBoeking | null>(null);
  const [boek, { loading }] = useMutation(BOEK_JOBDATE, { refetchQueries: JOBDATE_QUERIES, awaitRefetchQueries: true });
  const client = useApolloClient();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGeboekt(null);
    const fields: Record<string, string> = {};
    if (!kandidaatId) fields.kandidaatId = j.kiesKandidaat;
    if (!slotId) fields.slotId = j.kiesTijd;
    setErrors({ fields, general: [] });
    if (Object.keys(fields).length) return;
    try {
      const { data } = await boek({ variables: { slotId, kandidaatId } });
      setSlotId('');
      if (data) setGeboekt(data.boekJobdate);
    } catch (err) {
      setErrors(toFormErrors(err, ['kandidaatId', 'slotId']));
      // E.g. someone else just booked this time: show what is free and booked now.
      await client.refetchQueries({ include: JOBDATE_QUERIES });
    }
  }

  if (!kandidaten.data) return <QueryState loading={kandidaten.loading} error={kandidaten.error} />;
  const opties = kandidaten.data.kandidaten.edges.map(({ node }) => ({ value: node.id, label: node.code }));
  return (
    <section className="section" aria-labelledby="jobdates-boeken">
      <h2 id="jobdates-boeken">{j.boeken}</h2>
      <div aria-live="polite">
        {geboekt && (
          <Notice>
            {j.geboektMelding(geboekt.kandidaat?.code ?? '', formatDatumTijd(geboekt.slot.start))}{' '}
            <Link to={`/jobdates/boekingen/${geboekt.id}`}>{j.bekijk}</Link>
          </Notice>
        )}
      </div>
      {opties.length === 0 ? (
        <p>{j.geenKandidaten}</p>
      ) : (
        <>
          <ErrorSummary errors={errors} labels={{ kandidaatId: j.kandidaat, slotId: j.vrijeTijd }} />
          <form className="form form-wide" noValidate onSubmit={submit} aria-label={j.boeken}>
            <SelectField
              name="kandidaatId"
              label={j.kandidaat}
              value={kandidaatId}
              onChange={setKandidaatId}
              placeholder={t.algemeen.kiesEen}
              options={opties}
              error={errors.fields.kandidaatId}
              required
            />
            <VrijeTijden value={slotId} onChange={setSlotId} error={errors.fields.slotId} />
            <button type="submit" className="button" disabled={loading}>
              {loading ? t.algemeen.bezigMetOpslaan : j.boeken}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
