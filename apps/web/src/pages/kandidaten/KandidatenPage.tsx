import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { KANDIDAAT_KAARTEN, type KaartFilter, type KandidaatKaart } from '../../api/kandidaten';
import { GEMEENTEN } from '../../api/operations';
import { CheckboxField, SelectField, TextField } from '../../components/fields';
import { appendEdges, MeerLaden } from '../../components/MeerLaden';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { parseGetal } from '../../lib/format';
import { useSearchParam } from '../../lib/useSearchParam';

const k = t.kandidaten;
const PAGE = 20;

/** Anonymised cards of available candidates (WERKGEVER). */
export function KandidatenPage() {
  const [gemeenteId, setGemeente] = useSearchParam('gemeente');
  const [rijbewijsParam, setRijbewijs] = useSearchParam('rijbewijs');
  const [urenParam, setUrenParam] = useSearchParam('uren');
  const rijbewijs = rijbewijsParam === 'ja';
  const urenMin = parseGetal(urenParam);
  const [uren, setUren] = useState(urenMin ? String(urenMin) : '');
  const filter: KaartFilter = { ...(gemeenteId && { gemeenteId }), ...(rijbewijs && { rijbewijs }), ...(urenMin && { urenMin }) };
  const gemeenten = useQuery(GEMEENTEN);
  const { data, loading, error, fetchMore } = useQuery(KANDIDAAT_KAARTEN, { variables: { first: PAGE, filter } });


  return (
    <>
      <PageHeading>{k.titel}</PageHeading>
      <p className="lead">{k.intro}</p>
      <form
        className="filters"
        role="search"
        aria-label={t.algemeen.filters}
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          setUrenParam(parseGetal(uren) ? uren.trim() : '');
        }}
      >
        <SelectField
          name="gemeente"
          label={k.gemeente}
          value={gemeenteId}
          onChange={setGemeente}
          placeholder={k.alleGemeenten}
          options={(gemeenten.data?.gemeenten ?? []).map((g) => ({ value: g.id, label: g.naam }))}
        />
        <TextField name="uren" label={k.urenMin} type="number" inputMode="numeric" min={1} max={40} value={uren} onChange={(event) => setUren(event.target.value)} />
        <button type="submit" className="button button--secondary">
          {t.algemeen.zoeken}
        </button>
        <CheckboxField name="rijbewijs" label={k.rijbewijs} checked={rijbewijs} onChange={(on) => setRijbewijs(on ? 'ja' : '')} />
      </form>
      {!data && <QueryState loading={loading} error={error} />}
      {data && (
        <>
          <p className="result-count" role="status">
            {k.aantal(data.kandidaatKaarten.totalCount)}
          </p>
          {data.kandidaatKaarten.edges.length === 0 ? (
            <p>{k.geen}</p>
          ) : (
            <ul className="result-list kaarten" aria-label={k.titel}>
              {data.kandidaatKaarten.edges.map(({ node }) => (
                <li key={node.id} className="result kaart">
                  <h2>
                    <Link to={`/kandidaten/${node.id}`}>{k.kaart(node.code)}</Link>
                  </h2>
                  <KaartSamenvatting kaart={node} />
                  {node.pitch && <p className="kaart__pitch">{node.pitch}</p>}
                </li>
              ))}
            </ul>
          )}
          <MeerLaden
            connection={data.kandidaatKaarten}
            onMore={(after) => fetchMore({ variables: { after }, updateQuery: appendEdges<'kandidaatKaarten', KandidaatKaart>('kandidaatKaarten') })}
          />
        </>
      )}
    </>
  );
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
