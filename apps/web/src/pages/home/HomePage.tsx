import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { JOBDATE_BOEKINGEN } from '../../api/jobdates';
import { KANDIDAAT_KAARTEN } from '../../api/kandidaten';
import { GEMEENTEN, type Gebruiker } from '../../api/operations';
import { SPEEDDATES } from '../../api/speeddates';
import { VACATURES, type VacatureFilter } from '../../api/vacatures';
import { MIJN_VOORSTELLEN, PIPELINE, VOLGENDE_FASEN, WACHT_OP_REACTIE } from '../../api/voorstellen';
import { MIJN_WERKGEVER, WERKGEVERS } from '../../api/werkgevers';
import { useUser } from '../../auth/AuthProvider';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { formatDatumTijd, nederlandseTijd } from '../../lib/tijd';
import { menuFor } from '../../navigation/menu';
import { PsoKaartInhoud } from '../pso/PsoKaart';
import { SroiKaartInhoud, SroiStafKaartInhoud } from '../sroi/SroiKaart';

const h = t.home;

/** The start page after login: one dashboard per role, with only what the API already offers. */
export function HomePage() {
  const user = useUser();
  return (
    <>
      <PageHeading title={t.menu.overzicht}>{h.welkom(user.naam)}</PageHeading>
      <p className="lead">{h.intro[user.rol]}</p>
      <div className="cards">
        {user.rol === 'WERKGEVER' && (
          <>
            <NieuweVoorstellenCount />
            <VacatureCount title={h.openVacatures} filter={{ status: ['OPEN'] }} to="/vacatures?status=OPEN" />
            <VacatureCount title={h.conceptVacatures} filter={{ status: ['CONCEPT'] }} to="/vacatures?status=CONCEPT" />
            <KandidatenCount />
            <Card title={t.sroi.kaartTitel}>
              <SroiKaartInhoud />
            </Card>
            <Card title={t.pso.kaartTitel}>
              <PsoKaartInhoud werkgeverId={user.werkgeverId ?? ''} />
            </Card>
            <KomendeJobdatesCard />
            <KomendeSpeeddatesCard />
            <AccountmanagerCard />
          </>
        )}
        {user.rol === 'ACCOUNTMANAGER' && (
          <>
            <LopendeVoorstellenCount />
            <WerkgeversCount />
            <VacatureCount title={h.openVacatures} filter={{ status: ['OPEN'] }} to="/vacatures?status=OPEN" />
            <Card title={t.sroi.kaartTitel}>
              <SroiStafKaartInhoud />
            </Card>
          </>
        )}
        {user.rol === 'JOBHUNTER' && (
          <>
            <VacatureCount
              title={h.functiecreatieVacatures}
              filter={{ functiecreatie: true }}
              to="/vacatures?functiecreatie=ja"
            />
            <VacatureCount title={h.openVacatures} filter={{ status: ['OPEN'] }} to="/vacatures?status=OPEN" />
          </>
        )}
        {user.rol === 'WERKCOACH' && (
          <>
            <VacatureCount title={h.openVacatures} filter={{ status: ['OPEN'] }} to="/vacatures?status=OPEN" />
            <KomendeJobdatesCard />
          </>
        )}
        <Shortcuts user={user} />
        <AccountCard user={user} />
        {user.rol !== 'WERKGEVER' && <GemeentenCard />}
      </div>
    </>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  const id = `kaart-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Count({ title, value, to }: { title: string; value: number | undefined; to: string }) {
  return (
    <Card title={title}>
      {value === undefined ? (
        <Loading />
      ) : (
        <>
          <p className="count">{value}</p>
          <p>
            <Link to={to}>{h.bekijk(title)}</Link>
          </p>
        </>
      )}
    </Card>
  );
}

function VacatureCount({ title, filter, to }: { title: string; filter: VacatureFilter; to: string }) {
  const { data } = useQuery(VACATURES, { variables: { first: 1, filter } });
  return <Count title={title} value={data?.vacatures.totalCount} to={to} />;
}

function NieuweVoorstellenCount() {
  const { data } = useQuery(MIJN_VOORSTELLEN, { variables: { first: 1, status: WACHT_OP_REACTIE } });
  return <Count title={h.nieuweVoorstellen} value={data?.mijnVoorstellen.totalCount} to="/voorstellen?toon=open" />;
}

function LopendeVoorstellenCount() {
  const { data } = useQuery(PIPELINE, { variables: { perKolom: 1 } });
  const open = data?.pipeline.kolommen
    .filter((kolom) => VOLGENDE_FASEN[kolom.fase].length > 0)
    .reduce((sum, kolom) => sum + kolom.aantal, 0);
  return <Count title={h.lopendeVoorstellen} value={open} to="/pijplijn" />;
}

/** The next few booked jobdates (a werkgever: on its times, a werkcoach: of its candidates). */
function KomendeJobdatesCard() {
  const { data } = useQuery(JOBDATE_BOEKINGEN, { variables: { alleenActief: true } });
  const nu = Date.now();
  const komend = data?.jobdateBoekingen.filter((b) => new Date(b.slot.start).getTime() > nu).slice(0, 3);
  return (
    <Card title={t.jobdates.komend}>
      {!komend ? (
        <Loading />
      ) : komend.length ? (
        <ul className="link-list">
          {komend.map((boeking) => (
            <li key={boeking.id}>
              <Link to={`/jobdates/boekingen/${boeking.id}`}>{formatDatumTijd(boeking.slot.start)}</Link>
              <br />
              {boeking.kandidaat ? t.jobdates.metKandidaat(boeking.kandidaat.code) : t.jobdates.kandidaatVerborgen}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.jobdates.geenKomend}</p>
      )}
      <p>
        <Link to="/jobdates">{h.bekijk(t.jobdates.titel)}</Link>
      </p>
    </Card>
  );
}

/** Speeddates still to come (the API shows a werkgever no concepts). */
function KomendeSpeeddatesCard() {
  const { data } = useQuery(SPEEDDATES);
  const vandaag = nederlandseTijd(new Date()).datum;
  const komend = data?.speeddates
    .filter((e) => (e.status === 'OPEN' || e.status === 'INGEPLAND') && e.datum >= vandaag)
    .sort((a, b) => a.datum.localeCompare(b.datum))
    .slice(0, 3);
  return (
    <Card title={t.speeddates.titel}>
      {!komend ? (
        <Loading />
      ) : komend.length ? (
        <ul className="link-list">
          {komend.map((event) => (
            <li key={event.id}>
              <Link to={`/speeddates/${event.id}`}>{event.naam}</Link>
              <br />
              {t.speeddates.wanneer(formatDatum(event.datum), event.starttijd)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.speeddates.geenKomende}</p>
      )}
      <p>
        <Link to="/speeddates">{t.speeddates.alle}</Link>
      </p>
    </Card>
  );
}

function KandidatenCount() {
  const { data } = useQuery(KANDIDAAT_KAARTEN, { variables: { first: 1 } });
  return <Count title={h.beschikbareKandidaten} value={data?.kandidaatKaarten.totalCount} to="/kandidaten" />;
}

function WerkgeversCount() {
  const { data } = useQuery(WERKGEVERS, { variables: { first: 1, filter: { mijnRelaties: true } } });
  return <Count title={h.mijnWerkgevers} value={data?.werkgevers.totalCount} to="/werkgevers" />;
}

function AccountmanagerCard() {
  const { data } = useQuery(MIJN_WERKGEVER);
  const am = data?.mijnWerkgever.accountmanager;
  return (
    <Card title={h.uwAccountmanager}>
      {!data ? (
        <Loading />
      ) : am ? (
        <>
          <p>
            {am.naam}
            <br />
            <a href={`mailto:${am.email}`}>{am.email}</a>
          </p>
          <p>{h.vragen}</p>
        </>
      ) : (
        <p>{t.organisatie.geenAccountmanager}</p>
      )}
    </Card>
  );
}

function Shortcuts({ user }: { user: Gebruiker }) {
  const items = menuFor(user.rol).filter((item) => item.path !== '/');
  return (
    <Card title={h.watKuntU}>
      {items.length ? (
        <ul className="link-list">
          {items.map((item) => (
            <li key={item.path}>
              <Link to={item.path}>{item.label}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{h.nogNiets}</p>
      )}
    </Card>
  );
}

function AccountCard({ user }: { user: Gebruiker }) {
  return (
    <Card title={h.uwAccount}>
      <dl className="details">
        <dt>{t.velden.naam}</dt>
        <dd>{user.naam}</dd>
        <dt>{t.velden.email}</dt>
        <dd>{user.email}</dd>
        <dt>{t.velden.rol}</dt>
        <dd>{t.rollen[user.rol]}</dd>
      </dl>
    </Card>
  );
}

function GemeentenCard() {
  const { data, loading, error } = useQuery(GEMEENTEN);
  return (
    <Card title={h.gemeenten}>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <p className="field__error">{t.fouten.algemeen}</p>
      ) : data?.gemeenten.length ? (
        <>
          <p>{h.gemeentenIntro}</p>
          <ul className="tag-list">
            {data.gemeenten.map((gemeente) => (
              <li key={gemeente.id}>{gemeente.naam}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{h.geenGemeenten}</p>
      )}
    </Card>
  );
}
