import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { VOEG_PSO_INKOOP_TOE, VOEG_PSO_MEDEWERKER_TOE, type PsoCode } from '../../api/pso';
import { ErrorSummary } from '../../components/ErrorSummary';
import { optionsOf, SelectField, tekstVelden, TextField } from '../../components/fields';
import { t } from '../../i18n/nl';
import {
  INKOOP_FIELDS,
  inkoopInput,
  LEGE_INKOOP,
  LEGE_MEDEWERKER,
  MEDEWERKER_FIELDS,
  medewerkerInput,
  NA_PSO_WIJZIGING,
  type InkoopFormValues,
  type MedewerkerFormValues,
} from './psoForm';
import type { Omgezet } from '../sroi/sroiForm';

const p = t.pso;

const MEDEWERKER_LABELS: Record<string, string> = {
  omschrijving: p.omschrijving,
  fte: p.fte,
  uitgangspositie: p.uitgangspositie,
  contractType: p.contractType,
  instroomDatum: p.instroomDatum,
  lksLooptTot: p.lksLooptTot,
};

const INKOOP_LABELS: Record<string, string> = {
  leverancier: p.leverancier,
  leverancierType: p.leverancierType,
  factuurbedragExclBtw: p.factuurbedrag,
  leverancierJaaromzet: p.jaaromzet,
  leverancierDoelgroepFte: p.doelgroepFte,
};

const codeOpties = (codes: PsoCode[]) => codes.map((c) => ({ value: c.code, label: c.omschrijving }));

/** A form whose values are all text, mapped to a mutation input by `toInput`; API errors land next to their field. */
function usePsoForm<V extends { [K in keyof V]: string }, I>(
  leeg: V,
  fields: readonly string[],
  toInput: (values: V) => Omgezet<I>,
  save: (input: I) => Promise<unknown>,
  onSaved: () => void,
) {
  const [values, setValues] = useState<V>(leeg);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const set = (key: keyof V, value: string) => setValues((old) => ({ ...old, [key]: value }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    const omgezet = toInput(values);
    if (omgezet.fields) return setErrors({ fields: omgezet.fields, general: [] });
    setErrors(NO_ERRORS);
    try {
      await save(omgezet.input);
      setValues(leeg);
      onSaved();
    } catch (error) {
      setErrors(toFormErrors(error, fields));
    }
  }
  return { values, errors, set, submit };
}

export function MedewerkerForm({
  werkgeverId,
  uitgangsposities,
  contractTypes,
  onSaved,
}: {
  werkgeverId: string;
  uitgangsposities: PsoCode[];
  contractTypes: PsoCode[];
  onSaved: (melding: string) => void;
}) {
  const [voegToe, { loading }] = useMutation(VOEG_PSO_MEDEWERKER_TOE, {
    refetchQueries: NA_PSO_WIJZIGING,
    awaitRefetchQueries: true,
  });
  const form = usePsoForm(
    LEGE_MEDEWERKER,
    MEDEWERKER_FIELDS,
    medewerkerInput,
    (input) => voegToe({ variables: { werkgeverId, input } }),
    () => onSaved(p.medewerkerToegevoegd),
  );
  const veld = tekstVelden(form.values, form.set, form.errors);
  const text = (
    name: keyof MedewerkerFormValues,
    extra: { type?: string; hint?: string; inputMode?: 'decimal' } = {},
  ) => <TextField label={MEDEWERKER_LABELS[name]} {...veld(name)} {...extra} />;
  return (
    <>
      <h3 id="pso-medewerker-toevoegen">{p.medewerkerToevoegen}</h3>
      <ErrorSummary errors={form.errors} labels={MEDEWERKER_LABELS} />
      <form className="form form-wide" noValidate onSubmit={form.submit} aria-labelledby="pso-medewerker-toevoegen">
        <div className="form-row">
          {text('omschrijving')}
          {text('fte', { inputMode: 'decimal', hint: p.fteHint })}
        </div>
        <SelectField
          name="uitgangspositie"
          label={p.uitgangspositie}
          value={form.values.uitgangspositie}
          onChange={(value) => form.set('uitgangspositie', value)}
          placeholder={t.algemeen.kiesEen}
          options={codeOpties(uitgangsposities)}
          required
          error={form.errors.fields.uitgangspositie}
        />
        <SelectField
          name="contractType"
          label={p.contractType}
          value={form.values.contractType}
          onChange={(value) => form.set('contractType', value)}
          placeholder={t.algemeen.kiesEen}
          options={codeOpties(contractTypes)}
          required
          error={form.errors.fields.contractType}
        />
        <div className="form-row">
          {text('instroomDatum', { type: 'date', hint: p.instroomHint })}
          {text('lksLooptTot', { type: 'date', hint: p.lksHint })}
        </div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.algemeen.bezigMetOpslaan : p.medewerkerToevoegen}
        </button>
      </form>
    </>
  );
}

export function InkoopForm({ werkgeverId, onSaved }: { werkgeverId: string; onSaved: (melding: string) => void }) {
  const [voegToe, { loading }] = useMutation(VOEG_PSO_INKOOP_TOE, {
    refetchQueries: NA_PSO_WIJZIGING,
    awaitRefetchQueries: true,
  });
  const form = usePsoForm(
    LEGE_INKOOP,
    INKOOP_FIELDS,
    inkoopInput,
    (input) => voegToe({ variables: { werkgeverId, input } }),
    () => onSaved(p.inkoopToegevoegd),
  );
  const veld = tekstVelden(form.values, form.set, form.errors);
  const text = (name: keyof InkoopFormValues, hint?: string) => (
    <TextField
      label={INKOOP_LABELS[name]}
      hint={hint}
      inputMode={name === 'leverancier' ? undefined : 'decimal'}
      {...veld(name)}
    />
  );
  return (
    <>
      <h3 id="pso-inkoop-toevoegen">{p.inkoopToevoegen}</h3>
      <ErrorSummary errors={form.errors} labels={INKOOP_LABELS} />
      <form className="form form-wide" noValidate onSubmit={form.submit} aria-labelledby="pso-inkoop-toevoegen">
        <div className="form-row">
          {text('leverancier')}
          <SelectField
            name="leverancierType"
            label={p.leverancierType}
            value={form.values.leverancierType}
            onChange={(value) => form.set('leverancierType', value)}
            placeholder={t.algemeen.kiesEen}
            options={optionsOf(p.leverancierTypen)}
            required
            error={form.errors.fields.leverancierType}
          />
        </div>
        <div className="form-row">
          {text('factuurbedragExclBtw', t.sroi.bedragHint)}
          {text('leverancierJaaromzet', t.sroi.bedragHint)}
          {text('leverancierDoelgroepFte', p.fteHint)}
        </div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.algemeen.bezigMetOpslaan : p.inkoopToevoegen}
        </button>
      </form>
    </>
  );
}
