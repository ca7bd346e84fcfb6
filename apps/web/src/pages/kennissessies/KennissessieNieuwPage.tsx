import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { MAAK_KENNISSESSIE } from '../../api/kennissessies';
import { ErrorSummary } from '../../components/ErrorSummary';
import { optionsOf, RadioGroup, SelectField, TextField } from '../../components/fields';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n/nl';
import { KENNISSESSIE_FIELDS, LEGE_SESSIE, toKennissessieInput, type KennissessieFormValues } from './kennissessieForm';

const k = t.kennissessies;

/** ACCOUNTMANAGER/ADMIN: plan a kennissessie; afterwards its page shows who signs up. */
export function KennissessieNieuwPage() {
  const navigate = useNavigate();
  const [values, setValues] = useState<KennissessieFormValues>(LEGE_SESSIE);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [maak, { loading }] = useMutation(MAAK_KENNISSESSIE, {
    refetchQueries: ['Kennissessies'],
    awaitRefetchQueries: true,
  });
  const set = (key: keyof KennissessieFormValues) => (value: string) => setValues((old) => ({ ...old, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { input, errors: fout } = toKennissessieInput(values);
    setErrors(fout);
    if (!input) return;
    try {
      const { data } = await maak({ variables: { input } });
      if (data) navigate(`/kennissessies/${data.maakKennissessie.id}`, { state: { melding: k.gepland } });
    } catch (err) {
      setErrors(toFormErrors(err, KENNISSESSIE_FIELDS));
    }
  }

  const labels = {
    titel: k.titelVeld,
    thema: k.thema,
    vorm: k.vorm,
    locatie: k.locatie,
    start: k.wanneer,
    lengteMinuten: k.lengte,
    capaciteit: k.capaciteit,
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/kennissessies">{k.terugNaarLijst}</Link>
      </p>
      <PageHeading>{k.plannen}</PageHeading>
      <ErrorSummary errors={errors} labels={labels} />
      <form className="form form-wide" noValidate onSubmit={submit} aria-label={k.plannen}>
        <TextField
          name="titel"
          label={k.titelVeld}
          value={values.titel}
          maxLength={200}
          onChange={(e) => set('titel')(e.target.value)}
          error={errors.fields.titel}
          required
        />
        <SelectField
          name="thema"
          label={k.thema}
          value={values.thema}
          onChange={set('thema')}
          placeholder={t.algemeen.kiesEen}
          options={optionsOf(t.keuzes.kennissessieThema)}
          error={errors.fields.thema}
          required
        />
        <RadioGroup
          name="vorm"
          legend={k.vorm}
          value={values.vorm}
          onChange={set('vorm')}
          options={optionsOf(t.keuzes.kennissessieVorm)}
          error={errors.fields.vorm}
        />
        <TextField
          name="locatie"
          label={k.locatie}
          hint={k.locatieHint}
          value={values.locatie}
          maxLength={300}
          onChange={(e) => set('locatie')(e.target.value)}
          error={errors.fields.locatie}
          required={values.vorm === 'FYSIEK'}
        />
        <div className="form-row">
          <TextField
            name="start"
            label={k.datum}
            type="date"
            value={values.datum}
            onChange={(e) => set('datum')(e.target.value)}
            error={errors.fields.start}
            required
          />
          <TextField
            name="tijd"
            label={k.tijd}
            hint={t.jobdates.tijdHint}
            type="time"
            value={values.tijd}
            onChange={(e) => set('tijd')(e.target.value)}
            required
          />
        </div>
        <div className="form-row">
          <TextField
            name="lengteMinuten"
            label={k.lengte}
            inputMode="numeric"
            value={values.lengteMinuten}
            onChange={(e) => set('lengteMinuten')(e.target.value)}
            error={errors.fields.lengteMinuten}
            required
          />
          <TextField
            name="capaciteit"
            label={k.capaciteit}
            inputMode="numeric"
            value={values.capaciteit}
            onChange={(e) => set('capaciteit')(e.target.value)}
            error={errors.fields.capaciteit}
            required
          />
        </div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.algemeen.bezigMetOpslaan : k.plannen}
        </button>
      </form>
    </>
  );
}
