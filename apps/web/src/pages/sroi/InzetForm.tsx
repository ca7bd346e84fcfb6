import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { VOEG_SROI_INZET_TOE, type SroiBouwblok, type SroiInzetSoort } from '../../api/sroi';
import { ErrorSummary } from '../../components/ErrorSummary';
import { optionsOf, SelectField, tekstVelden, TextField } from '../../components/fields';
import { t } from '../../i18n/nl';
import { INZET_FIELDS, inzetInput, LEGE_INZET, vraagtUren, type InzetFormValues } from './sroiForm';

const s = t.sroi;
const LABELS: Record<string, string> = {
  soort: s.soort,
  categorie: s.categorie,
  omschrijving: s.omschrijving,
  urenPerWeek: s.urenPerWeek,
  startDatum: s.startDatum,
  eindDatum: s.eindDatum,
  datum: s.datum,
  factuurbedragExclBtw: s.factuurbedrag,
  uren: s.uren,
};

/** ACCOUNTMANAGER/ADMIN: add a person, a purchase or volunteering to an obligation; the form asks only what its kind needs. */
export function InzetForm({
  verplichtingId,
  bouwblokken,
  onSaved,
}: {
  verplichtingId: string;
  bouwblokken: SroiBouwblok[];
  onSaved: (melding: string) => void;
}) {
  const [values, setValues] = useState<InzetFormValues>(LEGE_INZET);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [voegToe, { loading }] = useMutation(VOEG_SROI_INZET_TOE, {
    refetchQueries: ['SroiVerplichting'],
    awaitRefetchQueries: true,
  });
  const set = (key: keyof InzetFormValues, value: string) => setValues((old) => ({ ...old, [key]: value }));
  const veld = tekstVelden(values, set, errors);
  const field = (name: keyof InzetFormValues, extra: { type?: string; hint?: string; inputMode?: 'decimal' } = {}) => (
    <TextField label={LABELS[name]} {...veld(name)} {...extra} />
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const omgezet = inzetInput(values, bouwblokken);
    if (omgezet.fields) return setErrors({ fields: omgezet.fields, general: [] });
    setErrors(NO_ERRORS);
    try {
      await voegToe({ variables: { verplichtingId, input: omgezet.input } });
      setValues(LEGE_INZET);
      onSaved(s.inzetToegevoegd);
    } catch (error) {
      setErrors(toFormErrors(error, INZET_FIELDS));
    }
  }

  const bouwblok = bouwblokken.find((b) => b.code === values.categorie);
  return (
    <>
      <h3 id="sroi-inzet-toevoegen">{s.inzetToevoegen}</h3>
      <ErrorSummary errors={errors} labels={LABELS} />
      <form className="form form-wide" noValidate onSubmit={submit} aria-labelledby="sroi-inzet-toevoegen">
        <SelectField
          name="soort"
          label={s.soort}
          value={values.soort}
          onChange={(value) => setValues({ ...LEGE_INZET, soort: value as SroiInzetSoort })}
          placeholder={t.algemeen.kiesEen}
          options={optionsOf(s.soorten)}
          required
          error={errors.fields.soort}
        />
        {values.soort === 'PLAATSING' && (
          <>
            <SelectField
              name="categorie"
              label={s.categorie}
              value={values.categorie}
              onChange={(value) => set('categorie', value)}
              placeholder={t.algemeen.kiesEen}
              options={bouwblokken.map((b) => ({ value: b.code, label: b.omschrijving }))}
              required
              error={errors.fields.categorie}
            />
            <div className="form-row">
              {vraagtUren(bouwblok) && field('urenPerWeek', { inputMode: 'decimal' })}
              {field('startDatum', { type: 'date' })}
              {field('eindDatum', { type: 'date', hint: s.eindDatumHint })}
            </div>
          </>
        )}
        {values.soort === 'INKOOP' && (
          <div className="form-row">
            {field('datum', { type: 'date' })}
            {field('factuurbedragExclBtw', { inputMode: 'decimal', hint: s.bedragHint })}
          </div>
        )}
        {values.soort === 'VRIJWILLIGERSWERK' && (
          <div className="form-row">
            {field('datum', { type: 'date' })}
            {field('uren', { inputMode: 'decimal' })}
          </div>
        )}
        {values.soort && field('omschrijving', { hint: s.omschrijvingHint })}
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.algemeen.bezigMetOpslaan : s.inzetToevoegen}
        </button>
      </form>
    </>
  );
}
