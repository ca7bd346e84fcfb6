import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { KANDIDAAT, WIJZIG_KANDIDAAT } from '../../api/kandidaten';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { KandidaatForm } from './KandidaatForm';
import { KANDIDAAT_FIELDS, kandidaatValues, toWijzigKandidaatInput, type KandidaatFormValues } from './kandidaatForm';

const b = t.kandidaatBeheer;

/** The candidate's own werkcoach or an admin: changes profile, indications and instruments. */
export function KandidaatWijzigenPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(KANDIDAAT, { variables: { id } });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [wijzig, bezig] = useMutation(WIJZIG_KANDIDAAT);
  if (!data) return <QueryState loading={loading} error={error} title={b.wijzigenTitel} />;
  const kandidaat = data.kandidaat;

  async function submit(values: KandidaatFormValues) {
    const { input, errors: local } = toWijzigKandidaatInput(values);
    setErrors(local);
    if (!input) return;
    try {
      await wijzig({ variables: { id, input } });
      navigate(`/kandidaten/${id}`, { state: { melding: t.algemeen.opgeslagen } });
    } catch (error) {
      setErrors(toFormErrors(error, KANDIDAAT_FIELDS));
    }
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/kandidaten/${id}`}>{b.terugNaarKandidaat(kandidaat.code)}</Link>
      </p>
      <PageHeading>{b.wijzigen(kandidaat.code)}</PageHeading>
      <p className="lead">{b.wijzigenIntro}</p>
      <KandidaatForm
        initial={kandidaatValues(kandidaat)}
        nieuw={false}
        errors={errors}
        busy={bezig.loading}
        onSubmit={submit}
        actions={
          <>
            <button type="submit" className="button" disabled={bezig.loading}>
              {bezig.loading ? t.algemeen.bezigMetOpslaan : t.algemeen.opslaan}
            </button>
            <Link to={`/kandidaten/${id}`} className="button button--secondary">
              {t.algemeen.annuleren}
            </Link>
          </>
        }
      />
    </>
  );
}
