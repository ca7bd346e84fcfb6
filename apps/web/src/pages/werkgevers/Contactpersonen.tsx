import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import {
  VOEG_CONTACTPERSOON_TOE,
  WIJZIG_CONTACTPERSOON,
  type Contactpersoon,
  type ContactpersoonInput,
} from '../../api/werkgevers';
import { EMAIL_PATTERN } from '../../auth/password';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';

const o = t.organisatie;
const FIELDS = ['naam', 'functie', 'email', 'telefoon', 'ontvangtAanbodskrant'];
const LABELS: Record<string, string> = {
  naam: t.velden.naam,
  functie: o.functie,
  email: t.velden.email,
  telefoon: o.telefoon,
  ontvangtAanbodskrant: o.aanbodskrant,
};

/** The contact persons of a werkgever: list, add, change. */
export function Contactpersonen({
  werkgeverId,
  contactpersonen,
}: {
  werkgeverId: string;
  contactpersonen: Contactpersoon[];
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section className="section" aria-labelledby="contactpersonen">
      <div className="section-header">
        <h2 id="contactpersonen">{o.contactpersonen}</h2>
        {editing === null && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setNotice(null);
              setEditing('nieuw');
            }}
          >
            {o.contactpersoonToevoegen}
          </button>
        )}
      </div>
      {notice && <Notice>{notice}</Notice>}
      {editing === 'nieuw' && (
        <ContactpersoonForm
          werkgeverId={werkgeverId}
          onDone={(naam) => {
            setEditing(null);
            if (naam) setNotice(o.contactpersoonToegevoegd(naam));
          }}
        />
      )}
      {contactpersonen.length === 0 ? (
        <p>{o.geenContactpersonen}</p>
      ) : (
        <ul className="result-list">
          {contactpersonen.map((persoon) => (
            <li key={persoon.id} className="result">
              {editing === persoon.id ? (
                <ContactpersoonForm
                  werkgeverId={werkgeverId}
                  persoon={persoon}
                  onDone={(naam) => {
                    setEditing(null);
                    if (naam) setNotice(o.contactpersoonGewijzigd(naam));
                  }}
                />
              ) : (
                <>
                  <h3>{persoon.naam}</h3>
                  <ul className="meta">
                    {persoon.functie && <li>{persoon.functie}</li>}
                    {persoon.email && (
                      <li>
                        <a href={`mailto:${persoon.email}`}>{persoon.email}</a>
                      </li>
                    )}
                    {persoon.telefoon && (
                      <li>
                        <a href={`tel:${persoon.telefoon.replace(/\s/g, '')}`}>{persoon.telefoon}</a>
                      </li>
                    )}
                    {persoon.ontvangtAanbodskrant && <li>{o.aanbodskrant}</li>}
                    {persoon.afgemeldOp && <li>{o.afgemeld(formatDatum(persoon.afgemeldOp))}</li>}
                  </ul>
                  {editing === null && (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={`${t.algemeen.wijzigen}: ${persoon.naam}`}
                      onClick={() => {
                        setNotice(null);
                        setEditing(persoon.id);
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

function ContactpersoonForm({
  werkgeverId,
  persoon,
  onDone,
}: {
  werkgeverId: string;
  persoon?: Contactpersoon;
  onDone: (naam?: string) => void;
}) {
  const [values, setValues] = useState({
    naam: persoon?.naam ?? '',
    functie: persoon?.functie ?? '',
    email: persoon?.email ?? '',
    telefoon: persoon?.telefoon ?? '',
    ontvangtAanbodskrant: persoon?.ontvangtAanbodskrant ?? false,
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [voegToe, toevoegen] = useMutation(VOEG_CONTACTPERSOON_TOE, {
    refetchQueries: ['MijnWerkgever', 'WerkgeverDetail'],
    awaitRefetchQueries: true,
  });
  const [wijzig, wijzigen] = useMutation(WIJZIG_CONTACTPERSOON);
  const busy = toevoegen.loading || wijzigen.loading;
  const text = (key: 'naam' | 'functie' | 'email' | 'telefoon') => ({
    name: key,
    value: values[key],
    onChange: (event: { target: { value: string } }) => setValues((old) => ({ ...old, [key]: event.target.value })),
    error: errors.fields[key],
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!values.naam.trim()) fields.naam = t.fouten.verplicht(t.velden.naam);
    if (values.email.trim() && !EMAIL_PATTERN.test(values.email.trim())) fields.email = t.fouten.emailOngeldig;
    if (values.ontvangtAanbodskrant && !values.email.trim()) fields.email = o.aanbodskrantHint;
    if (Object.keys(fields).length) return setErrors({ fields, general: [] });
    const input: ContactpersoonInput = {
      naam: values.naam.trim(),
      functie: values.functie.trim() || null,
      email: values.email.trim() || null,
      telefoon: values.telefoon.trim() || null,
      ontvangtAanbodskrant: values.ontvangtAanbodskrant,
    };
    setErrors(NO_ERRORS);
    try {
      if (persoon) await wijzig({ variables: { id: persoon.id, input } });
      else await voegToe({ variables: { werkgeverId, input } });
      onDone(input.naam);
    } catch (error) {
      setErrors(toFormErrors(error, FIELDS));
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} labels={LABELS} />
      <form
        className="form form-wide"
        noValidate
        onSubmit={submit}
        aria-label={persoon ? `${t.algemeen.wijzigen}: ${persoon.naam}` : o.contactpersoonToevoegen}
      >
        <div className="form-row">
          <TextField label={t.velden.naam} required autoComplete="off" {...text('naam')} />
          <TextField label={o.functie} autoComplete="off" {...text('functie')} />
        </div>
        <div className="form-row">
          <TextField label={t.velden.email} type="email" autoComplete="off" spellCheck={false} {...text('email')} />
          <TextField label={o.telefoon} type="tel" autoComplete="off" {...text('telefoon')} />
        </div>
        <CheckboxField
          name="ontvangtAanbodskrant"
          label={o.aanbodskrant}
          hint={o.aanbodskrantHint}
          checked={values.ontvangtAanbodskrant}
          onChange={(on) => setValues((old) => ({ ...old, ontvangtAanbodskrant: on }))}
          error={errors.fields.ontvangtAanbodskrant}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t.algemeen.bezigMetOpslaan : persoon ? t.algemeen.opslaan : o.contactpersoonToevoegen}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onDone()}>
            {t.algemeen.annuleren}
          </button>
        </div>
      </form>
    </>
  );
}
