import { useState, type FormEvent, type ReactNode } from 'react';
import type { FormErrors } from '../../api/errors';
import type { Vestiging } from '../../api/werkgevers';
import { CheckboxField, CheckboxGroup, optionsOf, SelectField, TextArea, TextField } from '../../components/fields';
import { ErrorSummary } from '../../components/ErrorSummary';
import { t } from '../../i18n/nl';
import type { VacatureFormValues } from './vacatureForm';

const v = t.vacatureVelden;
export const VACATURE_LABELS: Record<string, string> = {
  titel: v.titel,
  beroep: v.beroep,
  omschrijving: v.omschrijving,
  taken: v.taken,
  contractvorm: v.contractvorm,
  urenMin: v.urenMin,
  urenMax: v.urenMax,
  startdatum: v.startdatum,
  vestigingId: v.vestigingId,
  nederlandsNiveau: v.nederlandsNiveau,
  doelgroepen: v.doelgroepen,
  instrumenten: v.instrumenten,
  vereisteVaardigheden: v.vereisteVaardigheden,
  gewensteVaardigheden: v.gewensteVaardigheden,
};

const NIVEAUS = optionsOf(t.keuzes.nederlandsNiveau).filter((option) => option.value !== 'MOEDERTAAL');

interface VacatureFormProps {
  initial: VacatureFormValues;
  vestigingen: Vestiging[];
  errors: FormErrors;
  /** Called with the values and which button was used (its `value`). */
  onSubmit: (values: VacatureFormValues, action: string) => void;
  busy: boolean;
  actions: ReactNode;
}

/** The fields of a vacature, for placing a new one and for changing one. */
export function VacatureForm({ initial, vestigingen, errors, onSubmit, busy, actions }: VacatureFormProps) {
  const [values, setValues] = useState(initial);
  const set = <K extends keyof VacatureFormValues>(key: K, value: VacatureFormValues[K]) =>
    setValues((old) => ({ ...old, [key]: value }));
  const text = (key: keyof VacatureFormValues) => ({
    name: key,
    value: values[key] as string,
    onChange: (event: { target: { value: string } }) => set(key, event.target.value as never),
    error: errors.fields[key],
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    onSubmit(values, submitter?.value ?? '');
  }

  return (
    <>
      <ErrorSummary errors={errors} labels={VACATURE_LABELS} />
      <form className="form form-wide" noValidate onSubmit={submit} aria-busy={busy}>
        <TextField label={v.titel} hint={v.titelHint} required maxLength={200} {...text('titel')} />
        <TextArea
          label={v.omschrijving}
          hint={v.omschrijvingHint}
          maxLength={10000}
          rows={6}
          {...text('omschrijving')}
          onChange={(value) => set('omschrijving', value)}
        />
        <TextArea
          label={v.taken}
          hint={v.takenHint}
          maxLength={5000}
          {...text('taken')}
          onChange={(value) => set('taken', value)}
        />
        <div className="form-row">
          <SelectField
            name="contractvorm"
            label={v.contractvorm}
            value={values.contractvorm}
            onChange={(value) => set('contractvorm', value)}
            placeholder={t.algemeen.kiesEen}
            options={optionsOf(t.keuzes.contractvorm)}
            required
            error={errors.fields.contractvorm}
          />
          <TextField label={v.startdatum} hint={v.startdatumHint} type="date" {...text('startdatum')} />
        </div>
        <div className="form-row">
          <TextField
            label={v.urenMin}
            type="number"
            inputMode="numeric"
            min={1}
            max={40}
            required
            {...text('urenMin')}
          />
          <TextField
            label={v.urenMax}
            type="number"
            inputMode="numeric"
            min={1}
            max={40}
            required
            {...text('urenMax')}
          />
        </div>
        <div className="form-row">
          <SelectField
            name="vestigingId"
            label={v.vestigingId}
            value={values.vestigingId}
            onChange={(value) => set('vestigingId', value)}
            placeholder={t.vacatures.geenVestiging}
            options={vestigingen.map((vestiging) => ({
              value: vestiging.id,
              label: `${vestiging.naam}, ${vestiging.plaats}`,
            }))}
            error={errors.fields.vestigingId}
          />
          <TextField label={v.beroep} maxLength={200} {...text('beroep')} />
        </div>
        <TextField label={v.vereisteVaardigheden} hint={t.algemeen.lijstHint} {...text('vereisteVaardigheden')} />
        <TextField label={v.gewensteVaardigheden} hint={t.algemeen.lijstHint} {...text('gewensteVaardigheden')} />
        <SelectField
          name="nederlandsNiveau"
          label={v.nederlandsNiveau}
          value={values.nederlandsNiveau}
          onChange={(value) => set('nederlandsNiveau', value)}
          placeholder={v.geenEis}
          options={NIVEAUS}
          error={errors.fields.nederlandsNiveau}
        />
        <CheckboxField
          name="rijbewijsVereist"
          label={v.rijbewijsVereist}
          checked={values.rijbewijsVereist}
          onChange={(on) => set('rijbewijsVereist', on)}
        />
        <CheckboxField
          name="vervoerNodig"
          label={v.vervoerNodig}
          hint={v.vervoerNodigHint}
          checked={values.vervoerNodig}
          onChange={(on) => set('vervoerNodig', on)}
        />
        <CheckboxGroup
          name="doelgroepen"
          legend={v.doelgroepen}
          options={optionsOf(t.keuzes.doelgroep)}
          value={values.doelgroepen}
          onChange={(value) => set('doelgroepen', value)}
          error={errors.fields.doelgroepen}
        />
        <CheckboxGroup
          name="instrumenten"
          legend={v.instrumenten}
          options={optionsOf(t.keuzes.instrument)}
          value={values.instrumenten}
          onChange={(value) => set('instrumenten', value)}
          error={errors.fields.instrumenten}
        />
        <CheckboxField
          name="functiecreatie"
          label={v.functiecreatie}
          hint={v.functiecreatieHint}
          checked={values.functiecreatie}
          onChange={(on) => set('functiecreatie', on)}
        />
        <div className="form-actions">{actions}</div>
      </form>
    </>
  );
}
