import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { MAAK_SROI_VERPLICHTING } from '../../api/sroi';
import { WERKGEVER_VESTIGINGEN, WERKGEVERS } from '../../api/werkgevers';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, tekstVelden, TextField } from '../../components/fields';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n/nl';
import { GemeenteKeuze } from './GemeenteKeuze';
import { VERPLICHTING_FIELDS, verplichtingInput, type VerplichtingFormValues } from './sroiForm';

const s = t.sroi;
const LABELS: Record<string, string> = {
  werkgeverId: s.werkgever,
  gemeenteId: s.gemeenteKop,
  contractnaam: s.contractnaam,
  contractwaarde: s.contractwaarde,
  sroiPercentage: s.sroiPercentage,
  startDatum: s.startDatum,
  eindDatum: s.einddatum,
};

/** ACCOUNTMANAGER/ADMIN: record an obligation; from a werkgever's page the werkgever is chosen already (?werkgever=). */
export function SroiVerplichtingNieuwPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const vooraf = params.get('werkgever') ?? '';
  const werkgevers = useQuery(WERKGEVERS, { variables: { first: 100 } });
  const gekozen = useQuery(WERKGEVER_VESTIGINGEN, { variables: { id: vooraf }, skip: !vooraf });
  const [values, setValues] = useState<VerplichtingFormValues>({
    werkgeverId: vooraf,
    gemeenteId: '',
    contractnaam: '',
    contractwaarde: '',
    sroiPercentage: '',
    startDatum: '',
    eindDatum: '',
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [maak, { loading }] = useMutation(MAAK_SROI_VERPLICHTING, { refetchQueries: ['SroiVerplichtingen'] });
  const set = (key: keyof VerplichtingFormValues, value: string) => setValues((old) => ({ ...old, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const omgezet = verplichtingInput(values);
    if (omgezet.fields) return setErrors({ fields: omgezet.fields, general: [] });
    setErrors(NO_ERRORS);
    try {
      const { data } = await maak({ variables: { input: omgezet.input } });
      if (data) navigate(`/sroi/${data.maakSroiVerplichting.id}`);
    } catch (error) {
      setErrors(toFormErrors(error, VERPLICHTING_FIELDS));
    }
  }

  const lijst = (werkgevers.data?.werkgevers.edges ?? []).map(({ node }) => node);
  const extra = gekozen.data && !lijst.some((w) => w.id === vooraf) ? [gekozen.data.werkgever] : [];
  const werkgeverOpties = [...extra, ...lijst].map((w) => ({ value: w.id, label: w.naam }));

  const veld = tekstVelden(values, set, errors);
  const text = (
    name: keyof VerplichtingFormValues,
    extra: { type?: string; hint?: string; inputMode?: 'decimal' } = {},
  ) => <TextField label={LABELS[name]} {...veld(name)} {...extra} />;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/sroi">{s.terug}</Link>
      </p>
      <PageHeading>{s.nieuwTitel}</PageHeading>
      <p className="lead">{s.nieuwIntro}</p>
      <ErrorSummary errors={errors} labels={LABELS} />
      <form className="form form-wide" noValidate onSubmit={submit} aria-label={s.nieuwTitel}>
        <SelectField
          name="werkgeverId"
          label={s.werkgever}
          value={values.werkgeverId}
          onChange={(value) => set('werkgeverId', value)}
          placeholder={s.kiesWerkgeverOptie}
          options={werkgeverOpties}
          required
          error={errors.fields.werkgeverId}
        />
        <GemeenteKeuze
          value={values.gemeenteId}
          onChange={(value) => set('gemeenteId', value)}
          error={errors.fields.gemeenteId}
        />
        {text('contractnaam')}
        <div className="form-row">
          {text('contractwaarde', { inputMode: 'decimal', hint: s.bedragHint })}
          {text('sroiPercentage', { inputMode: 'decimal', hint: s.percentageHint })}
        </div>
        <div className="form-row">
          {text('startDatum', { type: 'date' })}
          {text('eindDatum', { type: 'date' })}
        </div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.algemeen.bezigMetOpslaan : s.opslaan}
        </button>
      </form>
    </>
  );
}
