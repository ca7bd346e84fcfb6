import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { GEMEENTEN, type Gebruiker } from '../../api/operations';
import { useUser } from '../../auth/AuthProvider';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n/nl';
import { menuFor } from '../../navigation/menu';
import { Link } from 'react-router-dom';

/** The start page after login: one dashboard per role, with only what the API already offers. */
export function HomePage() {
  const user = useUser();
  return (
    <>
      <PageHeading title={t.menu.overzicht}>{t.home.welkom(user.naam)}</PageHeading>
      <p className="lead">{t.home.intro[user.rol]}</p>
      <div className="cards">
        <Shortcuts user={user} />
        <AccountCard user={user} />
        <GemeentenCard />
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

function Shortcuts({ user }: { user: Gebruiker }) {
  const items = menuFor(user.rol).filter((item) => item.path !== '/');
  return (
    <Card title={t.home.watKuntU}>
      {items.length ? (
        <ul className="link-list">
          {items.map((item) => (
            <li key={item.path}>
              <Link to={item.path}>{item.label}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.home.nogNiets}</p>
      )}
    </Card>
  );
}

function AccountCard({ user }: { user: Gebruiker }) {
  return (
    <Card title={t.home.uwAccount}>
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
    <Card title={t.home.gemeenten}>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <p className="field__error">{t.fouten.algemeen}</p>
      ) : data?.gemeenten.length ? (
        <>
          <p>{t.home.gemeentenIntro}</p>
          <ul className="tag-list">
            {data.gemeenten.map((gemeente) => (
              <li key={gemeente.id}>{gemeente.naam}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t.home.geenGemeenten}</p>
      )}
    </Card>
  );
}
