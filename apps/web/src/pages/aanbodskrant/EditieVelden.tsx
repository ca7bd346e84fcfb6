import type { FormErrors } from '../../api/errors';
import { TextArea, TextField } from '../../components/fields';
import { t } from '../../i18n/nl';

const a = t.aanbodskrant;

export interface EditieGegevens {
  titel: string;
  publicatiedatum: string;
  intro: string;
}

/** The title, publication date and introduction of an edition: for a new one (with hints) and when changing one. */
export function EditieVelden({
  waarden,
  onChange,
  errors,
  nieuw,
}: {
  waarden: EditieGegevens;
  onChange: (waarden: EditieGegevens) => void;
  errors: FormErrors;
  nieuw: boolean;
}) {
  const zet = (veld: keyof EditieGegevens) => (waarde: string) => onChange({ ...waarden, [veld]: waarde });
  return (
    <>
      <TextField
        name="titel"
        label={a.titelVeld}
        hint={nieuw ? a.titelHint : undefined}
        required
        value={waarden.titel}
        onChange={(e) => zet('titel')(e.target.value)}
        error={errors.fields.titel}
      />
      <TextField
        name="publicatiedatum"
        label={a.publicatiedatum}
        type="date"
        required={nieuw}
        value={waarden.publicatiedatum}
        onChange={(e) => zet('publicatiedatum')(e.target.value)}
        error={errors.fields.publicatiedatum}
      />
      <TextArea
        name="intro"
        label={a.introVeld}
        hint={a.introHint}
        rows={4}
        value={waarden.intro}
        onChange={zet('intro')}
        error={errors.fields.intro}
      />
    </>
  );
}
