import { useQuery } from '@apollo/client/react';
import { MIJN_WERKGEVER } from '../../api/werkgevers';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { Contactpersonen } from './Contactpersonen';
import { Vestigingen } from './Vestigingen';
import { WerkgeverGegevens } from './WerkgeverGegevens';

/** WERKGEVER: the own organisation's profile, sites and contact persons. */
export function MijnOrganisatiePage() {
  const { data, loading, error } = useQuery(MIJN_WERKGEVER);
  if (!data) return <QueryState loading={loading} error={error} title={t.organisatie.titel} />;
  const werkgever = data.mijnWerkgever;
  return (
    <>
      <PageHeading title={t.organisatie.titel}>{werkgever.naam}</PageHeading>
      <p className="lead">{t.organisatie.intro}</p>
      <WerkgeverGegevens werkgever={werkgever} medewerker={false} />
      <Contactpersonen werkgeverId={werkgever.id} contactpersonen={werkgever.contactpersonen} />
      <Vestigingen vestigingen={werkgever.vestigingen} werkgeverId={werkgever.id} />
    </>
  );
}
