import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import {
  ZOEK_KANSEN,
  type FunctiecreatieStatus,
  type KansZoekFilter,
  type KansZoekResultaat,
} from '../../api/functiecreatie';
import type { FacetWaarde } from '../../api/zoeken';
import { CheckboxGroup, SelectField, TextField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { MeerLaden } from '../../components/MeerLaden';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { kaartPunten } from '../../lib/kaart';
import { Markering } from '../../lib/Markering';
import { useFilters } from '../../lib/useSearchParam';

const k = t.kansen;
const FILTERS = ['q', 'pc', 'km', 'status', 'gemeente', 'uren'] as const;
const lijst = (value: string) => (value ? value.split('|') : []);
// Leaflet is only loaded once there is something to show on the map.
const Kaart = lazy(() => import('../../components/Kaart'));

/** JOBHUNTER (and accountmanager): search functiecreatie opportunities by text, distance and facets. */
export function KansenPage() {
  const [{ q, pc, km, status, gemeente, uren }, update] = useFilters(FILTERS);
  const [invoer, setInvoer] = useState({ q, pc, km: km || '25' });
  const [pcFout, setPcFout] = useState<string | undefined>();
  const filters: KansZoekFilter = {
    ...(status && { status: lijst(status) as FunctiecreatieStatus[] }),
    ...(gemeente && { gemeente: lijst(gemeente) }),
    ...(uren && { uren: lijst(uren) }),
  };
  const { data, loading, error, fetchMore } = useQuery(ZOEK_KANSEN, {
    variables: {
      first: 20,
      filters,
      ...(q && { tekst: q }),
      ...(pc && { nabij: { postcode: pc, km: Number(km) || 25 } }),
    },
  });

  function zoek(event: FormEvent) {
    event.preventDefault();
    const postcode = invoer.pc.trim();
    if (postcode && !/^[1-9]\d{3}(\s?[A-Za-z]{2})?$/.test(postcode)) return setPcFout(t.kandidaten.postcodeOngeldig);
    setPcFout(undefined);
    update({ q: invoer.q.trim(), pc: postcode, km: postcode ? invoer.km : '' });
  }

  const result = data?.zoekFunctiecreatieKansen;
  return (
    <>
      <PageHeading>{k.titel}</PageHeading>
      <p className="lead">{k.intro}</p>
      <form className="search-form" role="search" aria-label={k.titel} onSubmit={zoek} noValidate>
        <TextField
          name="q"
          label={k.zoekterm}
          type="search"
          value={invoer.q}
          onChange={(e) => setInvoer({ ...invoer, q: e.target.value })}
        />
        <div className="form-row">
          <TextField
            name="pc"
            label={t.kandidaten.postcode}
            inputMode="numeric"
            value={invoer.pc}
            onChange={(e) => setInvoer({ ...invoer, pc: e.target.value })}
            error={pcFout}
          />
          <SelectField
            name="km"
            label={t.kandidaten.afstand}
            value={invoer.km}
            onChange={(value) => setInvoer({ ...invoer, km: value })}
            options={[5, 10, 25, 50].map((n) => ({ value: String(n), label: t.kandidaten.afstandKm(n) }))}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {t.algemeen.zoeken}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setInvoer({ q: '', pc: '', km: '25' });
              update({ q: '', pc: '', km: '', status: '', gemeente: '', uren: '' });
            }}
          >
            {t.kandidaten.filtersWissen}
          </button>
        </div>
      </form>
      <div className="search-layout">
        <aside className="facets" aria-label={t.algemeen.filters}>
          <Facet
            name="status"
            legend={k.status}
            waarden={result?.facetten.status}
            gekozen={lijst(status)}
            label={(w) => t.keuzes.kansStatus[w as FunctiecreatieStatus] ?? w}
            onChange={(v) => update({ status: v.join('|') })}
          />
          <Facet
            name="uren"
            legend={k.uren}
            waarden={result?.facetten.uren}
            gekozen={lijst(uren)}
            label={(w) => w}
            onChange={(v) => update({ uren: v.join('|') })}
          />
          <Facet
            name="gemeente"
            legend={k.gemeente}
            waarden={result?.facetten.gemeente}
            gekozen={lijst(gemeente)}
            label={(w) => w}
            onChange={(v) => update({ gemeente: v.join('|') })}
          />
        </aside>
        <div className="results">
          {!data && <QueryState loading={loading} error={error} />}
          {result && (
            <Resultaten result={result} onMore={(after) => fetchMore({ variables: { after }, updateQuery: merge })} />
          )}
        </div>
      </div>
    </>
  );
}

