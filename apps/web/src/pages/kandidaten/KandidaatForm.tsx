import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { FormErrors } from '../../api/errors';
import { GEMEENTEN } from '../../api/operations';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, CheckboxGroup, optionsOf, SelectField, TextArea, TextField } from '../../components/fields';
import { MedewerkerKeuze } from '../../components/MedewerkerKeuze';
import { t } from '../../i18n/nl';
import { INSTRUMENTEN, type KandidaatFormValues } from './kandidaatForm';

const b = t.kandidaatBeheer;
const s = t.stafKandidaten;

export const KANDIDAAT_LABELS: Record<string, string> = {
  gemeenteId: s.gemeente,
  werkcoachId: t.medewerkerKeuze.werkcoach,
  voornaam: b.voornaam,
  achternaam: b.achternaam,
  bsn: s.bsn,
  geboortedatum: b.geboortedatum,
  adres: b.adres,
  postcode: b.postcode,
  telefoon: s.telefoon,
  email: t.velden.email,
  beroepswensen: t.kandidaten.beroepswensen,
  vaardigheden: t.kandidaten.vaardigheden,
  pitch: b.pitch,
  opleiding: s.opleiding,
  werkervaring: s.werkervaring,
  urenMin: b.urenMin,
  urenMax: b.urenMax,
  reisbereidheidKm: b.reisbereidheidKm,
  vervoer: s.vervoer,
  beschikbaarVanaf: s.beschikbaarVanaf,
  nederlandsNiveau: s.taal,
  werkfitStatus: s.werkfit,
  loonwaarde: b.loonwaarde,
  klantprofiel: s.klantprofiel,
  doelgroepen: b.doelgroepen,
  instrumenten: s.instrumenten,
};

const INSTRUMENT_OPTIES = INSTRUMENTEN.map((sleutel) => ({ value: sleutel, label: b.instrument[sleutel] }));

interface Props {
  initial: KandidaatFormValues;
  /** A new candidate: the form asks for the personal data too. */
  nieuw: boolean;
  /** An admin registers the candidate for a werkcoach it chooses here. */
  werkcoachKiezen?: boolean;
  errors: FormErrors;
  busy: boolean;
  onSubmit: (values: KandidaatFormValues) => void;
  actions: ReactNode;
}

