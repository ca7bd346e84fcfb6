import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../api/errors';
import { MAAK_GEBRUIKER, type Gebruiker, type Rol } from '../api/operations';
import { EMAIL_PATTERN } from '../auth/password';
import { ErrorSummary } from '../components/ErrorSummary';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { SelectField, TextField } from '../components/fields';
import { t } from '../i18n/nl';

const FIELDS = ['naam', 'email', 'rol', 'werkgeverId'] as const;
const LABELS = { naam: t.velden.naam, email: t.velden.email, rol: t.velden.rol };
/** Staff roles; an employer user belongs to a werkgever and is added from that werkgever's page. */
const STAFF_ROLES: Rol[] = ['ACCOUNTMANAGER', 'JOBHUNTER', 'WERKCOACH', 'ADMIN'];

/** ADMIN: add a staff user; the API mails them a link to choose a password. */
export function GebruikerToevoegenPage() {
  const [naam, setNaam] = useState('');
  const [email, setEmail] = useState('');
  const [rol, setRol] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [added, setAdded] = useState<Gebruiker | null>(null);
  const [maakGebruiker, { loading }] = useMutation(MAAK_GEBRUIKER);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: FormErrors = { fields: {}, general: [] };
    if (naam.trim().length < 2) local.fields.naam = t.fouten.verplicht(t.velden.naam);
    if (!EMAIL_PATTERN.test(email.trim()))
      local.fields.email = email.trim() ? t.fouten.emailOngeldig : t.fouten.verplicht(t.velden.email);
    if (!rol) local.fields.rol = t.gebruikerToevoegen.kiesRol;
    if (Object.keys(local.fields).length) return setErrors(local);
    setErrors(NO_ERRORS);
    try {
      const { data } = await maakGebruiker({
        variables: { input: { naam: naam.trim(), email: email.trim(), rol: rol as Rol } },
      });
      if (data) {
        setAdded(data.maakGebruiker);
        setNaam('');
        setEmail('');
        setRol('');
      }
    } catch (error) {
      setErrors(toFormErrors(error, FIELDS));
    }
  }

  return (
    <div className="narrow">
      <PageHeading>{t.gebruikerToevoegen.titel}</PageHeading>
      {added && <Notice>{t.gebruikerToevoegen.toegevoegd(added.naam, added.email)}</Notice>}
      <p>{t.gebruikerToevoegen.intro}</p>
      <ErrorSummary errors={errors} labels={LABELS} />
      <form onSubmit={submit} noValidate className="form">
        <TextField
          name="naam"
          label={t.velden.naam}
          autoComplete="off"
          required
          value={naam}
          onChange={(event) => setNaam(event.target.value)}
          error={errors.fields.naam}
        />
        <TextField
          name="email"
          label={t.velden.email}
          type="email"
          autoComplete="off"
          spellCheck={false}
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.fields.email}
        />
        <SelectField
          name="rol"
          label={t.velden.rol}
          value={rol}
          onChange={setRol}
          placeholder={t.gebruikerToevoegen.kiesRol}
          options={STAFF_ROLES.map((value) => ({ value, label: t.rollen[value] }))}
          required
          error={errors.fields.rol}
        />
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.gebruikerToevoegen.bezig : t.gebruikerToevoegen.knop}
        </button>
      </form>
    </div>
  );
}