function Facet(props: {
  name: string;
  legend: string;
  waarden: FacetWaarde[] | null | undefined;
  gekozen: string[];
  label: (w: string) => string;
  onChange: (v: string[]) => void;
}) {
  const alle = [...(props.waarden ?? [])];
  for (const waarde of props.gekozen) if (!alle.some((w) => w.waarde === waarde)) alle.push({ waarde, aantal: 0 });
  if (alle.length === 0) return null;
  return (
    <CheckboxGroup
      name={props.name}
      legend={props.legend}
      options={alle.map((w) => ({ value: w.waarde, label: `${props.label(w.waarde)} (${w.aantal})` }))}
      value={props.gekozen}
      onChange={props.onChange}
    />
  );
}

function Resultaten({ result, onMore }: { result: KansZoekResultaat; onMore: (after: string) => Promise<unknown> }) {
  const punten = useMemo(
    () =>
      kaartPunten(
        result.edges,
        ({ node }) => node.vestiging,
        ({ node }) => ({
          id: node.id,
          naam: k.kaartNaam(node.titel, node.werkgever?.naam, node.vestiging?.plaats),
          href: `/functiecreatie/${node.id}`,
        }),
      ),
    [result.edges],
  );
  return (
    <>
      <p className="result-count" role="status">
        {k.aantal(result.totalCount)}
      </p>
      {(punten.length > 0 || result.centrum) && (
        <Suspense fallback={<Loading />}>
          <Kaart label={k.kaartLabel} uitleg={k.kaartUitleg} punten={punten} centrum={result.centrum} />
        </Suspense>
      )}
      {result.edges.length === 0 ? (
        <p>{k.geen}</p>
      ) : (
        <ul className="result-list" aria-label={k.titel}>
          {result.edges.map(({ node, markering, afstandKm }) => (
            <li key={node.id} className="result">
              <h2>
                <Link to={`/functiecreatie/${node.id}`}>
                  {markering.titel ? <Markering html={markering.titel} /> : node.titel}
                </Link>{' '}
                <KansBadge status={node.status} />
              </h2>
              <ul className="meta">
                {node.werkgever && <li>{node.werkgever.naam}</li>}
                {node.vestiging && <li>{node.vestiging.plaats}</li>}
                {afstandKm !== null && <li>{t.matching.afstand(afstandKm)}</li>}
                <li>{t.algemeen.uren(node.urenMin, node.urenMax)}</li>
                {node.koppelingen.length > 0 && <li>{k.koppelingen(node.koppelingen.length)}</li>}
              </ul>
              {markering.tekst ? (
                <p>
                  <Markering html={markering.tekst} />
                </p>
              ) : (
                <p>{node.taken.map((taak) => taak.taak).join(', ')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      <MeerLaden connection={result} onMore={onMore} />
    </>
  );
}

function merge(
  previous: { zoekFunctiecreatieKansen: KansZoekResultaat },
  { fetchMoreResult }: { fetchMoreResult: { zoekFunctiecreatieKansen: KansZoekResultaat } },
) {
  return {
    zoekFunctiecreatieKansen: {
      ...fetchMoreResult.zoekFunctiecreatieKansen,
      edges: [...previous.zoekFunctiecreatieKansen.edges, ...fetchMoreResult.zoekFunctiecreatieKansen.edges],
    },
  };
}

const BADGE: Record<FunctiecreatieStatus, string> = {
  VERKEND: 'CONCEPT',
  UITGEWERKT: 'OPEN',
  GEREALISEERD: 'VERVULD',
  VERVALLEN: 'GESLOTEN',
};

export function KansBadge({ status }: { status: FunctiecreatieStatus }) {
  return <span className={`badge badge--${BADGE[status]}`}>{t.keuzes.kansStatus[status]}</span>;
}
