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
import { OpslaanAnnuleren } from '../../components/OpslaanAnnuleren';
import { CheckboxField, tekstVelden, TextField } from '../../components/fields';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { BewerkbareLijst } from './BewerkbareLijst';

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
  return (
    <BewerkbareLijst
      id="contactpersonen"
      titel={o.contactpersonen}
      leeg={o.geenContactpersonen}
      toevoegen={o.contactpersoonToevoegen}
      items={contactpersonen}
      toegevoegd={o.contactpersoonToegevoegd}
      gewijzigd={o.contactpersoonGewijzigd}
      formulier={(persoon, onDone) => (
        <ContactpersoonForm werkgeverId={werkgeverId} persoon={persoon} onDone={onDone} />
      )}
    >
      {(persoon) => (
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
        </>
      )}
    </BewerkbareLijst>
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
  const text = tekstVelden<'naam' | 'functie' | 'email' | 'telefoon'>(
    values,
    (key, value) => setValues((old) => ({ ...old, [key]: value })),
    errors,
  );

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
        <OpslaanAnnuleren
          busy={busy}
          label={persoon ? t.algemeen.opslaan : o.contactpersoonToevoegen}
          onAnnuleren={onDone}
        />
      </form>
    </>
  );
}
