import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { MAAK_SPEEDDATE } from '../../api/speeddates';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/fields';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n/nl';
import { SPEEDDATE_FIELDS, STANDAARD, toMaakSpeeddateInput, type SpeeddateFormValues } from './speeddateForm';

const s = t.speeddates;
const v = s.veld;
const LABELS: Record<string, string> = Object.fromEntries(SPEEDDATE_FIELDS.map((veld) => [veld, v[veld]]));

/** A new speeddate starts as a concept; the organiser opens it for registration on its page. */
export function SpeeddateNieuwPage() {
  const navigate = useNavigate();
  const [values, setValues] = useState<SpeeddateFormValues>(STANDAARD);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [maak, { loading }] = useMutation(MAAK_SPEEDDATE, { refetchQueries: ['Speeddates'] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { input, errors: fouten } = toMaakSpeeddateInput(values);
    setErrors(fouten);
    if (!input) return;
    try {
      const { data } = await maak({ variables: { input } });
      if (data) navigate(`/speeddates/${data.maakSpeeddate.id}`, { state: { melding: s.gemaakt } });
    } catch (error) {
      setErrors(toFormErrors(error, SPEEDDATE_FIELDS));
    }
  }

  const veld = (
    name: keyof SpeeddateFormValues,
    extra: { type?: string; hint?: string; inputMode?: 'numeric' } = {},
  ) => (
    <TextField
      name={name}
      label={v[name]}
      required
      value={values[name]}
      onChange={(e) => setValues((old) => ({ ...old, [name]: e.target.value }))}
      error={errors.fields[name]}
      {...extra}
    />
  );
  const getal = (name: keyof SpeeddateFormValues, hint?: string) => veld(name, { inputMode: 'numeric', hint });

  return (
    <>
      <PageHeading>{s.nieuw}</PageHeading>
      <ErrorSummary errors={errors} labels={LABELS} />
      <form className="form form-wide" noValidate onSubmit={submit}>
        {veld('naam', { hint: v.naamHint })}
        <div className="form-row">
          {veld('datum', { type: 'date' })}
          {veld('starttijd', { hint: v.starttijdHint })}
        </div>
        {veld('locatie', { hint: v.locatieHint })}
        <div className="form-row">
          {veld('adres')}
          {veld('postcode')}
        </div>
        <div className="form-row">
          {getal('rondes')}
          {getal('rondeMinuten')}
          {getal('pauzeMinuten')}
        </div>
        <div className="form-row">
          {getal('capaciteitTafels')}
          {getal('minGesprekken', v.minGesprekkenHint)}
        </div>
        {veld('inschrijfDeadline', { type: 'datetime-local', hint: v.inschrijfDeadlineHint })}
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.algemeen.bezigMetOpslaan : s.maken}
        </button>
      </form>
    </>
  );
}
