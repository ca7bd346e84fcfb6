import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { MAAK_WERKGEVER } from '../../api/werkgevers';
import { useUser } from '../../auth/AuthProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n/nl';
import { VESTIGING_LABELS, VestigingVelden } from './Vestigingen';
import { WERKGEVER_LABELS, WerkgeverVelden } from './WerkgeverGegevens';
import {
  EERSTE_VESTIGING,
  LEGE_VESTIGING,
  LEGE_WERKGEVER,
  toMaakWerkgeverInput,
  VESTIGING_FIELDS,
  WERKGEVER_FIELDS,
} from './werkgeverForm';

const b = t.werkgeverBeheer;
const FIELDS = [...WERKGEVER_FIELDS, ...VESTIGING_FIELDS.map((field) => `${EERSTE_VESTIGING}${field}`)];
const LABELS: Record<string, string> = {
  ...WERKGEVER_LABELS,
  ...Object.fromEntries(Object.entries(VESTIGING_LABELS).map(([key, label]) => [`${EERSTE_VESTIGING}${key}`, label])),
};

/** Accountmanager or admin: a new werkgever with its first vestiging; an accountmanager who adds it manages it. */
export function WerkgeverNieuwPage() {
  const user = useUser();
  const navigate = useNavigate();
  const [values, setValues] = useState(LEGE_WERKGEVER);
  const [vestiging, setVestiging] = useState(LEGE_VESTIGING);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [maak, { loading }] = useMutation(MAAK_WERKGEVER, { refetchQueries: ['Werkgevers'] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { input, errors: local } = toMaakWerkgeverInput(values, vestiging);
    setErrors(local);
    if (!input) return;
    try {
      const { data } = await maak({ variables: { input } });
      if (data)
        navigate(`/werkgevers/${data.maakWerkgever.id}`, {
          state: { melding: b.toegevoegd(data.maakWerkgever.naam) },
        });
    } catch (error) {
      setErrors(toFormErrors(error, FIELDS));
    }
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/werkgevers">{t.werkgevers.terugNaarLijst}</Link>
      </p>
      <PageHeading>{b.nieuwTitel}</PageHeading>
      <p className="lead">{user.rol === 'ACCOUNTMANAGER' ? b.nieuwIntro : b.nieuwIntroBeheerder}</p>
      <ErrorSummary errors={errors} labels={LABELS} />
      <form className="form form-wide" noValidate onSubmit={submit}>
        <WerkgeverVelden values={values} onChange={setValues} errors={errors} medewerker nieuw />
        <fieldset className="fieldset">
          <legend>{b.eersteVestiging}</legend>
          <p className="field__hint">{b.eersteVestigingHint}</p>
          <VestigingVelden values={vestiging} onChange={setVestiging} errors={errors} prefix={EERSTE_VESTIGING} />
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button" disabled={loading}>
            {loading ? t.algemeen.bezigMetOpslaan : b.toevoegen}
          </button>
          <Link to="/werkgevers" className="button button--secondary">
            {t.algemeen.annuleren}
          </Link>
        </div>
      </form>
    </>
  );
}
