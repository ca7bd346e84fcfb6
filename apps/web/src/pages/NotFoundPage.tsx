import { Link } from 'react-router-dom';
import { PageHeading } from '../components/PageHeading';
import { t } from '../i18n/nl';

export function NotFoundPage() {
  return (
    <>
      <PageHeading>{t.nietGevonden.titel}</PageHeading>
      <p>{t.nietGevonden.tekst}</p>
      <p>
        <Link to="/">{t.nietGevonden.terug}</Link>
      </p>
    </>
  );
}
