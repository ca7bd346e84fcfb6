import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { toFormErrors } from '../../api/errors';
import {
  SROI_MODEL,
  SROI_VERPLICHTING,
  VERWIJDER_SROI_INZET,
  type SroiBouwblok,
  type SroiInzet,
  type SroiVerplichting,
} from '../../api/sroi';
import { useUser } from '../../auth/AuthProvider';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { Tabel } from '../../components/Tabel';
import { t } from '../../i18n/nl';
import { formatDatum, formatDecimaal } from '../../lib/format';
import { formatEuro } from '../../lib/geld';
import { Koppelvoorstellen } from './Koppelvoorstellen';
import { InzetForm } from './InzetForm';
import { KandidaatSuggesties } from './KandidaatSuggesties';
import { SROI_BEHEERDERS } from './rollen';
import { SroiVoortgangBalk } from './SroiVoortgang';

const s = t.sroi;

/** One obligation: progress, the efforts that count, and for ACCOUNTMANAGER/ADMIN adding and linking efforts. */
export function SroiVerplichtingPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const { data, loading, error } = useQuery(SROI_VERPLICHTING, { variables: { id } });
  const staf = user.rol !== 'WERKGEVER';
  const beheerder = SROI_BEHEERDERS.includes(user.rol);
  const model = useQuery(SROI_MODEL, { variables: { datum: data?.sroiVerplichting.startDatum }, skip: !data || !staf });
  if (!data) return <QueryState loading={loading} error={error} title={s.titel} />;
  const v = data.sroiVerplichting;
  const bouwblokken = model.data?.sroiModel.bouwblokken ?? [];

  return (
    <>
      <p className="breadcrumb">
        <Link to="/sroi">{s.terug}</Link>
      </p>
      <PageHeading>{v.contractnaam}</PageHeading>
      <ul className="meta">
        {v.werkgever && (
          <li>{staf ? <Link to={`/werkgevers/${v.werkgever.id}`}>{v.werkgever.naam}</Link> : v.werkgever.naam}</li>
        )}
        {v.gemeente && <li>{s.gemeente(v.gemeente.naam)}</li>}
        <li>{s.looptTot(formatDatum(v.startDatum), formatDatum(v.eindDatum))}</li>
      </ul>

      <section className="section" aria-labelledby="sroi-voortgang">
        <h2 id="sroi-voortgang">{s.voortgang}</h2>
        <SroiVoortgangBalk voortgang={v.voortgang} uitleg />
        <dl className="details">
          <dt>{s.contractwaarde}</dt>
          <dd>{formatEuro(v.contractwaarde)}</dd>
          <dt>{s.sroiPercentage}</dt>
          <dd>{formatDecimaal(v.sroiPercentage)} %</dd>
          <dt>{s.verplichting}</dt>
          <dd>{formatEuro(v.voortgang.verplichting)}</dd>
          <dt>{s.gerealiseerd}</dt>
          <dd>{formatEuro(v.voortgang.gerealiseerd)}</dd>
          <dt>{s.prognose}</dt>
          <dd>{formatEuro(v.voortgang.prognose)}</dd>
          <dt>{s.nogTeDoenKop}</dt>
          <dd>{formatEuro(v.voortgang.nogTeRealiseren)}</dd>
        </dl>
      </section>

      <InzetSectie verplichting={v} bouwblokken={bouwblokken} beheerder={beheerder} />

      {v.voortgang.status !== 'GEREALISEERD' && v.gemeente && (
        <KandidaatSuggesties verplichtingId={v.id} gemeente={v.gemeente.naam} />
      )}

      {beheerder && (
        <section className="section" aria-labelledby="sroi-koppel">
          <h2 id="sroi-koppel">{s.koppelvoorstellen}</h2>
          <Koppelvoorstellen voorstellen={v.koppelvoorstellen} verplichtingen={[v]} />
        </section>
      )}
    </>
  );
}

function InzetSectie({
  verplichting,
  bouwblokken,
  beheerder,
}: {
  verplichting: SroiVerplichting;
  bouwblokken: SroiBouwblok[];
  beheerder: boolean;
}) {
  const [melding, setMelding] = useState<string | null>(null);
  const [fout, setFout] = useState<string[]>([]);
  const [verwijder, { loading }] = useMutation(VERWIJDER_SROI_INZET, {
    refetchQueries: ['SroiVerplichting'],
    awaitRefetchQueries: true,
  });
  const telling = new Map(verplichting.voortgang.inzet.map((regel) => [regel.id, regel]));
  const naam = (inzet: SroiInzet) => {
    const categorie = bouwblokken.find((b) => b.code === inzet.categorie)?.omschrijving;
    return categorie && categorie !== inzet.omschrijving ? `${inzet.omschrijving} (${categorie})` : inzet.omschrijving;
  };

  async function weg(inzet: SroiInzet) {
    setFout([]);
    setMelding(null);
    try {
      await verwijder({ variables: { id: inzet.id } });
      setMelding(s.verwijderd);
    } catch (error) {
      setFout(toFormErrors(error).general);
    }
  }

  return (
    <section className="section" aria-labelledby="sroi-inzet">
      <h2 id="sroi-inzet">{s.inzet}</h2>
      <p>{s.inzetIntro}</p>
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      {fout.length > 0 && (
        <p className="field__error" role="alert">
          {fout.join(' ')}
        </p>
      )}
      {verplichting.inzet.length === 0 ? (
        <p>{s.geenInzet}</p>
      ) : (
        <Tabel
          caption={s.inzet}
          koppen={[s.wat, s.wanneer, s.gerealiseerd, s.prognose, ...(beheerder ? [s.acties] : [])]}
          regio
        >
          <tbody>
            {verplichting.inzet.map((inzet) => {
              const regel = telling.get(inzet.id);
              return (
                <tr key={inzet.id}>
                  <th scope="row">{naam(inzet)}</th>
                  <td>{wanneer(inzet)}</td>
                  <td>
                    {formatEuro(regel?.gerealiseerd)}
                    {regel?.gecapt && <div className="field__hint">{s.gecapt}</div>}
                  </td>
                  <td>
                    {formatEuro(regel?.prognose)}
                    {regel?.lopend && <div className="field__hint">{s.loopt}</div>}
                  </td>
                  {beheerder && (
                    <td>
                      <button
                        type="button"
                        className="button button--small button--secondary"
                        disabled={loading}
                        onClick={() => void weg(inzet)}
                        aria-label={s.verwijder(inzet.omschrijving)}
                      >
                        {s.verwijderKnop}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </Tabel>
      )}
      {beheerder && <InzetForm verplichtingId={verplichting.id} bouwblokken={bouwblokken} onSaved={setMelding} />}
    </section>
  );
}

function wanneer(inzet: SroiInzet): string {
  if (inzet.datum) return formatDatum(inzet.datum);
  if (!inzet.startDatum) return '';
  return inzet.eindDatum
    ? s.vanTot(formatDatum(inzet.startDatum), formatDatum(inzet.eindDatum))
    : s.vanaf(formatDatum(inzet.startDatum));
}
