import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { SROI_KOPPELVOORSTELLEN, SROI_VERPLICHTINGEN } from '../../api/sroi';
import { Loading } from '../../components/Loading';
import { t } from '../../i18n/nl';
import { SroiVoortgangBalk } from './SroiVoortgang';

const s = t.sroi;
const TOON = 3;

/** Dashboard card body for a werkgever: the obligations that end first, each with its progress. */
export function SroiKaartInhoud() {
  const { data } = useQuery(SROI_VERPLICHTINGEN);
  if (!data) return <Loading />;
  const lijst = data.sroiVerplichtingen;
  if (lijst.length === 0) return <p>{s.kaartGeen}</p>;
  const achter = lijst.filter((v) => v.voortgang.status === 'ACHTER').length;
  return (
    <>
      {achter > 0 && <p>{s.kaartAchter(achter)}</p>}
      {lijst.slice(0, TOON).map((v) => (
        <div key={v.id}>
          <h3>{v.contractnaam}</h3>
          <SroiVoortgangBalk voortgang={v.voortgang} />
        </div>
      ))}
      <p>
        <Link to="/sroi">{s.kaartLink}</Link>
      </p>
    </>
  );
}

/** Dashboard card body for an accountmanager: own obligations behind schedule and placements waiting to be linked. */
export function SroiStafKaartInhoud() {
  const verplichtingen = useQuery(SROI_VERPLICHTINGEN, { variables: { filter: { mijn: true, status: 'ACHTER' } } });
  const voorstellen = useQuery(SROI_KOPPELVOORSTELLEN);
  if (!verplichtingen.data || !voorstellen.data) return <Loading />;
  return (
    <>
      <p>{s.kaartStafAchter(verplichtingen.data.sroiVerplichtingen.length)}</p>
      <p>{s.kaartStafKoppelen(voorstellen.data.sroiKoppelvoorstellen.length)}</p>
      <p>
        <Link to="/sroi">{s.kaartStafLink}</Link>
      </p>
    </>
  );
}
