import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../api/errors';
import { LOGIN } from '../api/operations';
import { useAuth } from '../auth/AuthProvider';
import { EMAIL_PATTERN } from '../auth/password';
import { ErrorSummary } from '../components/ErrorSummary';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/fields';
import { t } from '../i18n/nl';

const FIELDS = ['email', 'wachtwoord'] as const;
const LABELS = { email: t.velden.email, wachtwoord: t.velden.wachtwoord };

export function LoginPage() {
  const { state, signIn } = useAuth();
  const location = useLocation();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [login, { loading }] = useMutation(LOGIN);

  const from = (location.state as { from?: string } | null)?.from;
  if (state.status === 'in') return <Navigate to={from && from !== '/inloggen' ? from : '/'} replace />;
  const reason = state.status === 'uit' ? state.reason : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: FormErrors = { fields: {}, general: [] };
    if (!email.trim()) local.fields.email = t.fouten.verplicht(t.velden.email);
    else if (!EMAIL_PATTERN.test(email.trim())) local.fields.email = t.fouten.emailOngeldig;
    if (!wachtwoord) local.fields.wachtwoord = t.fouten.verplicht(t.velden.wachtwoord);
    if (Object.keys(local.fields).length) return setErrors(local);
    setErrors(NO_ERRORS);
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), wachtwoord } } });
      if (data) signIn(data.login);
    } catch (error) {
      setErrors(toFormErrors(error, FIELDS));
    }
  }

  return (
    <div className="narrow">
      <PageHeading>{t.login.titel}</PageHeading>
      {params.get('wachtwoord') === 'ingesteld' && <Notice>{t.login.wachtwoordIngesteld}</Notice>}
      {reason === 'verlopen' && <Notice>{t.fouten.sessieVerlopen}</Notice>}
      {reason === 'uitgelogd' && <Notice>{t.login.uitgelogd}</Notice>}
      <p>{t.login.intro}</p>
      <ErrorSummary errors={errors} labels={LABELS} />
      <form onSubmit={submit} noValidate className="form">
        <TextField
          name="email"
          label={t.velden.email}
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.fields.email}
        />
        <TextField
          name="wachtwoord"
          label={t.velden.wachtwoord}
          type="password"
          autoComplete="current-password"
          required
          value={wachtwoord}
          onChange={(event) => setWachtwoord(event.target.value)}
          error={errors.fields.wachtwoord}
        />
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.login.bezig : t.login.knop}
        </button>
      </form>
      <p>
        <Link to="/wachtwoord-vergeten">{t.login.vergeten}</Link>
      </p>
    </div>
  );
}
