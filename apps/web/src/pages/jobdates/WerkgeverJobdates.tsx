import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { JOBDATE_BOEKINGEN, JOBDATE_SLOTS, PUBLICEER_JOBDATE_SLOT, TREK_JOBDATE_SLOT_IN } from '../../api/jobdates';
import { VACATURES } from '../../api/vacatures';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxGroup, optionsOf, RadioGroup, TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { QueryLijst } from '../../components/QueryLijst';
import { QueryState } from '../../components/QueryState';
import { Tabel } from '../../components/Tabel';
import { t } from '../../i18n/nl';
import { formatDatumTijd } from '../../lib/tijd';
import { Badge, Boekingen, slotStatus } from './onderdelen';
import { LEEG_SLOT, SLOT_FIELDS, toSlotInput, type SlotFormValues } from './slotForm';

const j = t.jobdates;

/** WERKGEVER: open up times for jobdates, see who booked them (as a code), withdraw a free time. */
export function WerkgeverJobdates() {
  const boekingen = useQuery(JOBDATE_BOEKINGEN, { variables: { alleenActief: true } });
  return (
    <>
      <p className="lead">{j.introWerkgever}</p>
      <SlotOpenzetten />
      <section className="section" aria-labelledby="jobdates-geboekt">
        <h2 id="jobdates-geboekt">{j.geboekt}</h2>
        {boekingen.data ? (
          <Boekingen boekingen={boekingen.data.jobdateBoekingen} voorWerkgever />
        ) : (
          <QueryState loading={boekingen.loading} error={boekingen.error} />
        )}
      </section>
      <UwTijden />
    </>
  );
}

function SlotOpenzetten() {
  const [values, setValues] = useState<SlotFormValues>(LEEG_SLOT);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [melding, setMelding] = useState<string | null>(null);
  const vacatures = useQuery(VACATURES, { variables: { first: 100, filter: { status: ['OPEN'] } } });
  const [publiceer, { loading }] = useMutation(PUBLICEER_JOBDATE_SLOT, {
    refetchQueries: ['JobdateSlots'],
    awaitRefetchQueries: true,
  });
  const set = <K extends keyof SlotFormValues>(key: K, value: SlotFormValues[K]) =>
    setValues((old) => ({ ...old, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMelding(null);
    const { input, errors: fout } = toSlotInput(values);
    setErrors(fout);
    if (!input) return;
    try {
      const { data } = await publiceer({ variables: { input } });
      setValues({ ...LEEG_SLOT, vorm: values.vorm, videoLink: values.videoLink, lengteMinuten: values.lengteMinuten });
      if (data) setMelding(j.opengezet(formatDatumTijd(data.publiceerJobdateSlot.start)));
    } catch (err) {
      setErrors(toFormErrors(err, SLOT_FIELDS));
    }
  }

  const labels = {
    start: j.wanneer,
    lengteMinuten: j.lengte,
    vorm: j.vorm,
    videoLink: j.videoLink,
    vacatureIds: j.vacatures,
  };
  const openVacatures =
    vacatures.data?.vacatures.edges.map(({ node }) => ({ value: node.id, label: node.titel })) ?? [];
  return (
    <section className="section" aria-labelledby="jobdates-openzetten">
      <h2 id="jobdates-openzetten">{j.openzetten}</h2>
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      <ErrorSummary errors={errors} labels={labels} />
      <form className="form form-wide" noValidate onSubmit={submit} aria-label={j.openzetten}>
        <div className="form-row">
          <TextField
            name="start"
            label={j.datum}
            type="date"
            value={values.datum}
            onChange={(e) => set('datum', e.target.value)}
            error={errors.fields.start}
            required
          />
          <TextField
            name="tijd"
            label={j.tijd}
            hint={j.tijdHint}
            type="time"
            value={values.tijd}
            onChange={(e) => set('tijd', e.target.value)}
            required
          />
          <TextField
            name="lengteMinuten"
            label={j.lengte}
            hint={j.lengteHint}
            inputMode="numeric"
            value={values.lengteMinuten}
            onChange={(e) => set('lengteMinuten', e.target.value)}
            error={errors.fields.lengteMinuten}
            required
          />
        </div>
        <RadioGroup
          name="vorm"
          legend={j.vorm}
          value={values.vorm}
          onChange={(vorm) => set('vorm', vorm)}
          options={optionsOf(t.keuzes.jobdateVorm)}
          error={errors.fields.vorm}
        />
        {values.vorm === 'VIDEO' && (
          <TextField
            name="videoLink"
            label={j.videoLink}
            hint={j.videoLinkHint}
            type="url"
            value={values.videoLink}
            onChange={(e) => set('videoLink', e.target.value)}
            error={errors.fields.videoLink}
            required
          />
        )}
        {openVacatures.length > 0 && (
          <CheckboxGroup
            name="vacatureIds"
            legend={j.vacatures}
            options={openVacatures}
            value={values.vacatureIds}
            onChange={(ids) => set('vacatureIds', ids)}
            error={errors.fields.vacatureIds}
          />
        )}
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.algemeen.bezigMetOpslaan : j.openzetten}
        </button>
      </form>
    </section>
  );
}

function UwTijden() {
  const { data, loading, error } = useQuery(JOBDATE_SLOTS);
  const [trekIn, { loading: bezig }] = useMutation(TREK_JOBDATE_SLOT_IN, {
    refetchQueries: ['JobdateSlots'],
    awaitRefetchQueries: true,
  });
  const [melding, setMelding] = useState<string | null>(null);
  const [fout, setFout] = useState<{ slotId: string; tekst: string } | null>(null);
  const nu = Date.now();
  const komend = data?.jobdateSlots.filter((slot) => new Date(slot.eind).getTime() > nu);

  async function intrekken(slotId: string, wanneer: string) {
    setMelding(null);
    setFout(null);
    try {
      await trekIn({ variables: { slotId } });
      setMelding(j.ingetrokken(wanneer));
    } catch (err) {
      setFout({ slotId, tekst: toFormErrors(err).general.join(' ') });
    }
  }

  return (
    <section className="section" aria-labelledby="jobdates-tijden">
      <h2 id="jobdates-tijden">{j.uwTijden}</h2>
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      <QueryLijst items={komend} loading={loading} error={error} leeg={j.geenTijden}>
        {(slots) => (
          <Tabel caption={j.uwTijden} koppen={[j.wanneer, j.vorm, j.status, j.actie]}>
            <tbody>
              {slots.map((slot) => {
                const wanneer = formatDatumTijd(slot.start);
                const status = slotStatus(slot);
                return (
                  <tr key={slot.id}>
                    <th scope="row">
                      {wanneer}
                      <br />
                      {j.minuten(slot.lengteMinuten)}
                    </th>
                    <td>
                      {t.keuzes.jobdateVorm[slot.vorm]}
                      {slot.vacatureTitels.length > 0 && (
                        <>
                          <br />
                          {j.voorVacatures(slot.vacatureTitels)}
                        </>
                      )}
                    </td>
                    <td>
                      <Badge soort={status}>{j.slotStatus[status]}</Badge>
                    </td>
                    <td>
                      {status === 'VRIJ' && (
                        <button
                          type="button"
                          className="button button--small button--secondary"
                          disabled={bezig}
                          aria-label={j.intrekkenVoor(wanneer)}
                          onClick={() => intrekken(slot.id, wanneer)}
                        >
                          {j.intrekken}
                        </button>
                      )}
                      {fout?.slotId === slot.id && (
                        <p className="field__error" role="alert">
                          {fout.tekst}
                        </p>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Tabel>
        )}
      </QueryLijst>
    </section>
  );
}
