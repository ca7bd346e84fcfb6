import { useMutation, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import {
  KANDIDATEN_VOOR_KANS,
  KANS_DETAIL,
  KOPPEL_KANDIDAAT,
  MAAK_VACATURE_VAN_KANS,
  VOLGENDE_KANS_STATUS,
  WIJZIG_KANS_STATUS,
  type FunctiecreatieKans,
  type FunctiecreatieStatus,
  type KansMatch,
} from '../../api/functiecreatie';
import type { Contractvorm } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, optionsOf, SelectField, TextField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { MatchScore } from '../../components/MatchScore';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { Tabel } from '../../components/Tabel';
import { t } from '../../i18n/nl';
import { kaartPunten } from '../../lib/kaart';
import { KansBadge } from './KansenPage';

const k = t.kansen;
const Kaart = lazy(() => import('../../components/Kaart'));

export function KansPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(KANS_DETAIL, { variables: { id } });
  const [wijzig, { loading: busy }] = useMutation(WIJZIG_KANS_STATUS, { refetchQueries: ['ZoekKansen'] });
  const [melding, setMelding] = useState<string | null>(null);
  const [fout, setFout] = useState<string[]>([]);
  if (!data) return <QueryState loading={loading} error={error} title={k.titel} />;
  const kans = data.functiecreatieKans;

  async function naar(status: FunctiecreatieStatus) {
    setFout([]);
    try {
      await wijzig({ variables: { id, status } });
      setMelding(k.statusGewijzigd(t.keuzes.kansStatus[status]));
    } catch (err) {
      setMelding(null);
      setFout(toFormErrors(err).general);
    }
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/functiecreatie">{k.terugNaarLijst}</Link>
      </p>
      <PageHeading title={kans.titel}>
        {kans.titel} <KansBadge status={kans.status} />
      </PageHeading>
      <ul className="meta">
        {kans.werkgever && (
          <li>
            <Link to={`/werkgevers/${kans.werkgever.id}`}>{kans.werkgever.naam}</Link>
          </li>
        )}
        {kans.vestiging && <li>{`${kans.vestiging.naam}, ${kans.vestiging.plaats}`}</li>}
        <li>{t.algemeen.uren(kans.urenMin, kans.urenMax)}</li>
      </ul>
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      {fout.length > 0 && (
        <div className="error-summary" role="alert">
          {fout.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      {VOLGENDE_KANS_STATUS[kans.status].length > 0 && (
        <div className="form-actions" role="group" aria-label={k.statusWijzigen}>
          {VOLGENDE_KANS_STATUS[kans.status].map((status) => (
            <button
              key={status}
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => naar(status)}
            >
              {k.naarStatus[status]}
            </button>
          ))}
        </div>
      )}

      <section className="section" aria-labelledby="kans-taken">
        <h2 id="kans-taken">{k.taken}</h2>
        {kans.omschrijving && <p className="pre-line">{kans.omschrijving}</p>}
        <Tabel caption={k.taken} koppen={[k.taak, k.urenPerWeek, k.niveau]} regio>
          <tbody>
            {kans.taken.map((taak) => (
              <tr key={taak.taak}>
                <td>{taak.taak}</td>
                <td>{taak.urenPerWeek}</td>
                <td>{t.keuzes.vaardigheidsniveau[taak.vaardigheidsniveau]}</td>
              </tr>
            ))}
          </tbody>
        </Tabel>
        <dl className="details">
          {kans.afdeling && (
            <>
              <dt>{k.afdeling}</dt>
              <dd>{kans.afdeling}</dd>
            </>
          )}
          {kans.beroep && (
            <>
              <dt>{k.beroep}</dt>
              <dd>{kans.beroep}</dd>
            </>
          )}
          <dt>{k.vaardigheden}</dt>
          <dd>{kans.vaardigheden.join(', ') || t.algemeen.geen}</dd>
        </dl>
      </section>

      <VacatureVanKans kans={kans} />
      {(kans.status === 'VERKEND' || kans.status === 'UITGEWERKT' || kans.status === 'GEREALISEERD') && (
        <PassendeKandidaten kans={kans} />
      )}
    </>
  );
}

function PassendeKandidaten({ kans }: { kans: FunctiecreatieKans }) {
  const { data, loading, error } = useQuery(KANDIDATEN_VOOR_KANS, { variables: { kansId: kans.id, first: 10 } });
  const [koppel] = useMutation(KOPPEL_KANDIDAAT, {
    refetchQueries: ['KandidatenVoorKans', 'FunctiecreatieKans', 'Pipeline'],
    awaitRefetchQueries: true,
  });
  const [bezig, setBezig] = useState<string | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const [fout, setFout] = useState<string[]>([]);
  return (
    <section className="section" aria-labelledby="kans-kandidaten">
      <h2 id="kans-kandidaten">{k.passendeKandidaten}</h2>
      <p>{k.passendeKandidatenIntro}</p>
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      {fout.length > 0 && (
        <p className="field__error" role="alert">
          {fout.join(' ')}
        </p>
      )}
      {data && data.kandidatenVoorKans.length > 0 && <KandidatenKaart kans={kans} matches={data.kandidatenVoorKans} />}
      {!data ? (
        <QueryState loading={loading} error={error} />
      ) : data.kandidatenVoorKans.length === 0 ? (
        <p>{t.matching.geen}</p>
      ) : (
        <ol className="result-list" aria-label={k.passendeKandidaten}>
          {data.kandidatenVoorKans.map((match) => (
            <li key={match.kandidaat.id} className="result">
              <h3>
                <Link to={`/kandidaten/${match.kandidaat.id}`}>{t.kandidaten.kaart(match.kandidaat.code)}</Link>
              </h3>
              <ul className="meta">
                <li>{t.matching.afstand(match.afstandKm)}</li>
                <li>{t.algemeen.uren(match.kandidaat.urenMin, match.kandidaat.urenMax)}</li>
                {match.kandidaat.beroepswensen.length > 0 && <li>{match.kandidaat.beroepswensen.join(', ')}</li>}
              </ul>
              <MatchScore score={match.score} factoren={match.factoren} />
              {match.gekoppeld ? (
                <p>
                  <span className="badge badge--VERVULD">{k.gekoppeld}</span>
                </p>
              ) : (
                <button
                  type="button"
                  className="button button--small"
                  disabled={bezig !== null}
                  aria-label={`${k.koppelen}: ${match.kandidaat.code}`}
                  onClick={async () => {
                    setBezig(match.kandidaat.id);
                    setFout([]);
                    try {
                      await koppel({ variables: { kansId: kans.id, kandidaatId: match.kandidaat.id } });
                      setMelding(k.gekoppeldMelding(match.kandidaat.code));
                    } catch (err) {
                      setFout(toFormErrors(err).general);
                    } finally {
                      setBezig(null);
                    }
                  }}
                >
                  {k.koppelen}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The matching candidates around the kans' vestiging; the list below stays the way to read them. */
function KandidatenKaart({ kans, matches }: { kans: FunctiecreatieKans; matches: KansMatch[] }) {
  const punten = useMemo(
    () =>
      kaartPunten(
        matches,
        ({ kandidaat }) => kandidaat.regio,
        ({ kandidaat }) => ({
          id: kandidaat.id,
          naam: k.kandidatenKaartNaam(kandidaat.code, kandidaat.regio.plaats),
          href: `/kandidaten/${kandidaat.id}`,
        }),
      ),
    [matches],
  );
  const centrum = useMemo(
    () => (kans.vestiging ? { lat: kans.vestiging.lat, lon: kans.vestiging.lon } : null),
    [kans.vestiging],
  );
  return (
    <Suspense fallback={<Loading />}>
      <Kaart label={k.kandidatenKaartLabel} uitleg={k.kandidatenKaartUitleg} punten={punten} centrum={centrum} />
    </Suspense>
  );
}

function VacatureVanKans({ kans }: { kans: FunctiecreatieKans }) {
  const [contractvorm, setContractvorm] = useState('');
  const [startdatum, setStartdatum] = useState('');
  const [publiceer, setPubliceer] = useState(true);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [maak, { loading }] = useMutation(MAAK_VACATURE_VAN_KANS, {
    refetchQueries: ['FunctiecreatieKans'],
    awaitRefetchQueries: true,
  });
  if (kans.vacatureId) {
    return (
      <section className="section" aria-labelledby="kans-vacature">
        <h2 id="kans-vacature">{k.vacatureMaken}</h2>
        <p>
          {k.vacatureGemaakt} <Link to={`/vacatures/${kans.vacatureId}`}>{k.bekijkVacature}</Link>
        </p>
      </section>
    );
  }
  if (kans.status !== 'GEREALISEERD') return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!contractvorm) return setErrors({ fields: { contractvorm: t.vacatureVelden.kiesContract }, general: [] });
    setErrors(NO_ERRORS);
    try {
      await maak({
        variables: {
          kansId: kans.id,
          input: { contractvorm: contractvorm as Contractvorm, publiceer, ...(startdatum && { startdatum }) },
        },
      });
    } catch (err) {
      setErrors(toFormErrors(err, ['contractvorm', 'startdatum']));
    }
  }

  return (
    <section className="section" aria-labelledby="kans-vacature">
      <h2 id="kans-vacature">{k.vacatureMaken}</h2>
      <ErrorSummary
        errors={errors}
        labels={{ contractvorm: t.vacatureVelden.contractvorm, startdatum: t.vacatureVelden.startdatum }}
      />
      <form className="form form-wide" noValidate onSubmit={submit} aria-label={k.vacatureMaken}>
        <div className="form-row">
          <SelectField
            name="contractvorm"
            label={t.vacatureVelden.contractvorm}
            value={contractvorm}
            onChange={setContractvorm}
            placeholder={t.algemeen.kiesEen}
            options={optionsOf(t.keuzes.contractvorm)}
            required
            error={errors.fields.contractvorm}
          />
          <TextField
            name="startdatum"
            label={t.vacatureVelden.startdatum}
            type="date"
            value={startdatum}
            onChange={(e) => setStartdatum(e.target.value)}
            error={errors.fields.startdatum}
          />
        </div>
        <CheckboxField name="publiceer" label={k.publiceren} checked={publiceer} onChange={setPubliceer} />
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.algemeen.bezigMetOpslaan : k.vacatureMaken}
        </button>
      </form>
    </section>
  );
}
