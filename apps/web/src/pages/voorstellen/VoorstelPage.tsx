import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import type { ReactieReden, VoorstelReactie } from '../../api/types';
import { OPEN_VOORSTEL, REAGEER_OP_VOORSTEL, VOORSTEL_DETAIL, type Voorstel } from '../../api/voorstellen';
import { ErrorSummary } from '../../components/ErrorSummary';
import { optionsOf, RadioGroup, SelectField, TextArea } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { KaartSamenvatting } from '../kandidaten/KandidatenPage';
import { VoorstelBadge } from './VoorstellenPage';

const v = t.voorstellen;

/** WERKGEVER: one proposal — the anonymised card, the note, and the one reaction. */
export function VoorstelPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(VOORSTEL_DETAIL, { variables: { id } });
  const [open] = useMutation(OPEN_VOORSTEL, { refetchQueries: ['MijnVoorstellen'] });
  const opened = useRef(false);
  const [sent, setSent] = useState(false);

  // Opening a new proposal tells the accountmanager it has been seen (VOORGESTELD → BEKEKEN).
  useEffect(() => {
    if (data?.voorstel.status === 'VOORGESTELD' && !opened.current) {
      opened.current = true;
      void open({ variables: { id } }).catch(() => undefined);
    }
  }, [data, id, open]);

  if (!data) return <QueryState loading={loading} error={error} title={v.titel} />;
  const voorstel = data.voorstel;
  const kaart = voorstel.kaart;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/voorstellen">{v.terugNaarLijst}</Link>
      </p>
      <PageHeading title={t.kandidaten.kaart(kaart.code)}>
        {t.kandidaten.kaart(kaart.code)} <VoorstelBadge voorstel={voorstel} />
      </PageHeading>
      <ul className="meta">
        <li>{v.voorgesteldOp(formatDatum(voorstel.voorgesteldOp))}</li>
        <li>{voorstel.vacature ? v.voorVacature(voorstel.vacature.titel) : v.zonderVacature}</li>
      </ul>
      {sent && <Notice>{v.verstuurd}</Notice>}

      {voorstel.notitie && (
        <section className="section card" aria-labelledby="voorstel-notitie">
          <h2 id="voorstel-notitie">
            {voorstel.accountmanager ? v.notitieVan(voorstel.accountmanager.naam) : v.notitie}
          </h2>
          <p className="pre-line">{voorstel.notitie}</p>
        </section>
      )}

      <section className="section" aria-labelledby="voorstel-kaart">
        <h2 id="voorstel-kaart">{v.kaart}</h2>
        <KaartSamenvatting kaart={kaart} />
        {kaart.pitch && <p className="pre-line">{kaart.pitch}</p>}
        {kaart.vaardigheden.length > 0 && (
          <p>
            <strong>{t.kandidaten.vaardigheden}:</strong> {kaart.vaardigheden.join(', ')}
          </p>
        )}
      </section>

      <section className="section" aria-labelledby="voorstel-reactie">
        <h2 id="voorstel-reactie">{v.uwReactie}</h2>
        {voorstel.reactie ? (
          <p>
            {v.gereageerd(t.keuzes.voorstelReactie[voorstel.reactie], formatDatum(voorstel.gereageerdOp))}
            {voorstel.reactieReden && ` (${t.keuzes.reactieReden[voorstel.reactieReden]})`}
          </p>
        ) : voorstel.status === 'VOORGESTELD' || voorstel.status === 'BEKEKEN' ? (
          <ReactieForm voorstel={voorstel} onSent={() => setSent(true)} />
        ) : (
          <p>{t.keuzes.voorstelStatus[voorstel.status]}</p>
        )}
      </section>
    </>
  );
}

const FIELDS = ['reactie', 'reden', 'toelichting'];
const LABELS = { reactie: v.reactieVraag, reden: v.reden, toelichting: v.toelichting };

function ReactieForm({ voorstel, onSent }: { voorstel: Voorstel; onSent: () => void }) {
  const [reactie, setReactie] = useState('');
  const [reden, setReden] = useState('');
  const [toelichting, setToelichting] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [reageer, { loading }] = useMutation(REAGEER_OP_VOORSTEL, { refetchQueries: ['MijnVoorstellen'] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!reactie) fields.reactie = v.kiesReactie;
    if (reactie === 'GEEN_INTERESSE' && !reden) fields.reden = v.kiesReden;
    if (reactie === 'GEEN_INTERESSE' && reden === 'ANDERS' && !toelichting.trim())
      fields.toelichting = v.toelichtingNodig;
    if (Object.keys(fields).length) return setErrors({ fields, general: [] });
    setErrors(NO_ERRORS);
    try {
      await reageer({
        // Absent rather than null: the API reads an explicit null as an (unknown) value.
        variables: {
          id: voorstel.id,
          reactie: reactie as VoorstelReactie,
          ...(reactie === 'GEEN_INTERESSE' && { reden: reden as ReactieReden }),
          ...(toelichting.trim() && { toelichting: toelichting.trim() }),
        },
      });
      onSent();
    } catch (error) {
      setErrors(toFormErrors(error, FIELDS));
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} labels={LABELS} />
      <form className="form form-wide" noValidate onSubmit={submit} aria-label={v.uwReactie}>
        <RadioGroup
          name="reactie"
          legend={v.reactieVraag}
          options={optionsOf(t.keuzes.voorstelReactie)}
          value={reactie}
          onChange={setReactie}
          error={errors.fields.reactie}
        />
        {reactie === 'GEEN_INTERESSE' && (
          <SelectField
            name="reden"
            label={v.reden}
            value={reden}
            onChange={setReden}
            placeholder={t.algemeen.kiesEen}
            options={optionsOf(t.keuzes.reactieReden)}
            required
            error={errors.fields.reden}
          />
        )}
        <TextArea
          name="toelichting"
          label={v.toelichting}
          hint={v.toelichtingHint}
          maxLength={2000}
          rows={3}
          value={toelichting}
          onChange={setToelichting}
          error={errors.fields.toelichting}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={loading}>
            {loading ? v.bezig : v.versturen}
          </button>
        </div>
      </form>
    </>
  );
}
