import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../api/errors';
import { VRAAG_WACHTWOORD_RESET_AAN } from '../api/operations';
import { EMAIL_PATTERN } from '../auth/password';
import { ErrorSummary } from '../components/ErrorSummary';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/fields';
import { t } from '../i18n/nl';

const FIELDS = ['email'] as const;

export function WachtwoordVergetenPage() {
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [vraagAan, { loading }] = useMutation(VRAAG_WACHTWOORD_RESET_AAN);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const address = email.trim();
    if (!address) return setErrors({ fields: { email: t.fouten.verplicht(t.velden.email) }, general: [] });
    if (!EMAIL_PATTERN.test(address)) return setErrors({ fields: { email: t.fouten.emailOngeldig }, general: [] });
    setErrors(NO_ERRORS);
    try {
      await vraagAan({ variables: { email: address } });
      setSentTo(address);
    } catch (error) {
      setErrors(toFormErrors(error, FIELDS));
    }
  }

  return (
    <div className="narrow">
      <PageHeading>{t.wachtwoordVergeten.titel}</PageHeading>
      {sentTo ? (
        <Notice>{t.wachtwoordVergeten.verstuurd(sentTo)}</Notice>
      ) : (
        <>
          <p>{t.wachtwoordVergeten.intro}</p>
          <ErrorSummary errors={errors} labels={{ email: t.velden.email }} />
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
            <button type="submit" className="button" disabled={loading}>
              {loading ? t.wachtwoordVergeten.bezig : t.wachtwoordVergeten.knop}
            </button>
          </form>
        </>
      )}
      <p>
        <Link to="/inloggen">{t.wachtwoordVergeten.terug}</Link>
      </p>
    </div>
  );
}
