import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import type { VoorstelStatus } from '../../api/types';
import { MIJN_VOORSTELLEN, WACHT_OP_REACTIE, type Voorstel } from '../../api/voorstellen';
import { SelectField } from '../../components/fields';
import { appendEdges, MeerLaden } from '../../components/MeerLaden';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { useSearchParam } from '../../lib/useSearchParam';
import { KaartSamenvatting } from '../kandidaten/KandidatenPage';

const v = t.voorstellen;

/** WERKGEVER: the proposals made to the organisation. */
export function VoorstellenPage() {
  const [toon, setToon] = useSearchParam('toon');
  const status: VoorstelStatus[] | undefined = toon === 'open' ? WACHT_OP_REACTIE : undefined;
  const { data, loading, error, fetchMore } = useQuery(MIJN_VOORSTELLEN, { variables: { first: 20, status } });
  return (
    <>
      <PageHeading>{v.titel}</PageHeading>
      <p className="lead">{v.intro}</p>
      <form
        className="filters"
        role="search"
        aria-label={t.algemeen.filters}
        onSubmit={(event) => event.preventDefault()}
      >
        <SelectField
          name="toon"
          label={v.alleen}
          value={toon}
          onChange={setToon}
          options={[
            { value: '', label: v.alleVoorstellen },
            { value: 'open', label: v.openVoorstellen },
          ]}
        />
      </form>
      {!data && <QueryState loading={loading} error={error} />}
      {data && (
        <>
          <p className="result-count" role="status">
            {v.aantal(data.mijnVoorstellen.totalCount)}
          </p>
          {data.mijnVoorstellen.edges.length === 0 ? (
            <p>{v.geen}</p>
          ) : (
            <ul className="result-list" aria-label={v.titel}>
              {data.mijnVoorstellen.edges.map(({ node }) => (
                <VoorstelItem key={node.id} voorstel={node} />
              ))}
            </ul>
          )}
          <MeerLaden
            connection={data.mijnVoorstellen}
            onMore={(after) =>
              fetchMore({
                variables: { after },
                updateQuery: appendEdges<'mijnVoorstellen', Voorstel>('mijnVoorstellen'),
              })
            }
          />
        </>
      )}
    </>
  );
}

function VoorstelItem({ voorstel }: { voorstel: Voorstel }) {
  return (
    <li className="result">
      <h2>
        <Link to={`/voorstellen/${voorstel.id}`}>{t.kandidaten.kaart(voorstel.kaart.code)}</Link>{' '}
        <VoorstelBadge voorstel={voorstel} />
      </h2>
      <ul className="meta">
        <li>{v.voorgesteldOp(formatDatum(voorstel.voorgesteldOp))}</li>
        <li>{voorstel.vacature ? v.voorVacature(voorstel.vacature.titel) : v.zonderVacature}</li>
      </ul>
      <KaartSamenvatting kaart={voorstel.kaart} />
    </li>
  );
}

export function VoorstelBadge({ voorstel }: { voorstel: Pick<Voorstel, 'status'> }) {
  const nieuw = voorstel.status === 'VOORGESTELD';
  return (
    <span
      className={`badge badge--${nieuw ? 'CONCEPT' : voorstel.status === 'AFGEWEZEN' || voorstel.status === 'INGETROKKEN' ? 'GESLOTEN' : 'OPEN'}`}
    >
      {nieuw ? v.nieuw : t.keuzes.voorstelStatus[voorstel.status]}
    </span>
  );
}
