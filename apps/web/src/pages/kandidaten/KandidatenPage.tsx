import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { KandidaatKaart } from '../../api/kandidaten';
import type { Instrument } from '../../api/types';
import {
  ZOEK_KANDIDAAT_KAARTEN,
  type FacetWaarde,
  type KandidaatZoekFilter,
  type KandidaatZoekResultaat,
} from '../../api/zoeken';
import { CheckboxField, CheckboxGroup, SelectField, TextField } from '../../components/fields';
import { MeerLaden } from '../../components/MeerLaden';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { Markering } from '../../lib/Markering';
import { useFilters } from '../../lib/useSearchParam';

const k = t.kandidaten;
const PAGE = 20;
const AFSTANDEN = [5, 10, 25, 50];
const FILTERS = ['q', 'pc', 'km', 'gemeente', 'instrument', 'rijbewijs'] as const;

const lijst = (value: string) => (value ? value.split('|') : []);

/** WERKGEVER: search the anonymised cards of available candidates — text, distance from a postcode, facets. */
export function KandidatenPage() {
  const [{ q, pc, km, gemeente, instrument, rijbewijs }, update] = useFilters(FILTERS);
  const [invoer, setInvoer] = useState({ q, pc, km: km || '10' });
  const [pcFout, setPcFout] = useState<string | undefined>();

  const filter: KandidaatZoekFilter = {
    ...(gemeente && { gemeente: lijst(gemeente) }),
    ...(instrument && { instrument: lijst(instrument) as Instrument[] }),
    ...(rijbewijs === 'ja' && { rijbewijs: true }),
  };
  const variables = {
    first: PAGE,
    ...(q && { zoekterm: q }),
    filter,
    ...(pc && { nabij: { postcode: pc, km: Number(km) || 10 } }),
  };
  const { data, loading, error, fetchMore } = useQuery(ZOEK_KANDIDAAT_KAARTEN, { variables });

  function zoek(event: FormEvent) {
    event.preventDefault();
    const postcode = invoer.pc.trim();
    if (postcode && !/^[1-9]\d{3}(\s?[A-Za-z]{2})?$/.test(postcode)) return setPcFout(k.postcodeOngeldig);
    setPcFout(undefined);
    update({ q: invoer.q.trim(), pc: postcode, km: postcode ? invoer.km : '' });
  }

  const wis = () => {
    setInvoer({ q: '', pc: '', km: '10' });
    update({ q: '', pc: '', km: '', gemeente: '', instrument: '', rijbewijs: '' });
  };

  const result = data?.zoekKandidaten;
  return (
    <>
      <PageHeading>{k.titel}</PageHeading>
      <p className="lead">{k.intro}</p>
      <form className="search-form" role="search" aria-label={k.titel} onSubmit={zoek} noValidate>
        <TextField
          name="q"
          label={k.zoekterm}
          hint={k.zoektermHint}
          type="search"
          value={invoer.q}
          onChange={(e) => setInvoer({ ...invoer, q: e.target.value })}
        />
        <div className="form-row">
          <TextField
            name="pc"
            label={k.postcode}
            hint={k.postcodeHint}
            inputMode="numeric"
            autoComplete="postal-code"
            value={invoer.pc}
            onChange={(e) => setInvoer({ ...invoer, pc: e.target.value })}
            error={pcFout}
          />
          <SelectField
            name="km"
            label={k.afstand}
            value={invoer.km}
            onChange={(value) => setInvoer({ ...invoer, km: value })}
            options={AFSTANDEN.map((n) => ({ value: String(n), label: k.afstandKm(n) }))}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {t.algemeen.zoeken}
          </button>
          <button type="button" className="button button--secondary" onClick={wis}>
            {k.filtersWissen}
          </button>
        </div>
      </form>
      <div className="search-layout">
        <aside className="facets" aria-label={t.algemeen.filters}>
          <h2 className="visually-hidden">{t.algemeen.filters}</h2>
          <CheckboxField
            name="rijbewijs"
            label={`${k.rijbewijs}${telling(result?.facetten.rijbewijs, 'B')}`}
            checked={rijbewijs === 'ja'}
            onChange={(on) => update({ rijbewijs: on ? 'ja' : '' })}
          />
          <Facet
            name="instrument"
            legend={k.instrumentenFilter}
            waarden={result?.facetten.instrument}
            gekozen={lijst(instrument)}
            label={(waarde) => t.keuzes.instrument[waarde as Instrument] ?? waarde}
            onChange={(value) => update({ instrument: value.join('|') })}
          />
          <Facet
            name="gemeente"
            legend={k.gemeenten}
            waarden={result?.facetten.gemeente}
            gekozen={lijst(gemeente)}
            label={(w) => w}
            onChange={(value) => update({ gemeente: value.join('|') })}
          />
        </aside>
        <div className="results">
          {!data && <QueryState loading={loading} error={error} />}
          {result && (
            <Resultaten
              result={result}
              onMore={(after) => fetchMore({ variables: { after }, updateQuery: mergeTreffers })}
            />
          )}
        </div>
      </div>
    </>
  );
}

