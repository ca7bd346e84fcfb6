import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMelding } from '../../lib/useMelding';
import { toFormErrors } from '../../api/errors';
import type { VacatureStatus } from '../../api/types';
import { isWijzigbaar, VACATURE, VOLGENDE_STATUS, WIJZIG_VACATURE_STATUS } from '../../api/vacatures';
import { useUser } from '../../auth/AuthProvider';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { MATCHES_VOOR_VACATURE, MATCHES_VOOR_VACATURE_STAF } from '../../api/matching';
import { MatchScore } from '../../components/MatchScore';
import { KaartSamenvatting } from '../kandidaten/KandidatenPage';
import { StatusBadge } from './VacaturesPage';

const PLAATSERS = ['WERKGEVER', 'ACCOUNTMANAGER', 'ADMIN'];

export function VacaturePage() {
  const { id = '' } = useParams();
  const user = useUser();
  const { data, loading, error } = useQuery(VACATURE, { variables: { id } });
  const [wijzigStatus, { loading: busy }] = useMutation(WIJZIG_VACATURE_STATUS, { refetchQueries: ['Vacatures'] });
  const [melding, setMelding] = useMelding();
  const [fout, setFout] = useState<string[]>([]);

  if (!data) return <QueryState loading={loading} error={error} title={t.vacatures.titel} />;
  const vacature = data.vacature;
  const magWijzigen = PLAATSERS.includes(user.rol);

  async function naar(status: VacatureStatus) {
    setFout([]);
    try {
      await wijzigStatus({ variables: { id, status } });
      setMelding(t.vacatures.statusGewijzigd(t.keuzes.vacatureStatus[status]));
    } catch (error) {
      setMelding(null);
      setFout(toFormErrors(error).general);
    }
  }

  const ja = (value: boolean) => (value ? t.algemeen.ja : t.algemeen.nee);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/vacatures">{t.vacatures.terugNaarLijst}</Link>
      </p>
      <PageHeading title={vacature.titel}>
        {vacature.titel} <StatusBadge status={vacature.status} />
      </PageHeading>
      {melding && <Notice>{melding}</Notice>}
      {fout.length > 0 && (
        <div className="error-summary" role="alert">
          {fout.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      {magWijzigen && (isWijzigbaar(vacature.status) || VOLGENDE_STATUS[vacature.status].length > 0) && (
        <div className="form-actions">
          {isWijzigbaar(vacature.status) && (
            <Link to={`/vacatures/${vacature.id}/wijzigen`} className="button">
              {t.algemeen.wijzigen}
            </Link>
          )}
          {VOLGENDE_STATUS[vacature.status].map((status) => (
            <button
              key={status}
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => naar(status)}
            >
              {t.vacatures.naarStatus[status]}
            </button>
          ))}
        </div>
      )}

      <section className="section" aria-labelledby="vacature-details">
        <h2 id="vacature-details">{t.vacatures.details}</h2>
        <dl className="details">
          {user.rol !== 'WERKGEVER' && vacature.werkgever && (
            <>
              <dt>{t.vacatures.werkgever}</dt>
              <dd>
                <Link to={`/werkgevers/${vacature.werkgever.id}`}>{vacature.werkgever.naam}</Link>
              </dd>
            </>
          )}
          <dt>{t.vacatures.vestiging}</dt>
          <dd>
            {vacature.vestiging
              ? `${vacature.vestiging.naam}, ${vacature.vestiging.plaats}`
              : t.vacatures.geenVestiging}
          </dd>
          <dt>{t.vacatureVelden.contractvorm}</dt>
          <dd>{t.keuzes.contractvorm[vacature.contractvorm]}</dd>
          <dt>{t.vacatures.uren}</dt>
          <dd>{t.algemeen.uren(vacature.urenMin, vacature.urenMax)}</dd>
          <dt>{t.vacatureVelden.startdatum}</dt>
          <dd>{vacature.startdatum ? formatDatum(vacature.startdatum) : t.algemeen.onbekend}</dd>
          {vacature.beroep && (
            <>
              <dt>{t.vacatureVelden.beroep}</dt>
              <dd>{vacature.beroep}</dd>
            </>
          )}
          {vacature.functiecreatie && (
            <>
              <dt>{t.vacatures.functiecreatie}</dt>
              <dd>{t.algemeen.ja}</dd>
            </>
          )}
        </dl>
        {vacature.omschrijving && (
          <>
            <h3>{t.vacatureVelden.omschrijving}</h3>
            <p className="pre-line">{vacature.omschrijving}</p>
          </>
        )}
        {vacature.taken && (
          <>
            <h3>{t.vacatureVelden.taken}</h3>
            <p className="pre-line">{vacature.taken}</p>
          </>
        )}
      </section>

      <section className="section" aria-labelledby="vacature-eisen">
        <h2 id="vacature-eisen">{t.vacatures.eisen}</h2>
        <dl className="details">
          <dt>{t.vacatureVelden.vereisteVaardigheden}</dt>
          <dd>{vacature.vereisteVaardigheden.join(', ') || t.algemeen.geen}</dd>
          <dt>{t.vacatureVelden.gewensteVaardigheden}</dt>
          <dd>{vacature.gewensteVaardigheden.join(', ') || t.algemeen.geen}</dd>
          <dt>{t.vacatureVelden.nederlandsNiveau}</dt>
          <dd>
            {vacature.nederlandsNiveau
              ? t.keuzes.nederlandsNiveau[vacature.nederlandsNiveau]
              : t.vacatureVelden.geenEis}
          </dd>
          <dt>{t.vacatureVelden.rijbewijsVereist}</dt>
          <dd>{ja(vacature.rijbewijsVereist)}</dd>
          <dt>{t.vacatureVelden.vervoerNodig}</dt>
          <dd>{ja(vacature.vervoerNodig)}</dd>
        </dl>
      </section>

      <section className="section" aria-labelledby="vacature-ondersteuning">
        <h2 id="vacature-ondersteuning">{t.vacatures.ondersteuning}</h2>
        <dl className="details">
          <dt>{t.organisatie.doelgroepen}</dt>
          <dd>{vacature.doelgroepen.map((d) => t.keuzes.doelgroep[d]).join(', ') || t.algemeen.geen}</dd>
          <dt>{t.organisatie.instrumenten}</dt>
          <dd>{vacature.instrumenten.map((i) => t.keuzes.instrument[i]).join(', ') || t.algemeen.geen}</dd>
        </dl>
      </section>

      {vacature.status === 'OPEN' && <PassendeKandidaten vacatureId={vacature.id} staf={user.rol !== 'WERKGEVER'} />}
    </>
  );
}

function PassendeKandidaten({ vacatureId, staf }: { vacatureId: string; staf: boolean }) {
  const { data, loading, error } = useQuery(staf ? MATCHES_VOOR_VACATURE_STAF : MATCHES_VOOR_VACATURE, {
    variables: { vacatureId, first: 5 },
  });
  const m = t.matching;
  return (
    <section className="section" aria-labelledby="vacature-matches">
      <h2 id="vacature-matches">{m.passendeKandidaten}</h2>
      <p>{m.passendeKandidatenIntro}</p>
      {!data ? (
        <QueryState loading={loading} error={error} />
      ) : data.matchesVoorVacature.length === 0 ? (
        <p>{m.geen}</p>
      ) : (
        <ol className="result-list" aria-label={m.passendeKandidaten}>
          {data.matchesVoorVacature.map((match) => {
            const link =
              staf && match.kandidaat ? `/kandidaten/${match.kandidaat.id}` : `/kandidaten/${match.kaart.id}`;
            return (
              <li key={match.kaart.id} className="result">
                <h3>
                  <Link to={link}>{t.kandidaten.kaart(match.kaart.code)}</Link>
                </h3>
                <ul className="meta">
                  <li>{m.afstand(match.afstandKm)}</li>
                </ul>
                <KaartSamenvatting kaart={match.kaart} />
                <MatchScore score={match.score} factoren={match.factoren} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
