import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  AANBODSKRANT,
  PDF,
  VERSTUUR_AANBODSKRANT,
  VOORBEELD,
  VOORTGANG,
  WIJZIG_AANBODSKRANT,
  type AanbodskrantEditie,
} from '../../api/aanbodskrant';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { AanbodKaartInhoud } from './AanbodKaartInhoud';
import { EditieVelden, type EditieGegevens } from './EditieVelden';
import { EditieBadge } from './AanbodskrantenPage';

const a = t.aanbodskrant;

/** One edition: the cards in order (change while CONCEPT), the e-mail preview, sending with progress, the PDF. */
export function AanbodskrantPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(AANBODSKRANT, { variables: { id } });
  const [melding, setMelding] = useState<string | null>(null);
  const [fout, setFout] = useState<string[]>([]);
  const [wijzig, { loading: saving }] = useMutation(WIJZIG_AANBODSKRANT);
  if (!data) return <QueryState loading={loading} error={error} title={a.titel} />;
  const editie = data.aanbodskrant;
  const concept = editie.status === 'CONCEPT';

  async function volgorde(kandidaatIds: string[]) {
    setFout([]);
    try {
      await wijzig({ variables: { id, input: { kandidaatIds } } });
      setMelding(a.volgordeOpgeslagen);
    } catch (err) {
      setFout(toFormErrors(err).general);
    }
  }
  const ids = editie.kandidaten.map((k) => k.kandidaatId);
  const move = (from: number, to: number) => {
    const next = [...ids];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    void volgorde(next);
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/aanbodskrant">{a.terugNaarLijst}</Link>
      </p>
      <PageHeading title={editie.titel}>
        {editie.titel} <EditieBadge editie={editie} />
      </PageHeading>
      <ul className="meta">
        <li>{a.publicatie(formatDatum(editie.publicatiedatum))}</li>
        <li>{a.kandidaten(editie.kandidaten.length)}</li>
        {!concept && <li>{a.interesses(editie.aantalInteresses)}</li>}
      </ul>
      {editie.intro && <p className="lead pre-line">{editie.intro}</p>}
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      {fout.length > 0 && (
        <div className="error-summary" role="alert">
          {fout.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      {concept && <Gegevens editie={editie} />}

      <section className="section" aria-labelledby="editie-kandidaten">
        <h2 id="editie-kandidaten">{a.inDeKrant}</h2>
        <ol className="result-list" aria-label={a.inDeKrant}>
          {editie.kandidaten.map((kaart, i) => (
            <li key={kaart.kandidaatId} className="result">
              <h3>{t.kandidaten.kaart(kaart.code)}</h3>
              <AanbodKaartInhoud kaart={kaart} />
              {concept && (
                <div className="form-actions">
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    disabled={saving || i === 0}
                    onClick={() => move(i, i - 1)}
                    aria-label={a.omhoog(kaart.code)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    disabled={saving || i === ids.length - 1}
                    onClick={() => move(i, i + 1)}
                    aria-label={a.omlaag(kaart.code)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    disabled={saving || ids.length === 1}
                    onClick={() => void volgorde(ids.filter((k) => k !== kaart.kandidaatId))}
                  >
                    {a.weghalen(kaart.code)}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      </section>

      <Voorbeeld id={editie.id} />
      {concept ? <Versturen id={editie.id} /> : <Voortgang id={editie.id} />}
      {!concept && <Pdf id={editie.id} />}
    </>
  );
}

function Gegevens({ editie }: { editie: AanbodskrantEditie }) {
  const [open, setOpen] = useState(false);
  const [gegevens, setGegevens] = useState<EditieGegevens>({
    titel: editie.titel,
    publicatiedatum: editie.publicatiedatum,
    intro: editie.intro,
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [wijzig, { loading }] = useMutation(WIJZIG_AANBODSKRANT);
  if (!open) {
    return (
      <p>
        <button type="button" className="button button--secondary button--small" onClick={() => setOpen(true)}>
          {a.gegevensWijzigen}
        </button>
      </p>
    );
  }
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!gegevens.titel.trim()) return setErrors({ fields: { titel: t.fouten.verplicht(a.titelVeld) }, general: [] });
    setErrors(NO_ERRORS);
    try {
      await wijzig({
        variables: {
          id: editie.id,
          input: {
            titel: gegevens.titel.trim(),
            intro: gegevens.intro.trim(),
            publicatiedatum: gegevens.publicatiedatum,
          },
        },
      });
      setOpen(false);
    } catch (err) {
      setErrors(toFormErrors(err, ['titel', 'intro', 'publicatiedatum']));
    }
  }
  return (
    <>
      <ErrorSummary
        errors={errors}
        labels={{ titel: a.titelVeld, intro: a.introVeld, publicatiedatum: a.publicatiedatum }}
      />
      <form className="form form-wide" noValidate onSubmit={submit} aria-label={a.gegevensWijzigen}>
        <EditieVelden waarden={gegevens} onChange={setGegevens} errors={errors} nieuw={false} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={loading}>
            {t.algemeen.opslaan}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
            {t.algemeen.annuleren}
          </button>
        </div>
      </form>
    </>
  );
}

function Voorbeeld({ id }: { id: string }) {
  const [laad, { data, loading }] = useLazyQuery(VOORBEELD, { fetchPolicy: 'network-only' });
  const voorbeeld = data?.aanbodskrantVoorbeeld;
  return (
    <section className="section" aria-labelledby="editie-voorbeeld">
      <h2 id="editie-voorbeeld">{a.voorbeeld}</h2>
      {voorbeeld ? (
        <>
          <p>
            <strong>{a.onderwerp(voorbeeld.onderwerp)}</strong>
          </p>
          {/* The mail's own HTML, shown in a sandbox: no scripts, no forms, nothing reaches this page. */}
          <iframe className="mail-preview" title={a.voorbeeld} sandbox="" srcDoc={voorbeeld.html} />
        </>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          disabled={loading}
          onClick={() => void laad({ variables: { id } })}
        >
          {a.voorbeeldTonen}
        </button>
      )}
    </section>
  );
}

function Versturen({ id }: { id: string }) {
  const [zeker, setZeker] = useState(false);
  const [fout, setFout] = useState<string[]>([]);
  const [verstuur, { loading }] = useMutation(VERSTUUR_AANBODSKRANT, {
    refetchQueries: ['Aanbodskrant', 'Aanbodskranten'],
    awaitRefetchQueries: true,
  });
  return (
    <section className="section" aria-labelledby="editie-versturen">
      <h2 id="editie-versturen">{a.versturenStatus}</h2>
      {fout.length > 0 && (
        <p className="field__error" role="alert">
          {fout.join(' ')}
        </p>
      )}
      {!zeker ? (
        <button type="button" className="button" onClick={() => setZeker(true)}>
          {a.versturen}
        </button>
      ) : (
        <div className="card" role="group" aria-labelledby="bevestig-versturen">
          <p id="bevestig-versturen">{a.bevestigVersturen}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={loading}
              onClick={async () => {
                try {
                  await verstuur({ variables: { id } });
                } catch (err) {
                  setFout(toFormErrors(err).general);
                  setZeker(false);
                }
              }}
            >
              {a.jaVersturen}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setZeker(false)}>
              {t.algemeen.annuleren}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function Voortgang({ id }: { id: string }) {
  const { data, stopPolling } = useQuery(VOORTGANG, {
    variables: { id },
    pollInterval: 1000,
    fetchPolicy: 'network-only',
  });
  const voortgang = data?.aanbodskrantVoortgang;
  const klaar = Boolean(voortgang?.klaar || voortgang?.taak === 'MISLUKT');
  useEffect(() => {
    if (klaar) stopPolling();
  }, [klaar, stopPolling]);
  return (
    <section className="section" aria-labelledby="editie-voortgang">
      <h2 id="editie-voortgang">{a.versturenStatus}</h2>
      <div className="progress" role="status" aria-live="polite">
        {voortgang && voortgang.totaal !== null ? (
          <progress
            max={Math.max(voortgang.totaal, 1)}
            value={voortgang.klaar ? Math.max(voortgang.totaal, 1) : voortgang.verzonden}
          />
        ) : (
          <progress />
        )}
        <p>
          <strong>
            {voortgang ? (voortgang.klaar ? a.taak.KLAAR : (a.taak[voortgang.taak] ?? voortgang.taak)) : t.app.laden}
          </strong>
          {voortgang && `: ${a.voortgang(voortgang.verzonden, voortgang.totaal)}`}
        </p>
      </div>
    </section>
  );
}

function Pdf({ id }: { id: string }) {
  const { data } = useQuery(PDF, { variables: { id }, pollInterval: 3000 });
  const pdf = data?.aanbodskrantPdf;
  if (!pdf) return <p className="field__hint">{a.pdfNogNiet}</p>;
  return (
    <p>
      <a
        href={`data:${pdf.mimeType};base64,${pdf.inhoudBase64}`}
        download={pdf.bestandsnaam}
        className="button button--secondary"
      >
        {a.pdf}
      </a>
    </p>
  );
}