/** The fields of a candidate, for registering a new one and for changing one. */
export function KandidaatForm({ initial, nieuw, werkcoachKiezen = false, errors, busy, onSubmit, actions }: Props) {
  const [values, setValues] = useState(initial);
  const gemeenten = useQuery(GEMEENTEN);
  const set = <K extends keyof KandidaatFormValues>(key: K, value: KandidaatFormValues[K]) =>
    setValues((old) => ({ ...old, [key]: value }));
  const text = (key: keyof KandidaatFormValues) => ({
    name: key,
    value: values[key] as string,
    onChange: (event: { target: { value: string } }) => set(key, event.target.value as never),
    error: errors.fields[key],
  });
  const area = (key: 'pitch' | 'opleiding' | 'werkervaring') => ({
    name: key,
    value: values[key],
    onChange: (value: string) => set(key, value),
    error: errors.fields[key],
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(values);
  }

  return (
    <>
      <ErrorSummary errors={errors} labels={KANDIDAAT_LABELS} />
      <form className="form form-wide" noValidate onSubmit={submit} aria-busy={busy}>
        {nieuw && (
          <fieldset className="fieldset">
            <legend>{s.identiteit}</legend>
            <p className="field__hint">{b.identiteitHint}</p>
            <div className="form-row">
              <TextField label={b.voornaam} required autoComplete="off" {...text('voornaam')} />
              <TextField label={b.achternaam} required autoComplete="off" {...text('achternaam')} />
            </div>
            <div className="form-row">
              <TextField
                label={s.bsn}
                hint={b.bsnHint}
                inputMode="numeric"
                required
                autoComplete="off"
                {...text('bsn')}
              />
              <TextField label={b.geboortedatum} type="date" required {...text('geboortedatum')} />
            </div>
            <div className="form-row">
              <TextField label={b.adres} hint={b.adresHint} required autoComplete="off" {...text('adres')} />
              <TextField label={b.postcode} hint={b.postcodeHint} required autoComplete="off" {...text('postcode')} />
            </div>
            <div className="form-row">
              <TextField label={s.telefoon} type="tel" autoComplete="off" {...text('telefoon')} />
              <TextField label={t.velden.email} type="email" autoComplete="off" spellCheck={false} {...text('email')} />
            </div>
          </fieldset>
        )}
        <SelectField
          name="gemeenteId"
          label={s.gemeente}
          value={values.gemeenteId}
          onChange={(value) => set('gemeenteId', value)}
          placeholder={t.algemeen.kiesEen}
          options={(gemeenten.data?.gemeenten ?? []).map((g) => ({ value: g.id, label: g.naam }))}
          required
          error={errors.fields.gemeenteId}
        />
        {werkcoachKiezen && (
          <MedewerkerKeuze
            name="werkcoachId"
            label={t.medewerkerKeuze.werkcoach}
            rol="WERKCOACH"
            value={values.werkcoachId}
            onChange={(value) => set('werkcoachId', value)}
            placeholder={t.algemeen.kiesEen}
            required
            error={errors.fields.werkcoachId}
          />
        )}

        <fieldset className="fieldset">
          <legend>{s.profiel}</legend>
          <TextField
            label={t.kandidaten.beroepswensen}
            hint={t.algemeen.lijstHint}
            required
            {...text('beroepswensen')}
          />
          <TextField label={t.kandidaten.vaardigheden} hint={t.algemeen.lijstHint} {...text('vaardigheden')} />
          <TextArea label={b.pitch} hint={b.pitchHint} maxLength={600} rows={3} {...area('pitch')} />
          <div className="form-row">
            <TextField label={b.urenMin} inputMode="numeric" required {...text('urenMin')} />
            <TextField label={b.urenMax} inputMode="numeric" required {...text('urenMax')} />
          </div>
          <div className="form-row">
            <TextField label={b.reisbereidheidKm} inputMode="numeric" required {...text('reisbereidheidKm')} />
            <TextField label={s.beschikbaarVanaf} hint={b.beschikbaarHint} type="date" {...text('beschikbaarVanaf')} />
          </div>
          <CheckboxField
            name="rijbewijs"
            label={b.rijbewijs}
            checked={values.rijbewijs}
            onChange={(on) => set('rijbewijs', on)}
          />
          <CheckboxGroup
            name="vervoer"
            legend={s.vervoer}
            options={optionsOf(t.keuzes.vervoer)}
            value={values.vervoer}
            onChange={(value) => set('vervoer', value)}
            error={errors.fields.vervoer}
          />
          <div className="form-row">
            <SelectField
              name="nederlandsNiveau"
              label={s.taal}
              value={values.nederlandsNiveau}
              onChange={(value) => set('nederlandsNiveau', value)}
              placeholder={t.algemeen.onbekend}
              options={optionsOf(t.keuzes.nederlandsNiveau)}
              error={errors.fields.nederlandsNiveau}
            />
            <SelectField
              name="werkfitStatus"
              label={s.werkfit}
              value={values.werkfitStatus}
              onChange={(value) => set('werkfitStatus', value)}
              placeholder={t.algemeen.onbekend}
              options={optionsOf(t.keuzes.werkfitStatus)}
              error={errors.fields.werkfitStatus}
            />
          </div>
          <TextArea label={s.opleiding} maxLength={500} rows={3} {...area('opleiding')} />
          <TextArea label={s.werkervaring} maxLength={2000} rows={4} {...area('werkervaring')} />
        </fieldset>

        <fieldset className="fieldset">
          <legend>{s.indicaties}</legend>
          <CheckboxField
            name="doelgroepregister"
            label={s.doelgroepregister}
            checked={values.doelgroepregister}
            onChange={(on) => set('doelgroepregister', on)}
          />
          <CheckboxField
            name="beschut"
            label={s.beschut}
            checked={values.beschut}
            onChange={(on) => set('beschut', on)}
          />
          <div className="form-row">
            <TextField label={b.loonwaarde} hint={b.loonwaardeHint} inputMode="numeric" {...text('loonwaarde')} />
            <SelectField
              name="klantprofiel"
              label={s.klantprofiel}
              value={values.klantprofiel}
              onChange={(value) => set('klantprofiel', value)}
              placeholder={t.algemeen.onbekend}
              options={optionsOf(b.klantprofielen)}
              error={errors.fields.klantprofiel}
            />
          </div>
          <CheckboxGroup
            name="doelgroepen"
            legend={b.doelgroepen}
            options={optionsOf(t.keuzes.doelgroep)}
            value={values.doelgroepen}
            onChange={(value) => set('doelgroepen', value)}
            error={errors.fields.doelgroepen}
          />
        </fieldset>

        <CheckboxGroup
          name="instrumenten"
          legend={s.instrumenten}
          hint={b.instrumentenHint}
          options={INSTRUMENT_OPTIES}
          value={values.instrumenten}
          onChange={(value) => set('instrumenten', value)}
          error={errors.fields.instrumenten}
        />
        <div className="form-actions">{actions}</div>
      </form>
    </>
  );
}
