import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  SROI_KOPPELVOORSTELLEN,
  SROI_VERPLICHTINGEN,
  type SroiStatus,
  type SroiVerplichtingKort,
} from '../../api/sroi';
import { useUser } from '../../auth/AuthProvider';
import { optionsOf, SelectField } from '../../components/fields';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { Tabel } from '../../components/Tabel';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { formatEuro } from '../../lib/geld';
import { Koppelvoorstellen } from './Koppelvoorstellen';
import { SROI_BEHEERDERS } from './rollen';
import { SroiRapportageSectie } from './SroiRapportage';
import { BedragMetProcent, SroiStatusBadge } from './SroiVoortgang';

const s = t.sroi;

/** Staff: every obligation per werkgever, placements to link, and the report per gemeente. */
export function SroiOverzichtPage() {
  const user = useUser();
  const [status, setStatus] = useState('');
  const alle = useQuery(SROI_VERPLICHTINGEN);
  const gefilterd = useQuery(SROI_VERPLICHTINGEN, {
    variables: { filter: { status: status as SroiStatus } },
    skip: !status,
  });
  const lijst = status ? gefilterd : alle;
  const beheerder = SROI_BEHEERDERS.includes(user.rol);
  return (
    <>
      <PageHeading>{s.titel}</PageHeading>
      <p className="lead">{s.introStaf}</p>
      {beheerder && (
        <p>
          <Link to="/sroi/nieuw" className="button">
            {s.nieuw}
          </Link>
        </p>
      )}

      {beheerder && <KoppelSectie verplichtingen={alle.data?.sroiVerplichtingen ?? []} />}

      <section className="section" aria-labelledby="sroi-per-werkgever">
        <h2 id="sroi-per-werkgever">{s.perWerkgever}</h2>
        <div className="toolbar">
          <SelectField
            name="status"
            label={s.filterStatus}
            value={status}
            onChange={setStatus}
            placeholder={s.alleStatussen}
            options={optionsOf(s.status)}
          />
        </div>
        {!lijst.data ? (
          <QueryState loading={lijst.loading} error={lijst.error} />
        ) : lijst.data.sroiVerplichtingen.length === 0 ? (
          <p>{s.geenVerplichtingen}</p>
        ) : (
          <VerplichtingenTabel verplichtingen={lijst.data.sroiVerplichtingen} />
        )}
      </section>

      <SroiRapportageSectie />
    </>
  );
}

function KoppelSectie({ verplichtingen }: { verplichtingen: SroiVerplichtingKort[] }) {
  const { data, loading, error } = useQuery(SROI_KOPPELVOORSTELLEN);
  return (
    <section className="section" aria-labelledby="sroi-koppelvoorstellen">
      <h2 id="sroi-koppelvoorstellen">{s.koppelvoorstellen}</h2>
      {!data ? (
        <QueryState loading={loading} error={error} />
      ) : (
        <Koppelvoorstellen voorstellen={data.sroiKoppelvoorstellen} verplichtingen={verplichtingen} />
      )}
    </section>
  );
}

/** Sorted by werkgever, so each werkgever's obligations stand together. */
function VerplichtingenTabel({ verplichtingen }: { verplichtingen: SroiVerplichtingKort[] }) {
  const rijen = [...verplichtingen].sort(
    (a, b) =>
      (a.werkgever?.naam ?? '').localeCompare(b.werkgever?.naam ?? '', 'nl') || a.eindDatum.localeCompare(b.eindDatum),
  );
  return (
    <Tabel
      caption={s.perWerkgever}
      koppen={[
        s.werkgever,
        s.contractnaam,
        s.gemeenteKop,
        s.einddatum,
        s.verplichting,
        s.gerealiseerd,
        s.prognose,
        s.statusKop,
      ]}
      regio
    >
      <tbody>
        {rijen.map((v) => (
          <tr key={v.id}>
            <td>{v.werkgever && <Link to={`/werkgevers/${v.werkgever.id}`}>{v.werkgever.naam}</Link>}</td>
            <td>
              <Link to={`/sroi/${v.id}`}>{v.contractnaam}</Link>
            </td>
            <td>{v.gemeente?.naam}</td>
            <td>{formatDatum(v.eindDatum)}</td>
            <td>{formatEuro(v.voortgang.verplichting)}</td>
            <td>
              <BedragMetProcent bedrag={v.voortgang.gerealiseerd} procent={v.voortgang.voortgangPct} />
            </td>
            <td>{formatEuro(v.voortgang.prognose)}</td>
            <td>
              <SroiStatusBadge status={v.voortgang.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </Tabel>
  );
}
