import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { VOEG_VESTIGING_TOE, WIJZIG_VESTIGING, type Vestiging } from '../../api/werkgevers';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { t } from '../../i18n/nl';
import {
  controleerVestiging,
  LEGE_VESTIGING,
  VESTIGING_FIELDS,
  vestigingInput,
  type VestigingFormValues,
} from './werkgeverForm';

const o = t.organisatie;
const b = t.werkgeverBeheer;

/** The sites of a werkgever; with `werkgeverId` the user may add and change them. */
export function Vestigingen({ vestigingen, werkgeverId }: { vestigingen: Vestiging[]; werkgeverId?: string }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const klaar = (melding: (naam: string) => string) => (naam?: string) => {
    setEditing(null);
    if (naam) setNotice(melding(naam));
  };
  return (
    <section className="section" aria-labelledby="vestigingen">
      <div className="section-header">
        <h2 id="vestigingen">{o.vestigingen}</h2>
        {werkgeverId && editing === null && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setNotice(null);
              setEditing('nieuw');
            }}
          >
            {b.vestigingToevoegen}
          </button>
        )}
      </div>
      <div aria-live="polite">{notice && <Notice>{notice}</Notice>}</div>
      {werkgeverId && editing === 'nieuw' && (
        <VestigingForm werkgeverId={werkgeverId} onDone={klaar(b.vestigingToegevoegd)} />
      )}
      {vestigingen.length === 0 ? (
        <p>{o.geenVestigingen}</p>
      ) : (
        <ul className="result-list">
          {vestigingen.map((vestiging) => (
            <li key={vestiging.id} className="result">
              {werkgeverId && editing === vestiging.id ? (
                <VestigingForm werkgeverId={werkgeverId} vestiging={vestiging} onDone={klaar(b.vestigingGewijzigd)} />
              ) : (
                <>
                  <h3>{vestiging.naam}</h3>
                  <p className="meta">
                    {vestiging.adres}, {vestiging.postcode} {vestiging.plaats}
                  </p>
                  {werkgeverId && editing === null && (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={`${t.algemeen.wijzigen}: ${vestiging.naam}`}
                      onClick={() => {
                        setNotice(null);
                        setEditing(vestiging.id);
                      }}
                    >
                      {t.algemeen.wijzigen}
                    </button>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Name, address and postcode of one vestiging; `prefix` names the fields as the API does. */
export function VestigingVelden({
  values,
  onChange,
  errors,
  prefix = '',
}: {
  values: VestigingFormValues;
  onChange: (update: (old: VestigingFormValues) => VestigingFormValues) => void;
  errors: FormErrors;
  prefix?: string;
}) {
  const text = (key: keyof VestigingFormValues) => ({
    name: `${prefix}${key}`,
    value: values[key],
    onChange: (event: { target: { value: string } }) => onChange((old) => ({ ...old, [key]: event.target.value })),
    error: errors.fields[`${prefix}${key}`],
  });
  return (
    <>
      <TextField label={b.vestigingNaam} hint={b.vestigingNaamHint} autoComplete="off" {...text('naam')} />
      <div className="form-row">
        <TextField label={b.adres} hint={b.adresHint} autoComplete="off" {...text('adres')} />
        <TextField label={b.postcode} hint={b.postcodeHint} autoComplete="off" {...text('postcode')} />
      </div>
    </>
  );
}

export const VESTIGING_LABELS: Record<string, string> = {
  naam: b.vestigingNaam,
  adres: b.adres,
  postcode: b.postcode,
};

function VestigingForm({
  werkgeverId,
  vestiging,
  onDone,
}: {
  werkgeverId: string;
  vestiging?: Vestiging;
  onDone: (naam?: string) => void;
}) {
  const [values, setValues] = useState<VestigingFormValues>(
    vestiging ? { naam: vestiging.naam, adres: vestiging.adres, postcode: vestiging.postcode } : LEGE_VESTIGING,
  );
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const opties = { refetchQueries: ['MijnWerkgever', 'WerkgeverDetail'], awaitRefetchQueries: true };
  const [voegToe, toevoegen] = useMutation(VOEG_VESTIGING_TOE, opties);
  const [wijzig, wijzigen] = useMutation(WIJZIG_VESTIGING, opties);
  const busy = toevoegen.loading || wijzigen.loading;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = controleerVestiging(values);
    if (Object.keys(fields).length) return setErrors({ fields, general: [] });
    const input = vestigingInput(values);
    setErrors(NO_ERRORS);
    try {
      if (vestiging) await wijzig({ variables: { id: vestiging.id, input } });
      else await voegToe({ variables: { werkgeverId, input } });
      onDone(input.naam);
    } catch (error) {
      setErrors(toFormErrors(error, VESTIGING_FIELDS));
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} labels={VESTIGING_LABELS} />
      <form
        className="form form-wide"
        noValidate
        onSubmit={submit}
        aria-label={vestiging ? `${t.algemeen.wijzigen}: ${vestiging.naam}` : b.vestigingToevoegen}
      >
        <VestigingVelden values={values} onChange={setValues} errors={errors} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t.algemeen.bezigMetOpslaan : vestiging ? t.algemeen.opslaan : b.vestigingToevoegen}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onDone()}>
            {t.algemeen.annuleren}
          </button>
        </div>
      </form>
    </>
  );
}
