import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { WIJZIG_WERKGEVER, type Werkgever } from '../../api/werkgevers';
import { ErrorSummary } from '../../components/ErrorSummary';
import { MedewerkerKeuze } from '../../components/MedewerkerKeuze';
import { CheckboxGroup, optionsOf, SelectField, TextArea, TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { OpslaanAnnuleren } from '../../components/OpslaanAnnuleren';
import { SectieKop } from '../../components/SectieKop';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { toWijzigWerkgeverInput, WERKGEVER_FIELDS, werkgeverValues, type WerkgeverFormValues } from './werkgeverForm';

const o = t.organisatie;
export const WERKGEVER_LABELS: Record<string, string> = {
  naam: o.naam,
  kvkNummer: o.kvkNummer,
  sbiCode: o.sbiCode,
  grootteklasse: o.grootteklasse,
  soort: o.soort,
  psoTrede: o.psoTrede,
  psoGeldigTot: o.psoGeldigTot,
  geaccepteerdeInstrumenten: o.instrumenten,
  openDoelgroepen: o.doelgroepen,
  notities: o.notities,
  accountmanagerId: t.medewerkerKeuze.accountmanager,
};

interface Props {
  werkgever: Werkgever & { notities?: string | null };
  /** Staff see and edit the internal notes. */
  medewerker: boolean;
}

/** The werkgever's details, with a form to change them (the werkgever itself, its accountmanager or an admin). */
export function WerkgeverGegevens({ werkgever, medewerker }: Props) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <section className="section" aria-labelledby="werkgever-gegevens">
      <SectieKop
        id="werkgever-gegevens"
        titel={o.gegevens}
        knop={o.gegevensWijzigen}
        metKnop={!editing}
        onKnop={() => {
          setSaved(false);
          setEditing(true);
        }}
        secundair
      />
      {saved && <Notice>{t.algemeen.opgeslagen}</Notice>}
      {editing ? (
        <GegevensForm
          werkgever={werkgever}
          medewerker={medewerker}
          onDone={(ok) => {
            setEditing(false);
            setSaved(ok);
          }}
        />
      ) : (
        <dl className="details">
          <dt>{o.naam}</dt>
          <dd>{werkgever.naam}</dd>
          <dt>{o.kvkNummer}</dt>
          <dd>{werkgever.kvkNummer}</dd>
          <dt>{o.sector}</dt>
          <dd>
            {werkgever.sectorOmschrijving}
            {werkgever.sbiCode && ` (SBI ${werkgever.sbiCode})`}
          </dd>
          <dt>{o.grootteklasse}</dt>
          <dd>{t.keuzes.grootteklasse[werkgever.grootteklasse]}</dd>
          <dt>{o.soort}</dt>
          <dd>{t.keuzes.werkgeverSoort[werkgever.soort]}</dd>
          <dt>{o.psoTrede}</dt>
          <dd>
            {werkgever.psoTrede
              ? `${t.keuzes.psoTrede[werkgever.psoTrede]}${werkgever.psoGeldigTot ? `, ${o.psoGeldigTot.toLowerCase()} ${formatDatum(werkgever.psoGeldigTot)}` : ''}`
              : o.geenPso}
          </dd>
          <dt>{medewerker ? o.accountmanagerMedewerker : o.accountmanager}</dt>
          <dd>
            {werkgever.accountmanager
              ? `${werkgever.accountmanager.naam} (${werkgever.accountmanager.email})`
              : o.geenAccountmanager}
          </dd>
          <dt>{medewerker ? o.instrumentenMedewerker : o.instrumenten}</dt>
          <dd>
            {werkgever.geaccepteerdeInstrumenten.map((i) => t.keuzes.instrument[i]).join(', ') || t.algemeen.geen}
          </dd>
          <dt>{medewerker ? o.doelgroepenMedewerker : o.doelgroepen}</dt>
          <dd>{werkgever.openDoelgroepen.map((d) => t.keuzes.doelgroep[d]).join(', ') || t.algemeen.geen}</dd>
          {medewerker && (
            <>
              <dt>{o.notities}</dt>
              <dd className="pre-line">{werkgever.notities || t.algemeen.geen}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}

function GegevensForm({ werkgever, medewerker, onDone }: Props & { onDone: (saved: boolean) => void }) {
  const [values, setValues] = useState(() => werkgeverValues(werkgever));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [wijzig, { loading }] = useMutation(WIJZIG_WERKGEVER);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { input, errors: local } = toWijzigWerkgeverInput(values, medewerker);
    setErrors(local);
    if (!input) return;
    try {
      await wijzig({ variables: { id: werkgever.id, input } });
      onDone(true);
    } catch (error) {
      setErrors(toFormErrors(error, WERKGEVER_FIELDS));
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} labels={WERKGEVER_LABELS} />
      <form className="form form-wide" noValidate onSubmit={submit}>
        <WerkgeverVelden
          values={values}
          onChange={setValues}
          errors={errors}
          medewerker={medewerker}
          accountmanager={werkgever.accountmanager}
        />
        <OpslaanAnnuleren busy={loading} label={t.algemeen.opslaan} onAnnuleren={() => onDone(false)} />
      </form>
    </>
  );
}

/** The fields of a werkgever's details, for changing one and for adding a new one. */
export function WerkgeverVelden({
  values,
  onChange,
  errors,
  medewerker,
  nieuw = false,
  accountmanager,
}: {
  values: WerkgeverFormValues;
  onChange: (update: (old: WerkgeverFormValues) => WerkgeverFormValues) => void;
  errors: FormErrors;
  medewerker: boolean;
  nieuw?: boolean;
  /** The current accountmanager of an existing werkgever: staff may hand the werkgever to a colleague. */
  accountmanager?: Werkgever['accountmanager'];
}) {
  const set = (key: keyof WerkgeverFormValues, value: string | string[]) =>
    onChange((old) => ({ ...old, [key]: value }));
  const text = (key: 'naam' | 'kvkNummer' | 'sbiCode' | 'psoGeldigTot') => ({
    name: key,
    value: values[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
    error: errors.fields[key],
  });
  return (
    <>
      <TextField label={o.naam} required autoComplete="organization" {...text('naam')} />
      <div className="form-row">
        <TextField label={o.kvkNummer} hint={o.kvkHint} inputMode="numeric" required {...text('kvkNummer')} />
        <TextField label={o.sbiCode} hint={o.sbiHint} inputMode="numeric" required={nieuw} {...text('sbiCode')} />
      </div>
      <div className="form-row">
        <SelectField
          name="grootteklasse"
          label={o.grootteklasse}
          value={values.grootteklasse}
          onChange={(value) => set('grootteklasse', value)}
          placeholder={nieuw ? t.algemeen.kiesEen : undefined}
          options={optionsOf(t.keuzes.grootteklasse)}
          required={nieuw}
          error={errors.fields.grootteklasse}
        />
        <SelectField
          name="soort"
          label={o.soort}
          value={values.soort}
          onChange={(value) => set('soort', value)}
          options={optionsOf(t.keuzes.werkgeverSoort)}
          error={errors.fields.soort}
        />
      </div>
      <div className="form-row">
        <SelectField
          name="psoTrede"
          label={o.psoTrede}
          value={values.psoTrede}
          onChange={(value) => set('psoTrede', value)}
          placeholder={o.geenPso}
          options={optionsOf(t.keuzes.psoTrede)}
          error={errors.fields.psoTrede}
        />
        <TextField label={o.psoGeldigTot} type="date" {...text('psoGeldigTot')} />
      </div>
      <CheckboxGroup
        name="geaccepteerdeInstrumenten"
        legend={medewerker ? o.instrumentenMedewerker : o.instrumenten}
        options={optionsOf(t.keuzes.instrument)}
        value={values.geaccepteerdeInstrumenten}
        onChange={(value) => set('geaccepteerdeInstrumenten', value)}
        error={errors.fields.geaccepteerdeInstrumenten}
      />
      <CheckboxGroup
        name="openDoelgroepen"
        legend={medewerker ? o.doelgroepenMedewerker : o.doelgroepen}
        options={optionsOf(t.keuzes.doelgroep)}
        value={values.openDoelgroepen}
        onChange={(value) => set('openDoelgroepen', value)}
        error={errors.fields.openDoelgroepen}
      />
      {medewerker && !nieuw && (
        <MedewerkerKeuze
          name="accountmanagerId"
          label={t.medewerkerKeuze.accountmanager}
          rol="ACCOUNTMANAGER"
          huidige={accountmanager}
          value={values.accountmanagerId}
          onChange={(value) => set('accountmanagerId', value)}
          placeholder={t.medewerkerKeuze.geenAccountmanager}
          error={errors.fields.accountmanagerId}
        />
      )}
      {medewerker && (
        <TextArea
          name="notities"
          label={o.notities}
          hint={o.notitiesHint}
          value={values.notities}
          onChange={(value) => set('notities', value)}
          error={errors.fields.notities}
        />
      )}
    </>
  );
}
