import type { FormErrors } from '../../api/errors';
import { optionsOf, SelectField, tekstVelden, TextField } from '../../components/fields';
import { t } from '../../i18n/nl';
import type { PlaatsingGegevensValues } from './plaatsingForm';

const p = t.pijplijn;

export const PLAATSING_LABELS: Record<string, string> = {
  werkgeverId: t.plaatsingen.werkgever,
  type: p.plaatsingType,
  startDatum: p.startDatum,
  eindDatum: p.eindDatum,
  urenPerWeek: p.urenPerWeek,
};

/** Type, start and end date and hours a week of a plaatsing. */
export function PlaatsingVelden({
  values,
  set,
  errors,
}: {
  values: PlaatsingGegevensValues;
  set: (key: keyof PlaatsingGegevensValues, value: string) => void;
  errors: FormErrors;
}) {
  const text = tekstVelden(values, set, errors);
  return (
    <>
      <SelectField
        name="type"
        label={p.plaatsingType}
        value={values.type}
        onChange={(value) => set('type', value)}
        placeholder={t.algemeen.kiesEen}
        options={optionsOf(t.keuzes.plaatsingType)}
        required
        error={errors.fields.type}
      />
      <div className="form-row">
        <TextField label={p.startDatum} type="date" required {...text('startDatum')} />
        <TextField label={p.eindDatum} type="date" {...text('eindDatum')} />
      </div>
      <TextField label={p.urenPerWeek} inputMode="numeric" required {...text('urenPerWeek')} />
    </>
  );
}