function telling(waarden: FacetWaarde[] | null | undefined, waarde: string): string {
  const found = waarden?.find((w) => w.waarde === waarde);
  return found ? ` (${found.aantal})` : '';
}

function Facet(props: {
  name: string;
  legend: string;
  waarden: FacetWaarde[] | null | undefined;
  gekozen: string[];
  label: (waarde: string) => string;
  onChange: (value: string[]) => void;
}) {
  const { name, legend, waarden, gekozen, label, onChange } = props;
  // Chosen values stay visible even when the current results have none of them.
  const alle = [...(waarden ?? [])];
  for (const waarde of gekozen) if (!alle.some((w) => w.waarde === waarde)) alle.push({ waarde, aantal: 0 });
  if (alle.length === 0) return null;
  return (
    <CheckboxGroup
      name={name}
      legend={legend}
      options={alle.map((w) => ({ value: w.waarde, label: `${label(w.waarde)} (${w.aantal})` }))}
      value={gekozen}
      onChange={onChange}
    />
  );
}

function Resultaten({
  result,
  onMore,
}: {
  result: KandidaatZoekResultaat;
  onMore: (after: string) => Promise<unknown>;
}) {
  const treffers = result.edges.filter(
    (edge): edge is typeof edge & { node: { __typename: 'KandidaatKaart' } & KandidaatKaart } =>
      edge.node.__typename === 'KandidaatKaart',
  );
  return (
    <>
      <p className="result-count" role="status">
        {k.aantal(result.totalCount)}
      </p>
      {treffers.length === 0 ? (
        <p>{k.geen}</p>
      ) : (
        <ul className="result-list kaarten" aria-label={k.titel}>
          {treffers.map(({ node, markering, afstandKm }) => (
            <li key={node.id} className="result kaart">
              <h2>
                <Link to={`/kandidaten/${node.id}`}>{k.kaart(node.code)}</Link>
              </h2>
              {afstandKm !== null && (
                <p className="meta">{k.opAfstand(afstandKm.toLocaleString('nl-NL', { maximumFractionDigits: 1 }))}</p>
              )}
              <KaartSamenvatting kaart={node} />
              {markering.tekst ? (
                <p className="kaart__pitch">
                  <Markering html={markering.tekst} />
                </p>
              ) : (
                node.pitch && <p className="kaart__pitch">{node.pitch}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      <MeerLaden connection={result} onMore={onMore} />
    </>
  );
}

function mergeTreffers(
  previous: { zoekKandidaten: KandidaatZoekResultaat },
  { fetchMoreResult }: { fetchMoreResult: { zoekKandidaten: KandidaatZoekResultaat } },
) {
  return {
    zoekKandidaten: {
      ...fetchMoreResult.zoekKandidaten,
      edges: [...previous.zoekKandidaten.edges, ...fetchMoreResult.zoekKandidaten.edges],
    },
  };
}

export function KaartSamenvatting({ kaart }: { kaart: KandidaatKaart }) {
  return (
    <>
      <ul className="meta">
        <li>{k.leeftijd(kaart.leeftijdsband)}</li>
        <li>{k.woontIn(kaart.regio)}</li>
        <li>{kaart.beschikbaarheid}</li>
        <li>{t.algemeen.uren(kaart.urenMin, kaart.urenMax)}</li>
        {kaart.rijbewijs && <li>{k.metRijbewijs}</li>}
      </ul>
      {kaart.beroepswensen.length > 0 && (
        <p>
          <strong>{k.beroepswensen}:</strong> {kaart.beroepswensen.join(', ')}
        </p>
      )}
      {kaart.instrumenten.length > 0 && (
        <ul className="tag-list" aria-label={k.instrumenten}>
          {kaart.instrumenten.map((instrument) => (
            <li key={instrument}>{instrument}</li>
          ))}
        </ul>
      )}
    </>
  );
}
