import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { PSO_POSITIE } from '../../api/pso';
import { Loading } from '../../components/Loading';
import { t } from '../../i18n/nl';
import { formatDecimaal } from '../../lib/format';

const p = t.pso;

/** Dashboard card body for a werkgever: its trede and score, and what the next trede takes. */
export function PsoKaartInhoud({ werkgeverId }: { werkgeverId: string }) {
  const { data } = useQuery(PSO_POSITIE, { variables: { werkgeverId }, skip: !werkgeverId });
  if (!data) return <Loading />;
  const uitkomst = data.psoPositie?.uitkomst;
  const gap = uitkomst?.volgendeTrede;
  return (
    <>
      {uitkomst ? (
        <>
          <p className="count">{uitkomst.trede ? t.keuzes.psoTrede[uitkomst.trede] : p.geenTrede}</p>
          <p>{p.scoreTekst(formatDecimaal(uitkomst.scorePct))}</p>
          <p>{gap ? p.gap(gap.trede, formatDecimaal(gap.normPct), formatDecimaal(gap.fte)) : p.hoogsteTrede}</p>
        </>
      ) : (
        <p>{p.kaartGeen}</p>
      )}
      <p>
        <Link to="/pso">{p.kaartLink}</Link>
      </p>
    </>
  );
}
