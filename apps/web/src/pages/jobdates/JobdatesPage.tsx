import { useUser } from '../../auth/AuthProvider';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n/nl';
import { StafJobdates } from './StafJobdates';
import { WerkgeverJobdates } from './WerkgeverJobdates';

/** /jobdates: an employer opens up times, a werkcoach books them for candidates. */
export function JobdatesPage() {
  const user = useUser();
  return (
    <>
      <PageHeading>{t.jobdates.titel}</PageHeading>
      {user.rol === 'WERKGEVER' ? <WerkgeverJobdates /> : <StafJobdates />}
    </>
  );
}
