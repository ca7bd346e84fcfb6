import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { MAAK_AANBODSKRANT, SUGGESTIES } from '../../api/aanbodskrant';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { nederlandseTijd } from '../../lib/tijd';
import { EditieVelden, type EditieGegevens } from './EditieVelden';

const a = t.aanbodskrant;
const FIELDS = ['titel', 'intro', 'publicatiedatum', 'kandidaatIds'];
const LABELS = {
  titel: a.titelVeld,
  intro: a.introVeld,
  publicatiedatum: a.publicatiedatum,
  kandidaatIds: a.kiesKandidaten,
};

export function AanbodskrantNieuwPage() {
  const navigate = useNavigate();
  const suggesties = useQuery(SUGGESTIES, { variables: { first: 50 } });
  const [gegevens, setGegevens] = useState<EditieGegevens>(() => ({
    titel: '',
    publicatiedatum: nederlandseTijd(new Date()).datum,
    intro: '',
  }));
  const [gekozen, setGekozen] = useState<string[]>([]);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [maak, { loading }] = useMutation(MAAK_AANBODSKRANT, { refetchQueries: ['Aanbodskranten'] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!gegevens.titel.trim()) fields.titel = t.fouten.verplicht(a.titelVeld);
    if (!gegevens.publicatiedatum) fields.publicatiedatum = t.fouten.verplicht(a.publicatiedatum);
    if (gekozen.length === 0) fields.kandidaatIds = a.kiesMinstensEen;
    if (Object.keys(fields).length) return setErrors({ fields, general: [] });
    setErrors(NO_ERRORS);
    try {
      const { data } = await maak({
        variables: {
          input: {
            titel: gegevens.titel.trim(),
            intro: gegevens.intro.trim(),
            publicatiedatum: gegevens.publicatiedatum,
            kandidaatIds: gekozen,
          },
        },
      });
      if (data) navigate(`/aanbodskrant/${data.maakAanbodskrant.id}`);
    } catch (error) {
      setErrors(toFormErrors(error, FIELDS));
    }
  }

  const toggle = (id: string, on: boolean) => setGekozen((old) => (on ? [...old, id] : old.filter((k) => k !== id)));
  return (
    <>
      <PageHeading>{a.nieuw}</PageHeading>
      <ErrorSummary errors={errors} labels={LABELS} />
      <form className="form form-wide" noValidate onSubmit={submit}>
        <EditieVelden waarden={gegevens} onChange={setGegevens} errors={errors} nieuw />
        <fieldset className={errors.fields.kandidaatIds ? 'field fieldset field--error' : 'field fieldset'}>
          <legend>{a.kiesKandidaten}</legend>
          <p className="field__hint">{a.kiesKandidatenIntro}</p>
          {errors.fields.kandidaatIds && <p className="field__error">{errors.fields.kandidaatIds}</p>}
          {!suggesties.data ? (
            <QueryState loading={suggesties.loading} error={suggesties.error} />
          ) : suggesties.data.suggestiesVoorAanbodskrant.length === 0 ? (
            <p>{a.geenSuggesties}</p>
          ) : (
            <ul className="result-list">
              {suggesties.data.suggestiesVoorAanbodskrant.map((suggestie) => {
                const id = `suggestie-${suggestie.kandidaatId}`;
                const plek = gekozen.indexOf(suggestie.kandidaatId);
                return (
                  <li key={suggestie.kandidaatId} className="result">
                    <div className="checkbox">
                      <input
                        type="checkbox"
                        id={id}
                        checked={plek >= 0}
                        onChange={(e) => toggle(suggestie.kandidaatId, e.target.checked)}
                      />
                      <label htmlFor={id}>
                        <strong>{t.kandidaten.kaart(suggestie.kaart.code)}</strong>
                        {plek >= 0 && ` (${plek + 1})`} — {suggestie.kaart.beroepswensen.join(', ')}
                      </label>
                    </div>
                    <ul className="meta">
                      <li>{suggestie.gemeente}</li>
                      <li>{suggestie.kaart.beschikbaarheid}</li>
                      <li>{t.algemeen.uren(suggestie.kaart.urenMin, suggestie.kaart.urenMax)}</li>
                      <li>{suggestie.reden}</li>
                    </ul>
                  </li>
                );
              })}
            </ul>
          )}
        </fieldset>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.algemeen.bezigMetOpslaan : a.maken}
        </button>
      </form>
    </>
  );
}
