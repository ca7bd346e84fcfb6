import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { isWijzigbaar, VACATURE, WIJZIG_VACATURE } from '../../api/vacatures';
import { MIJN_WERKGEVER, WERKGEVER_VESTIGINGEN } from '../../api/werkgevers';
import { useUser } from '../../auth/AuthProvider';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { VacatureForm } from './VacatureForm';
import { toVacatureInput, VACATURE_FIELDS, valuesOf, type VacatureFormValues } from './vacatureForm';

export function VacatureWijzigenPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const { data, loading, error } = useQuery(VACATURE, { variables: { id }, fetchPolicy: 'network-only' });
  const werkgeverId = data?.vacature.werkgeverId;
  const eigen = useQuery(MIJN_WERKGEVER, { skip: user.rol !== 'WERKGEVER' });
  const ander = useQuery(WERKGEVER_VESTIGINGEN, {
    variables: { id: werkgeverId ?? '' },
    skip: user.rol === 'WERKGEVER' || !werkgeverId,
  });
  const vestigingen =
    (user.rol === 'WERKGEVER' ? eigen.data?.mijnWerkgever.vestigingen : ander.data?.werkgever.vestigingen) ?? [];
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [wijzig, { loading: saving }] = useMutation(WIJZIG_VACATURE);

  if (!data) return <QueryState loading={loading} error={error} title={t.vacatures.titel} />;
  const vacature = data.vacature;
  if (!isWijzigbaar(vacature.status)) {
    return (
      <>
        <PageHeading>{t.vacatures.wijzigTitel(vacature.titel)}</PageHeading>
        <p>{t.vacatures.nietWijzigbaar}</p>
        <Link to={`/vacatures/${vacature.id}`}>{t.algemeen.terug}</Link>
      </>
    );
  }

  async function submit(values: VacatureFormValues) {
    const { input, errors: local } = toVacatureInput(values);
    setErrors(local);
    if (!input) return;
    try {
      await wijzig({ variables: { id, input } });
      navigate(`/vacatures/${id}`, { state: { melding: t.algemeen.opgeslagen } });
    } catch (error) {
      setErrors(toFormErrors(error, VACATURE_FIELDS));
    }
  }

  return (
    <>
      <PageHeading>{t.vacatures.wijzigTitel(vacature.titel)}</PageHeading>
      <VacatureForm
        key={vacature.id}
        initial={valuesOf(vacature)}
        vestigingen={vestigingen}
        errors={errors}
        busy={saving}
        onSubmit={submit}
        actions={
          <>
            <button type="submit" className="button" disabled={saving}>
              {saving ? t.algemeen.bezigMetOpslaan : t.vacatures.opslaan}
            </button>
            <Link to={`/vacatures/${vacature.id}`}>{t.algemeen.annuleren}</Link>
          </>
        }
      />
    </>
  );
}
