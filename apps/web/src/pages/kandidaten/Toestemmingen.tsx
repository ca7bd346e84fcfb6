import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { GEEF_TOESTEMMING, TREK_TOESTEMMING_IN, type KandidaatStaf } from '../../api/kandidaten';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { OpslaanAnnuleren } from '../../components/OpslaanAnnuleren';
import { SectieKop } from '../../components/SectieKop';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { WerkgeverKiezer } from '../werkgevers/WerkgeverKiezer';

const s = t.stafKandidaten;
const b = t.kandidaatBeheer;

/**
 * Consent per werkgever to share name and contact details, newest first, with its history;
 * staff record a new consent and withdraw one (the API keeps the history).
 */
export function Toestemmingen({ kandidaat }: { kandidaat: KandidaatStaf }) {
  const [open, setOpen] = useState(false);
  const [melding, setMelding] = useState<string | null>(null);
  const [fout, setFout] = useState<FormErrors>(NO_ERRORS);
  const [trekIn, intrekken] = useMutation(TREK_TOESTEMMING_IN, {
    refetchQueries: ['Kandidaat'],
    awaitRefetchQueries: true,
  });

  async function trekInVoor(werkgever: { id: string; naam: string }) {
    setMelding(null);
    setFout(NO_ERRORS);
    try {
      await trekIn({ variables: { kandidaatId: kandidaat.id, werkgeverId: werkgever.id } });
      setMelding(b.ingetrokken(werkgever.naam));
    } catch (error) {
      setFout(toFormErrors(error));
    }
  }

  return (
    <section className="section" aria-labelledby="kandidaat-toestemmingen">
      <SectieKop
        id="kandidaat-toestemmingen"
        titel={s.toestemmingen}
        knop={b.toestemmingVastleggen}
        metKnop={!open}
        onKnop={() => {
          setMelding(null);
          setOpen(true);
        }}
      />
      <p>{b.toestemmingIntro}</p>
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      <ErrorSummary errors={fout} labels={{}} />
      {open && (
        <ToestemmingForm
          kandidaatId={kandidaat.id}
          onDone={(werkgever) => {
            setOpen(false);
            if (werkgever) setMelding(b.gegeven(werkgever));
          }}
        />
      )}
      {kandidaat.toestemmingen.length === 0 ? (
        <p>{s.geenToestemmingen}</p>
      ) : (
        <ul className="result-list" aria-label={s.toestemmingen}>
          {kandidaat.toestemmingen.map((toestemming) => {
            const naam = toestemming.werkgever?.naam ?? '';
            return (
              <li key={toestemming.id} className="result">
                <h3>
                  {toestemming.werkgever ? (
                    <Link to={`/werkgevers/${toestemming.werkgever.id}`}>{naam}</Link>
                  ) : (
                    t.algemeen.onbekend
                  )}{' '}
                  <span className={toestemming.actief ? 'badge badge--OPEN' : 'badge badge--GESLOTEN'}>
                    {toestemming.actief ? b.actief : b.nietActief}
                  </span>
                </h3>
                <ul className="meta">
                  <li>{b.gegevenOp(formatDatum(toestemming.gegevenOp))}</li>
                  {toestemming.ingetrokkenOp && <li>{b.ingetrokkenOp(formatDatum(toestemming.ingetrokkenOp))}</li>}
                </ul>
                {toestemming.actief && toestemming.werkgever && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={b.intrekkenVoor(naam)}
                    disabled={intrekken.loading}
                    onClick={() => void trekInVoor({ id: toestemming.werkgever!.id, naam })}
                  >
                    {b.intrekken}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function ToestemmingForm({ kandidaatId, onDone }: { kandidaatId: string; onDone: (werkgever?: string) => void }) {
  const [werkgeverId, setWerkgeverId] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [geef, { loading }] = useMutation(GEEF_TOESTEMMING, {
    refetchQueries: ['Kandidaat'],
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!werkgeverId) return setErrors({ fields: { werkgeverId: b.kiesWerkgever }, general: [] });
    setErrors(NO_ERRORS);
    try {
      const { data } = await geef({ variables: { kandidaatId, werkgeverId } });
      onDone(data?.geefToestemming.werkgever?.naam ?? '');
    } catch (error) {
      setErrors(toFormErrors(error, ['werkgeverId']));
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} labels={{ werkgeverId: b.werkgever }} />
      <form className="form form-wide" noValidate onSubmit={submit} aria-label={b.toestemmingVastleggen}>
        <p>{b.toestemmingUitleg}</p>
        <WerkgeverKiezer
          name="werkgeverId"
          label={b.werkgever}
          value={werkgeverId}
          onChange={setWerkgeverId}
          error={errors.fields.werkgeverId}
        />
        <OpslaanAnnuleren busy={loading} label={b.toestemmingVastleggen} onAnnuleren={onDone} />
      </form>
    </>
  );
}
