import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMelding } from '../../lib/useMelding';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import {
  KENNISSESSIE_AANMELDINGEN,
  KENNISSESSIES,
  MELD_AAN,
  MELD_AF,
  type Kennissessie,
  type KennissessieAanmelding,
} from '../../api/kennissessies';
import { MIJN_WERKGEVER } from '../../api/werkgevers';
import { useUser } from '../../auth/AuthProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { QueryLijst } from '../../components/QueryLijst';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { Tabel } from '../../components/Tabel';
import { t } from '../../i18n/nl';
import { SessieMeta, VolBadge } from './KennissessiesPage';

const k = t.kennissessies;
const REFRESH = ['Kennissessies', 'KennissessieAanmeldingen'];
const STATUS_BADGE = { AANGEMELD: 'OPEN', WACHTLIJST: 'CONCEPT', AFGEMELD: 'GESLOTEN' } as const;

/** One kennissessie: an employer signs up its contact persons (or lands on the waiting list); staff see everyone. */
export function KennissessiePage() {
  const { id = '' } = useParams();
  const user = useUser();
  const [melding, setMelding] = useMelding();
  // The API has no query for one session; the list holds every upcoming one.
  const { data, loading, error } = useQuery(KENNISSESSIES);
  const sessie = data?.kennissessies.find((s) => s.id === id);
  if (!data) return <QueryState loading={loading} error={error} title={k.titel} />;
  if (!sessie) {
    return (
      <>
        <PageHeading>{t.nietGevonden.titel}</PageHeading>
        <p>
          <Link to="/kennissessies">{k.terugNaarLijst}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to="/kennissessies">{k.terugNaarLijst}</Link>
      </p>
      <PageHeading title={sessie.titel}>
        {sessie.titel} <VolBadge sessie={sessie} />
      </PageHeading>
      <SessieMeta sessie={sessie} />
      {sessie.vorm === 'ONLINE' && sessie.locatie && <p>{sessie.locatie}</p>}
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      {user.rol === 'WERKGEVER' ? (
        <WerkgeverAanmelden sessie={sessie} onMelding={setMelding} />
      ) : (
        <Aanmeldingen sessieId={sessie.id} />
      )}
    </>
  );
}

function WerkgeverAanmelden({ sessie, onMelding }: { sessie: Kennissessie; onMelding: (melding: string) => void }) {
  const aanmeldingen = useQuery(KENNISSESSIE_AANMELDINGEN, { variables: { sessieId: sessie.id } });
  const werkgever = useQuery(MIJN_WERKGEVER);
  const [contactpersoonId, setContactpersoonId] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [meldAan, { loading }] = useMutation(MELD_AAN, { refetchQueries: REFRESH, awaitRefetchQueries: true });
  const [meldAf, { loading: bezig }] = useMutation(MELD_AF, { refetchQueries: REFRESH, awaitRefetchQueries: true });
  const [afmeldFout, setAfmeldFout] = useState<{ id: string; tekst: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!contactpersoonId) return setErrors({ fields: { contactpersoonId: k.kiesContactpersoon }, general: [] });
    setErrors(NO_ERRORS);
    try {
      const { data } = await meldAan({ variables: { sessieId: sessie.id, contactpersoonId } });
      const a = data?.meldAanVoorKennissessie;
      if (!a) return;
      setContactpersoonId('');
      onMelding(
        a.status === 'WACHTLIJST'
          ? k.wachtlijstMelding(a.contactpersoonNaam, a.wachtlijstPositie ?? 1)
          : k.aangemeldMelding(a.contactpersoonNaam),
      );
    } catch (err) {
      setErrors(toFormErrors(err, ['contactpersoonId']));
    }
  }

  async function afmelden(aanmelding: KennissessieAanmelding) {
    setAfmeldFout(null);
    try {
      await meldAf({ variables: { aanmeldingId: aanmelding.id } });
      onMelding(k.afgemeldMelding(aanmelding.contactpersoonNaam));
    } catch (err) {
      setAfmeldFout({ id: aanmelding.id, tekst: toFormErrors(err).general.join(' ') });
    }
  }

  const eigen = aanmeldingen.data?.kennissessieAanmeldingen.filter((a) => a.status !== 'AFGEMELD') ?? [];
  const bezet = new Set(eigen.map((a) => a.contactpersoonId));
  const contacten = werkgever.data?.mijnWerkgever.contactpersonen.filter((c) => c.email && !bezet.has(c.id)) ?? [];
  return (
    <>
      <section className="section" aria-labelledby="sessie-uw-aanmeldingen">
        <h2 id="sessie-uw-aanmeldingen">{k.uwAanmeldingen}</h2>
        {!aanmeldingen.data ? (
          <QueryState loading={aanmeldingen.loading} error={aanmeldingen.error} />
        ) : eigen.length === 0 ? (
          <p>{k.uGeenAanmeldingen}</p>
        ) : (
          <ul className="result-list" aria-label={k.uwAanmeldingen}>
            {eigen.map((a) => (
              <li key={a.id} className="result">
                <h3>{a.contactpersoonNaam}</h3>
                <p>
                  <AanmeldingStatus aanmelding={a} />
                </p>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  disabled={bezig}
                  aria-label={k.afmeldenVoor(a.contactpersoonNaam)}
                  onClick={() => afmelden(a)}
                >
                  {k.afmelden}
                </button>
                {afmeldFout?.id === a.id && (
                  <p className="field__error" role="alert">
                    {afmeldFout.tekst}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="sessie-aanmelden">
        <h2 id="sessie-aanmelden">{k.aanmelden}</h2>
        {!werkgever.data ? (
          <QueryState loading={werkgever.loading} error={werkgever.error} />
        ) : contacten.length === 0 ? (
          <p>{k.geenContactpersonen}</p>
        ) : (
          <>
            <p>{k.contactpersoonHint}</p>
            {sessie.aangemeld >= sessie.capaciteit && <p>{k.volAanmelden}</p>}
            <ErrorSummary errors={errors} labels={{ contactpersoonId: k.contactpersoon }} />
            <form className="form" noValidate onSubmit={submit} aria-label={k.aanmelden}>
              <SelectField
                name="contactpersoonId"
                label={k.contactpersoon}
                value={contactpersoonId}
                onChange={setContactpersoonId}
                placeholder={t.algemeen.kiesEen}
                options={contacten.map((c) => ({ value: c.id, label: c.naam }))}
                error={errors.fields.contactpersoonId}
                required
              />
              <button type="submit" className="button" disabled={loading}>
                {loading ? t.algemeen.bezigMetOpslaan : k.aanmelden}
              </button>
            </form>
          </>
        )}
      </section>
    </>
  );
}

function AanmeldingStatus({ aanmelding }: { aanmelding: KennissessieAanmelding }) {
  return (
    <span className={`badge badge--${STATUS_BADGE[aanmelding.status]}`}>
      {k.status[aanmelding.status]}
      {aanmelding.wachtlijstPositie !== null && `, ${k.wachtlijstPlaats(aanmelding.wachtlijstPositie)}`}
    </span>
  );
}

function Aanmeldingen({ sessieId }: { sessieId: string }) {
  const { data, loading, error } = useQuery(KENNISSESSIE_AANMELDINGEN, { variables: { sessieId } });
  return (
    <section className="section" aria-labelledby="sessie-aanmeldingen">
      <h2 id="sessie-aanmeldingen">{k.aanmeldingen}</h2>
      <QueryLijst items={data?.kennissessieAanmeldingen} loading={loading} error={error} leeg={k.geenAanmeldingen}>
        {(aanmeldingen) => (
          <Tabel caption={k.aanmeldingen} koppen={[k.werkgever, k.persoon, k.statusKolom]}>
            <tbody>
              {aanmeldingen.map((a) => (
                <tr key={a.id}>
                  <td>{a.werkgeverNaam}</td>
                  <td>{a.contactpersoonNaam}</td>
                  <td>
                    <AanmeldingStatus aanmelding={a} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Tabel>
        )}
      </QueryLijst>
    </section>
  );
}
