import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { MAAK_KANDIDAAT } from '../../api/kandidaten';
import { useUser } from '../../auth/AuthProvider';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n/nl';
import { KandidaatForm } from './KandidaatForm';
import { KANDIDAAT_FIELDS, LEGE_KANDIDAAT, toNieuweKandidaatInput, type KandidaatFormValues } from './kandidaatForm';

const b = t.kandidaatBeheer;

/** Werkcoach: registers a candidate, who gets this werkcoach. Admin: registers one for a werkcoach it chooses. */
export function KandidaatNieuwPage() {
  const werkcoachKiezen = useUser().rol === 'ADMIN';
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [maak, { loading }] = useMutation(MAAK_KANDIDAAT, { refetchQueries: ['Kandidaten'] });

  async function submit(values: KandidaatFormValues) {
    const { input, errors: local } = toNieuweKandidaatInput(values, werkcoachKiezen);
    setErrors(local);
    if (!input) return;
    try {
      const { data } = await maak({ variables: { input } });
      if (data)
        navigate(`/kandidaten/${data.maakKandidaat.id}`, {
          state: { melding: b.toegevoegd(data.maakKandidaat.code) },
        });
    } catch (error) {
      setErrors(toFormErrors(error, KANDIDAAT_FIELDS));
    }
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/kandidaten">{t.stafKandidaten.terugNaarLijst}</Link>
      </p>
      <PageHeading>{b.nieuwTitel}</PageHeading>
      <p className="lead">{werkcoachKiezen ? t.medewerkerKeuze.nieuweKandidaatIntro : b.nieuwIntro}</p>
      <KandidaatForm
        initial={LEGE_KANDIDAAT}
        nieuw
        werkcoachKiezen={werkcoachKiezen}
        errors={errors}
        busy={loading}
        onSubmit={submit}
        actions={
          <>
            <button type="submit" className="button" disabled={loading}>
              {loading ? t.algemeen.bezigMetOpslaan : b.toevoegen}
            </button>
            <Link to="/kandidaten" className="button button--secondary">
              {t.algemeen.annuleren}
            </Link>
          </>
        }
      />
    </>
  );
}
