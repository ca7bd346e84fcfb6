import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { VACATURES, type VacatureFilter, type VacatureKort } from '../../api/vacatures';
import type { VacatureStatus } from '../../api/types';
import { useUser } from '../../auth/AuthProvider';
import { CheckboxField, SelectField, optionsOf } from '../../components/fields';
import { appendEdges, MeerLaden } from '../../components/MeerLaden';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { useSearchParam } from '../../lib/useSearchParam';

const PAGE = 20;

export function VacaturesPage() {
  const user = useUser();
  const werkgever = user.rol === 'WERKGEVER';
  const [status, setStatus] = useSearchParam('status');
  const [fc, setFc] = useSearchParam('functiecreatie');
  const functiecreatie = fc === 'ja';
  const filter: VacatureFilter = {
    ...(status && { status: [status as VacatureStatus] }),
    ...(functiecreatie && { functiecreatie: true }),
  };
  const { data, loading, error, fetchMore } = useQuery(VACATURES, { variables: { first: PAGE, filter } });

  return (
    <>
      <PageHeading>{t.vacatures.titel}</PageHeading>
      <p className="lead">{werkgever ? t.vacatures.introWerkgever : t.vacatures.introMedewerker}</p>
      <div className="toolbar">
        <form
          className="filters"
          role="search"
          aria-label={t.algemeen.filters}
          onSubmit={(event) => event.preventDefault()}
        >
          <SelectField
            name="status"
            label={t.vacatures.status}
            value={status}
            onChange={setStatus}
            placeholder={t.vacatures.alle}
            options={optionsOf(t.keuzes.vacatureStatus)}
          />
          {!werkgever && (
            <CheckboxField
              name="functiecreatie"
              label={t.vacatures.functiecreatie}
              checked={functiecreatie}
              onChange={(on) => setFc(on ? 'ja' : '')}
            />
          )}
        </form>
        {werkgever && (
          <Link to="/vacatures/nieuw" className="button">
            {t.vacatures.nieuw}
          </Link>
        )}
      </div>
      {!data && <QueryState loading={loading} error={error} />}
      {data && (
        <>
          <p className="result-count" role="status">
            {t.vacatures.aantal(data.vacatures.totalCount)}
          </p>
          {data.vacatures.edges.length === 0 ? (
            <p>{status || functiecreatie ? t.vacatures.geenMetFilter : t.vacatures.geen}</p>
          ) : (
            <ul className="result-list" aria-label={t.vacatures.titel}>
              {data.vacatures.edges.map(({ node }) => (
                <VacatureItem key={node.id} vacature={node} showWerkgever={!werkgever} />
              ))}
            </ul>
          )}
          <MeerLaden
            connection={data.vacatures}
            onMore={(after) =>
              fetchMore({ variables: { after }, updateQuery: appendEdges<'vacatures', VacatureKort>('vacatures') })
            }
          />
        </>
      )}
    </>
  );
}

export function VacatureItem({
  vacature,
  showWerkgever,
  headingLevel = 2,
}: {
  vacature: VacatureKort;
  showWerkgever: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className="result">
      <Heading>
        <Link to={`/vacatures/${vacature.id}`}>{vacature.titel}</Link> <StatusBadge status={vacature.status} />
      </Heading>
      <ul className="meta">
        {showWerkgever && vacature.werkgever && <li>{vacature.werkgever.naam}</li>}
        {vacature.vestiging && <li>{vacature.vestiging.plaats}</li>}
        <li>{t.algemeen.uren(vacature.urenMin, vacature.urenMax)}</li>
        <li>{t.keuzes.contractvorm[vacature.contractvorm]}</li>
        {vacature.startdatum && <li>{t.vacatures.start(formatDatum(vacature.startdatum))}</li>}
        {vacature.functiecreatie && <li>{t.vacatures.functiecreatie}</li>}
        <li>{t.vacatures.bijgewerkt(formatDatum(vacature.updatedAt))}</li>
      </ul>
    </li>
  );
}

export function StatusBadge({ status }: { status: VacatureStatus }) {
  return <span className={`badge badge--${status}`}>{t.keuzes.vacatureStatus[status]}</span>;
}
