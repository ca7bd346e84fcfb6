import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { REGISTREER_TAFEL, type SpeeddateEvent, type SpeeddateTafel } from '../../api/speeddates';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxGroup, TextField } from '../../components/fields';
import { Tabel } from '../../components/Tabel';
import { t } from '../../i18n/nl';
import { parseGetal } from '../../lib/format';
import { WerkgeverKiezer } from '../werkgevers/WerkgeverKiezer';
import { rondeFout, rondeInput, RondeVelden, useRondeKeuze } from './RondeVelden';

const s = t.speeddates;
const FIELDS = ['werkgeverId', 'aantal', 'vacatureIds', 'vanRonde', 'totRonde'];
const LABELS = {
  werkgeverId: s.kiesWerkgever,
  aantal: s.aantalTafels,
  vacatureIds: s.welkeVacatures,
  vanRonde: s.vanRonde,
  totRonde: s.totRonde,
};

/** The tables of an event (a werkgever gets only its own from the API). */
export function TafelsTabel({ tafels, caption }: { tafels: readonly SpeeddateTafel[]; caption: string }) {
  return (
    <Tabel caption={caption} koppen={[s.tafel, s.werkgever, s.aanwezig]}>
      <tbody>
        {tafels.map((tafel) => (
          <tr key={tafel.id}>
            <td>{tafel.nummer}</td>
            <td>{tafel.werkgeverNaam}</td>
            <td>{tafel.afgemeld ? s.afgemeld : s.vanTot(tafel.vanRonde, tafel.totRonde)}</td>
          </tr>
        ))}
      </tbody>
    </Tabel>
  );
}

/**
 * Books one or more tables. Organisers search the werkgever (`kiesWerkgever`); a werkgever books for itself and
 * may name the vacatures it comes for (`vacatures`).
 */
export function TafelReserveren({
  event,
  kiesWerkgever = false,
  vacatures,
  titel,
  onGereserveerd,
}: {
  event: SpeeddateEvent;
  kiesWerkgever?: boolean;
  vacatures?: { value: string; label: string }[];
  titel: string;
  onGereserveerd: (melding: string) => void;
}) {
  const [werkgeverId, setWerkgeverId] = useState('');
  const [aantal, setAantal] = useState('1');
  const [vacatureIds, setVacatureIds] = useState<string[]>([]);
  const ronde = useRondeKeuze(event.rondes);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [reserveer, { loading }] = useMutation(REGISTREER_TAFEL, {
    refetchQueries: ['SpeeddateTafels', 'Speeddate', 'Speeddates'],
    awaitRefetchQueries: true,
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (kiesWerkgever && !werkgeverId) fields.werkgeverId = t.fouten.verplicht(s.kiesWerkgever);
    const n = parseGetal(aantal);
    if (n === null || n < 1 || n > 10) fields.aantal = s.fout.getal(1, 10);
    const totRonde = rondeFout(ronde);
    if (totRonde) fields.totRonde = totRonde;
    if (Object.keys(fields).length) return setErrors({ fields, general: [] });
    setErrors(NO_ERRORS);
    try {
      const { data } = await reserveer({
        variables: {
          eventId: event.id,
          input: {
            ...(kiesWerkgever ? { werkgeverId } : {}),
            aantal: n!,
            vacatureIds,
            ...rondeInput(ronde),
          },
        },
      });
      setWerkgeverId('');
      setAantal('1');
      setVacatureIds([]);
      onGereserveerd(s.gereserveerd(data?.registreerSpeeddateTafel.length ?? n!));
    } catch (error) {
      setErrors(toFormErrors(error, FIELDS));
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} labels={LABELS} />
      <form className="form form-wide no-print" noValidate onSubmit={submit} aria-label={titel}>
        {kiesWerkgever && (
          <WerkgeverKiezer
            name="werkgeverId"
            label={s.kiesWerkgever}
            value={werkgeverId}
            onChange={setWerkgeverId}
            error={errors.fields.werkgeverId}
          />
        )}
        <TextField
          name="aantal"
          label={s.aantalTafels}
          hint={s.aantalHint}
          inputMode="numeric"
          value={aantal}
          onChange={(e) => setAantal(e.target.value)}
          error={errors.fields.aantal}
          required
        />
        <RondeVelden keuze={ronde} errors={errors.fields} />
        {vacatures && vacatures.length > 0 && (
          <CheckboxGroup
            name="vacatureIds"
            legend={s.welkeVacatures}
            hint={s.welkeVacaturesHint}
            options={vacatures}
            value={vacatureIds}
            onChange={setVacatureIds}
            error={errors.fields.vacatureIds}
          />
        )}
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.algemeen.bezigMetOpslaan : s.reserveren}
        </button>
      </form>
    </>
  );
}
