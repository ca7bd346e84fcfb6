import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { VOEG_VESTIGING_TOE, WIJZIG_VESTIGING, type Vestiging } from '../../api/werkgevers';
import { ErrorSummary } from '../../components/ErrorSummary';
import { OpslaanAnnuleren } from '../../components/OpslaanAnnuleren';
import { TextField } from '../../components/fields';
import { t } from '../../i18n/nl';
import { BewerkbareLijst } from './BewerkbareLijst';
import {
  controleerVestiging,
  LEGE_VESTIGING,
  VESTIGING_FIELDS,
  vestigingInput,
  type VestigingFormValues,
} from './werkgeverForm';

const o = t.organisatie;
const b = t.werkgeverBeheer;

/** The sites of a werkgever; with `werkgeverId` the user may add and change them. */
export function Vestigingen({ vestigingen, werkgeverId }: { vestigingen: Vestiging[]; werkgeverId?: string }) {
  return (
    <BewerkbareLijst
      id="vestigingen"
      titel={o.vestigingen}
      leeg={o.geenVestigingen}
      toevoegen={b.vestigingToevoegen}
      items={vestigingen}
      toegevoegd={b.vestigingToegevoegd}
      gewijzigd={b.vestigingGewijzigd}
      formulier={
        werkgeverId
          ? (vestiging, onDone) => <VestigingForm werkgeverId={werkgeverId} vestiging={vestiging} onDone={onDone} />
          : undefined
      }
    >
      {(vestiging) => (
        <>
          <h3>{vestiging.naam}</h3>
          <p className="meta">
            {vestiging.adres}, {vestiging.postcode} {vestiging.plaats}
          </p>
        </>
      )}
    </BewerkbareLijst>
  );
}

/** Name, address and postcode of one vestiging; `prefix` names the fields as the API does. */
export function VestigingVelden({
  values,
  onChange,
  errors,
  prefix = '',
}: {
  values: VestigingFormValues;
  onChange: (update: (old: VestigingFormValues) => VestigingFormValues) => void;
  errors: FormErrors;
  prefix?: string;
}) {
  const text = (key: keyof VestigingFormValues) => ({
    name: `${prefix}${key}`,
    value: values[key],
    onChange: (event: { target: { value: string } }) => onChange((old) => ({ ...old, [key]: event.target.value })),
    error: errors.fields[`${prefix}${key}`],
  });
  return (
    <>
      <TextField label={b.vestigingNaam} hint={b.vestigingNaamHint} autoComplete="off" {...text('naam')} />
      <div className="form-row">
        <TextField label={b.adres} hint={b.adresHint} autoComplete="off" {...text('adres')} />
        <TextField label={b.postcode} hint={b.postcodeHint} autoComplete="off" {...text('postcode')} />
      </div>
    </>
  );
}

export const VESTIGING_LABELS: Record<string, string> = {
  naam: b.vestigingNaam,
  adres: b.adres,
  postcode: b.postcode,
};

function VestigingForm({
  werkgeverId,
  vestiging,
  onDone,
}: {
  werkgeverId: string;
  vestiging?: Vestiging;
  onDone: (naam?: string) => void;
}) {
  const [values, setValues] = useState<VestigingFormValues>(
    vestiging ? { naam: vestiging.naam, adres: vestiging.adres, postcode: vestiging.postcode } : LEGE_VESTIGING,
  );
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const opties = { refetchQueries: ['MijnWerkgever', 'WerkgeverDetail'], awaitRefetchQueries: true };
  const [voegToe, toevoegen] = useMutation(VOEG_VESTIGING_TOE, opties);
  const [wijzig, wijzigen] = useMutation(WIJZIG_VESTIGING, opties);
  const busy = toevoegen.loading || wijzigen.loading;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = controleerVestiging(values);
    if (Object.keys(fields).length) return setErrors({ fields, general: [] });
    const input = vestigingInput(values);
    setErrors(NO_ERRORS);
    try {
      if (vestiging) await wijzig({ variables: { id: vestiging.id, input } });
      else await voegToe({ variables: { werkgeverId, input } });
      onDone(input.naam);
    } catch (error) {
      setErrors(toFormErrors(error, VESTIGING_FIELDS));
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} labels={VESTIGING_LABELS} />
      <form
        className="form form-wide"
        noValidate
        onSubmit={submit}
        aria-label={vestiging ? `${t.algemeen.wijzigen}: ${vestiging.naam}` : b.vestigingToevoegen}
      >
        <VestigingVelden values={values} onChange={setValues} errors={errors} />
        <OpslaanAnnuleren
          busy={busy}
          label={vestiging ? t.algemeen.opslaan : b.vestigingToevoegen}
          onAnnuleren={onDone}
        />
      </form>
    </>
  );
}
