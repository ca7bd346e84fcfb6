import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { PLAATS_VACATURE } from '../../api/vacatures';
import { MIJN_WERKGEVER, WERKGEVER_VESTIGINGEN } from '../../api/werkgevers';
import { useUser } from '../../auth/AuthProvider';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { VacatureForm } from './VacatureForm';
import { LEEG, toVacatureInput, VACATURE_FIELDS } from './vacatureForm';

/** A werkgever places a vacature for its own organisation; staff for the werkgever in ?werkgever=. */
export function VacatureNieuwPage() {
  const user = useUser();
  const [params] = useSearchParams();
  const werkgeverId = user.rol === 'WERKGEVER' ? null : params.get('werkgever');
  const eigen = useQuery(MIJN_WERKGEVER, { skip: user.rol !== 'WERKGEVER' });
  const ander = useQuery(WERKGEVER_VESTIGINGEN, { variables: { id: werkgeverId ?? '' }, skip: !werkgeverId });
  const werkgever = user.rol === 'WERKGEVER' ? eigen.data?.mijnWerkgever : ander.data?.werkgever;
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [plaats, { loading }] = useMutation(PLAATS_VACATURE, { refetchQueries: ['Vacatures'] });

  if (user.rol !== 'WERKGEVER' && !werkgeverId) {
    return (
      <>
        <PageHeading>{t.vacatures.nieuwTitel}</PageHeading>
        <p>{t.vacatures.introMedewerker}</p>
        <p>
          <Link to="/werkgevers">{t.werkgevers.titel}</Link>
        </p>
      </>
    );
  }
  if (!werkgever) {
    const state = user.rol === 'WERKGEVER' ? eigen : ander;
    return <QueryState loading={state.loading} error={state.error} title={t.vacatures.nieuwTitel} />;
  }

  async function submit(values: typeof LEEG, action: string) {
    const { input, errors: local } = toVacatureInput(values);
    setErrors(local);
    if (!input) return;
    const publiceer = action === 'plaatsen';
    try {
      const { data } = await plaats({
        variables: { input: { ...input, publiceer, ...(werkgeverId && { werkgeverId }) } },
      });
      if (data)
        navigate(`/vacatures/${data.plaatsVacature.id}`, {
          state: { melding: publiceer ? t.vacatures.geplaatst : t.vacatures.bewaard },
        });
    } catch (error) {
      setErrors(toFormErrors(error, VACATURE_FIELDS));
    }
  }

  return (
    <>
      <PageHeading>{t.vacatures.nieuwTitel}</PageHeading>
      {user.rol !== 'WERKGEVER' && <p>{t.vacatures.voorWerkgever(werkgever.naam)}</p>}
      <p>{t.vacatures.nieuwIntro}</p>
      <VacatureForm
        initial={LEEG}
        vestigingen={werkgever.vestigingen}
        errors={errors}
        busy={loading}
        onSubmit={submit}
        actions={
          <>
            <button type="submit" name="actie" value="plaatsen" className="button" disabled={loading}>
              {loading ? t.algemeen.bezigMetOpslaan : t.vacatures.plaatsen}
            </button>
            <button type="submit" name="actie" value="concept" className="button button--secondary" disabled={loading}>
              {t.vacatures.opslaanConcept}
            </button>
          </>
        }
      />
    </>
  );
}
