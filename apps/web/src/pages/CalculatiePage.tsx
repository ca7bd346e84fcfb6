import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import {
  BESLIS_OFFERTE,
  CALCULATIE_AANVRAGEN,
  OFFERTES,
  VRAAG_CALCULATIE_AAN,
  type Offerte,
  type OfferteStatus,
} from '../api/calculatie';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../api/errors';
import { useUser } from '../auth/AuthProvider';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextArea, TextField } from '../components/fields';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { QueryState } from '../components/QueryState';
import { t } from '../i18n/nl';
import { formatDatum, parseGetal } from '../lib/format';
import { formatEuro, parseDecimal } from '../lib/geld';

const c = t.calculatie;

/** WERKGEVER: ask for a priced groepsplaatsing and decide on the quotes. */
export function CalculatiePage() {
  const user = useUser();
  return (
    <>
      <PageHeading>{c.titel}</PageHeading>
      <p className="lead">{c.intro}</p>
      <Offertes werkgeverId={user.werkgeverId ?? ''} />
      <Aanvragen />
    </>
  );
}

function Aanvragen() {
  const { data, loading, error } = useQuery(CALCULATIE_AANVRAGEN);
  const [toelichting, setToelichting] = useState('');
  const [aantal, setAantal] = useState('');
  const [uren, setUren] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [verstuurd, setVerstuurd] = useState(false);
  const [vraag, { loading: busy }] = useMutation(VRAAG_CALCULATIE_AAN, {
    refetchQueries: ['CalculatieAanvragen'],
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!toelichting.trim()) fields.toelichting = t.fouten.verplicht('toelichting');
    const aantalGetal = aantal.trim() ? parseGetal(aantal) : undefined;
    if (aantalGetal === null) fields.aantalMedewerkers = c.aantalOngeldig;
    const urenDecimal = uren.trim() ? parseDecimal(uren) : undefined;
    if (urenDecimal === null) fields.urenPerWeek = c.urenOngeldig;
    if (Object.keys(fields).length) return setErrors({ fields, general: [] });
    setErrors(NO_ERRORS);
    try {
      await vraag({
        variables: {
          input: {
            toelichting: toelichting.trim(),
            ...(aantalGetal && { aantalMedewerkers: aantalGetal }),
            ...(urenDecimal && { urenPerWeek: urenDecimal }),
          },
        },
      });
      setVerstuurd(true);
      setToelichting('');
      setAantal('');
      setUren('');
    } catch (err) {
      setErrors(toFormErrors(err, ['toelichting', 'aantalMedewerkers', 'urenPerWeek']));
    }
  }

  return (
    <>
      <section className="section" aria-labelledby="calculatie-aanvragen">
        <h2 id="calculatie-aanvragen">{c.aanvragen}</h2>
        {verstuurd && <Notice>{c.verstuurd}</Notice>}
        <ErrorSummary
          errors={errors}
          labels={{ toelichting: c.toelichting, aantalMedewerkers: c.aantal, urenPerWeek: c.uren }}
        />
        <form className="form form-wide" noValidate onSubmit={submit} aria-label={c.aanvragen}>
          <TextArea
            name="toelichting"
            label={c.toelichting}
            hint={c.toelichtingHint}
            rows={4}
            required
            value={toelichting}
            onChange={setToelichting}
            error={errors.fields.toelichting}
          />
          <div className="form-row">
            <TextField
              name="aantalMedewerkers"
              label={c.aantal}
              inputMode="numeric"
              value={aantal}
              onChange={(e) => setAantal(e.target.value)}
              error={errors.fields.aantalMedewerkers}
            />
            <TextField
              name="urenPerWeek"
              label={c.uren}
              hint={c.urenHint}
              inputMode="decimal"
              value={uren}
              onChange={(e) => setUren(e.target.value)}
              error={errors.fields.urenPerWeek}
            />
          </div>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t.algemeen.bezigMetOpslaan : c.versturen}
          </button>
        </form>
      </section>
      <section className="section" aria-labelledby="calculatie-uw-aanvragen">
        <h2 id="calculatie-uw-aanvragen">{c.uwAanvragen}</h2>
        {!data ? (
          <QueryState loading={loading} error={error} />
        ) : data.calculatieAanvragen.length === 0 ? (
          <p>{c.geenAanvragen}</p>
        ) : (
          <ul className="result-list" aria-label={c.uwAanvragen}>
            {data.calculatieAanvragen.map((aanvraag) => (
              <li key={aanvraag.id} className="result">
                <p className="pre-line">{aanvraag.toelichting}</p>
                <ul className="meta">
                  <li>{c.aangevraagdOp(formatDatum(aanvraag.aangemaaktOp))}</li>
                  {aanvraag.aantalMedewerkers !== null && <li>{c.medewerkers(aanvraag.aantalMedewerkers)}</li>}
                  {aanvraag.urenPerWeek && <li>{c.urenPerWeek(aanvraag.urenPerWeek)}</li>}
                  <li>
                    <span className={`badge badge--${aanvraag.status === 'OPEN' ? 'CONCEPT' : 'VERVULD'}`}>
                      {t.keuzes.aanvraagStatus[aanvraag.status]}
                    </span>
                  </li>
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function Offertes({ werkgeverId }: { werkgeverId: string }) {
  const { data, loading, error } = useQuery(OFFERTES, { variables: { werkgeverId }, skip: !werkgeverId });
  return (
    <section className="section" aria-labelledby="calculatie-offertes">
      <h2 id="calculatie-offertes">{c.offertes}</h2>
      {!data ? (
        <QueryState loading={loading} error={error} />
      ) : data.offertes.length === 0 ? (
        <p>{c.geenOffertes}</p>
      ) : (
        <ul className="result-list" aria-label={c.offertes}>
          {data.offertes.map((offerte) => (
            <OfferteItem key={offerte.id} offerte={offerte} />
          ))}
        </ul>
      )}
    </section>
  );
}

const BADGE: Record<OfferteStatus, string> = {
  CONCEPT: 'CONCEPT',
  VERSTUURD: 'CONCEPT',
  GEACCEPTEERD: 'OPEN',
  AFGEWEZEN: 'GESLOTEN',
};

function OfferteItem({ offerte }: { offerte: Offerte }) {
  const [beslis, { loading }] = useMutation(BESLIS_OFFERTE, {
    refetchQueries: ['Offertes'],
    awaitRefetchQueries: true,
  });
  const [melding, setMelding] = useState<string | null>(null);
  const [fout, setFout] = useState<string[]>([]);
  const laatste = offerte.versies[0];
  if (!laatste) return null;
  const besluit = async (status: OfferteStatus) => {
    setFout([]);
    try {
      await beslis({ variables: { versieId: laatste.id, status } });
      setMelding(c.beslist(t.keuzes.offerteStatus[status].toLowerCase()));
    } catch (err) {
      setFout(toFormErrors(err).general);
    }
  };
  const r = laatste.resultaat;
  return (
    <li className="result">
      <h3>
        {offerte.titel}{' '}
        <span className={`badge badge--${BADGE[laatste.status]}`}>{t.keuzes.offerteStatus[laatste.status]}</span>
      </h3>
      <ul className="meta">
        <li>{c.versie(laatste.versie)}</li>
        {laatste.verstuurdOp && <li>{c.verstuurdOp(formatDatum(laatste.verstuurdOp))}</li>}
      </ul>
      {laatste.toelichting && <p className="pre-line">{laatste.toelichting}</p>}
      <dl className="details">
        <dt>{c.groep}</dt>
        <dd>{r.groepsgrootte}</dd>
        <dt>{c.tarief}</dt>
        <dd>{formatEuro(r.tariefvoorstel)}</dd>
        <dt>{c.prijsPerUur}</dt>
        <dd>{formatEuro(r.kostprijsPerGewerktUur)}</dd>
        <dt>{c.prijsPerJaar}</dt>
        <dd>{formatEuro(r.kostprijsPerJaar)}</dd>
      </dl>
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      {fout.length > 0 && (
        <p className="field__error" role="alert">
          {fout.join(' ')}
        </p>
      )}
      <div className="form-actions">
        {laatste.pdf && (
          <a
            href={`data:${laatste.pdf.mimeType};base64,${laatste.pdf.inhoudBase64}`}
            download={laatste.pdf.bestandsnaam}
            className="button button--secondary button--small"
          >
            {c.pdf}
          </a>
        )}
        {laatste.status === 'VERSTUURD' && (
          <>
            <button
              type="button"
              className="button button--small"
              disabled={loading}
              onClick={() => besluit('GEACCEPTEERD')}
            >
              {c.accepteren}
            </button>
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={loading}
              onClick={() => besluit('AFGEWEZEN')}
            >
              {c.afwijzen}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
