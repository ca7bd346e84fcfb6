import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../api/errors';
import { STEL_WACHTWOORD_IN } from '../api/operations';
import { MIN_WACHTWOORD_LENGTE } from '../auth/password';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/fields';
import { t } from '../i18n/nl';

const FIELDS = ['wachtwoord', 'herhaling'] as const;
const LABELS = { wachtwoord: t.velden.nieuwWachtwoord, herhaling: t.velden.herhaalWachtwoord };

/** Opened from the link in the welcome or reset e-mail: /wachtwoord?token=… */
export function WachtwoordInstellenPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const [wachtwoord, setWachtwoord] = useState('');
  const [herhaling, setHerhaling] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [stelIn, { loading }] = useMutation(STEL_WACHTWOORD_IN);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: FormErrors = { fields: {}, general: [] };
    if (wachtwoord.length < MIN_WACHTWOORD_LENGTE)
      local.fields.wachtwoord = t.fouten.wachtwoordTeKort(MIN_WACHTWOORD_LENGTE);
    else if (herhaling !== wachtwoord) local.fields.herhaling = t.fouten.wachtwoordenVerschillen;
    if (Object.keys(local.fields).length) return setErrors(local);
    setErrors(NO_ERRORS);
    try {
      await stelIn({ variables: { input: { token, wachtwoord } } });
      navigate('/inloggen?wachtwoord=ingesteld', { replace: true });
    } catch (error) {
      // A used or expired link answers with field "token", which is not on this form: it shows above it.
      setErrors(toFormErrors(error, FIELDS));
    }
  }

  return (
    <div className="narrow">
      <PageHeading>{t.wachtwoordInstellen.titel}</PageHeading>
      {!token ? (
        <p>{t.wachtwoordInstellen.geenToken}</p>
      ) : (
        <>
          <p>{t.wachtwoordInstellen.intro(MIN_WACHTWOORD_LENGTE)}</p>
          <ErrorSummary errors={errors} labels={LABELS} />
          <form onSubmit={submit} noValidate className="form">
            <TextField
              name="wachtwoord"
              label={t.velden.nieuwWachtwoord}
              type="password"
              autoComplete="new-password"
              minLength={MIN_WACHTWOORD_LENGTE}
              required
              value={wachtwoord}
              onChange={(event) => setWachtwoord(event.target.value)}
              error={errors.fields.wachtwoord}
            />
            <TextField
              name="herhaling"
              label={t.velden.herhaalWachtwoord}
              type="password"
              autoComplete="new-password"
              required
              value={herhaling}
              onChange={(event) => setHerhaling(event.target.value)}
              error={errors.fields.herhaling}
            />
            <button type="submit" className="button" disabled={loading}>
              {loading ? t.wachtwoordInstellen.bezig : t.wachtwoordInstellen.knop}
            </button>
          </form>
        </>
      )}
      {(!token || errors.general.length > 0) && (
        <p>
          <Link to="/wachtwoord-vergeten">{t.wachtwoordInstellen.nieuweLink}</Link>
        </p>
      )}
    </div>
  );
}
