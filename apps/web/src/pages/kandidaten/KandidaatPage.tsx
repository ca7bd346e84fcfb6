import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router-dom';
import { KANDIDAAT_KAART } from '../../api/kandidaten';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { KaartSamenvatting } from './KandidatenPage';

const k = t.kandidaten;

export function KandidaatPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(KANDIDAAT_KAART, { variables: { id } });
  if (!data) return <QueryState loading={loading} error={error} title={k.titel} />;
  const kaart = data.kandidaatKaart;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/kandidaten">{k.terugNaarLijst}</Link>
      </p>
      <PageHeading>{k.kaart(kaart.code)}</PageHeading>
      <KaartSamenvatting kaart={kaart} />
      {kaart.pitch && <p className="lead pre-line">{kaart.pitch}</p>}
      {kaart.vaardigheden.length > 0 && (
        <section className="section" aria-labelledby="kaart-vaardigheden">
          <h2 id="kaart-vaardigheden">{k.vaardigheden}</h2>
          <ul className="tag-list">
            {kaart.vaardigheden.map((vaardigheid) => (
              <li key={vaardigheid}>{vaardigheid}</li>
            ))}
          </ul>
        </section>
      )}
      {kaart.identiteit ? (
        <section className="section card" aria-labelledby="kaart-contact">
          <h2 id="kaart-contact">{t.kandidaatBeheer.contactgegevens}</h2>
          <p>{t.kandidaatBeheer.contactgegevensIntro}</p>
          <dl className="details">
            <dt>{t.velden.naam}</dt>
            <dd>
              {kaart.identiteit.voornaam} {kaart.identiteit.achternaam}
            </dd>
            <dt>{t.stafKandidaten.telefoon}</dt>
            <dd>{kaart.identiteit.telefoon ?? t.algemeen.onbekend}</dd>
            <dt>{t.velden.email}</dt>
            <dd>{kaart.identiteit.email ?? t.algemeen.onbekend}</dd>
          </dl>
        </section>
      ) : (
        <section className="section card" aria-labelledby="kaart-interesse">
          <h2 id="kaart-interesse">{k.interesse}</h2>
          <p>{k.interesseTekst(kaart.code)}</p>
        </section>
      )}
    </>
  );
}
