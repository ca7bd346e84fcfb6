import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router-dom';
import { WERKGEVER_VESTIGINGEN } from '../../api/werkgevers';
import { useUser } from '../../auth/AuthProvider';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { PsoScherm } from './PsoScherm';

const p = t.pso;

/** WERKGEVER: the own PSO position and the input behind it. */
export function PsoPage() {
  const user = useUser();
  return (
    <>
      <PageHeading>{p.titel}</PageHeading>
      <p className="lead">{p.intro}</p>
      <PsoScherm werkgeverId={user.werkgeverId ?? ''} bewerken werkgever />
    </>
  );
}

/** Staff: one werkgever's PSO position; ACCOUNTMANAGER and ADMIN may also keep its input. */
export function PsoStafPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const { data, loading, error } = useQuery(WERKGEVER_VESTIGINGEN, { variables: { id } });
  if (!data) return <QueryState loading={loading} error={error} title={t.menu.pso} />;
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/werkgevers/${id}`}>{data.werkgever.naam}</Link>
      </p>
      <PageHeading>{p.titelStaf(data.werkgever.naam)}</PageHeading>
      <PsoScherm werkgeverId={id} bewerken={['ACCOUNTMANAGER', 'ADMIN'].includes(user.rol)} werkgever={false} />
    </>
  );
}
