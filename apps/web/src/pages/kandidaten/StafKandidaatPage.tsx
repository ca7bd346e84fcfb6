import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMelding } from '../../lib/useMelding';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { MATCHES_VOOR_KANDIDAAT } from '../../api/matching';
import {
  KANDIDAAT,
  KANDIDAAT_IDENTITEIT,
  ZET_KANDIDAAT_STATUS,
  type KandidaatStaf,
  type KandidaatStatus,
} from '../../api/kandidaten';
import { VACATURES } from '../../api/vacatures';
import { STEL_KANDIDAAT_VOOR, VOORSTELLEN_VAN_KANDIDAAT } from '../../api/voorstellen';
import { WERKGEVERS } from '../../api/werkgevers';
import { useUser } from '../../auth/AuthProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { MatchScore } from '../../components/MatchScore';
import { CheckboxGroup, optionsOf, SelectField, TextArea, TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { OpslaanAnnuleren } from '../../components/OpslaanAnnuleren';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { SectieKop } from '../../components/SectieKop';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { Plaatsingen } from '../plaatsingen/Plaatsingen';
import { VoorstelBadge } from '../voorstellen/VoorstellenPage';
import { KandidaatStatusBadge } from './StafKandidatenPage';
import { Toestemmingen } from './Toestemmingen';

const s = t.stafKandidaten;
const VOORSTELLERS = ['ACCOUNTMANAGER', 'JOBHUNTER', 'ADMIN'];

/** Staff: one candidate — profile, indications, consents, identity on request (audited), proposals. */
export function StafKandidaatPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const [melding] = useMelding();
  const { data, loading, error } = useQuery(KANDIDAAT, { variables: { id } });
  if (!data) return <QueryState loading={loading} error={error} title={s.titel} />;
  const kandidaat = data.kandidaat;
  const magWijzigen = user.rol === 'ADMIN' || (user.rol === 'WERKCOACH' && kandidaat.werkcoach?.id === user.id);
  const ja = (value: boolean) => (value ? t.algemeen.ja : t.algemeen.nee);
  const instrumenten = [
    kandidaat.instrumenten.lksMogelijk && t.keuzes.instrument.LKS,
    kandidaat.instrumenten.noRiskpolis && t.keuzes.instrument.NO_RISKPOLIS,
    kandidaat.instrumenten.proefplaatsing && t.keuzes.instrument.PROEFPLAATSING,
    kandidaat.instrumenten.jobcoach && t.keuzes.instrument.JOBCOACH,
  ].filter(Boolean);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/kandidaten">{s.terugNaarLijst}</Link>
      </p>
      <PageHeading title={t.kandidaten.kaart(kandidaat.code)}>
        {t.kandidaten.kaart(kandidaat.code)} <KandidaatStatusBadge status={kandidaat.status} />
      </PageHeading>
      {melding && <Notice>{melding}</Notice>}
      <ul className="meta">
        <li>{kandidaat.gemeente.naam}</li>
        {kandidaat.werkcoach && <li>{s.werkcoach(kandidaat.werkcoach.naam)}</li>}
      </ul>
      {magWijzigen && (
        <p>
          <Link to={`/kandidaten/${kandidaat.id}/wijzigen`} className="button button--secondary button--small">
            {t.kandidaatBeheer.gegevensWijzigen}
          </Link>
        </p>
      )}
      <StatusWijzigen kandidaat={kandidaat} />

      <section className="section" aria-labelledby="kandidaat-profiel">
        <h2 id="kandidaat-profiel">{s.profiel}</h2>
        {kandidaat.pitch && <p className="lead pre-line">{kandidaat.pitch}</p>}
        <dl className="details">
          <dt>{t.kandidaten.beroepswensen}</dt>
          <dd>{kandidaat.beroepswensen.join(', ') || t.algemeen.geen}</dd>
          <dt>{t.kandidaten.vaardigheden}</dt>
          <dd>{kandidaat.vaardigheden.join(', ') || t.algemeen.geen}</dd>
          <dt>{t.vacatures.uren}</dt>
          <dd>{t.algemeen.uren(kandidaat.urenMin, kandidaat.urenMax)}</dd>
          <dt>{s.beschikbaarVanaf}</dt>
          <dd>{kandidaat.beschikbaarVanaf ? formatDatum(kandidaat.beschikbaarVanaf) : t.algemeen.onbekend}</dd>
          <dt>{s.woonregio}</dt>
          <dd>{kandidaat.regio.plaats}</dd>
          <dt>{s.reisafstand}</dt>
          <dd>{s.km(kandidaat.reisbereidheidKm)}</dd>
          <dt>{s.vervoer}</dt>
          <dd>{kandidaat.vervoer.map((v) => t.keuzes.vervoer[v] ?? v).join(', ') || t.algemeen.onbekend}</dd>
          <dt>{s.rijbewijs}</dt>
          <dd>{ja(kandidaat.rijbewijs)}</dd>
          <dt>{s.taal}</dt>
          <dd>
            {kandidaat.nederlandsNiveau
              ? (t.keuzes.nederlandsNiveau as Record<string, string>)[kandidaat.nederlandsNiveau]
              : t.algemeen.onbekend}
          </dd>
          <dt>{s.werkfit}</dt>
          <dd>{t.keuzes.werkfitStatus[kandidaat.werkfitStatus] ?? kandidaat.werkfitStatus}</dd>
          <dt>{s.opleiding}</dt>
          <dd className="pre-line">{kandidaat.opleiding || t.algemeen.onbekend}</dd>
          <dt>{s.werkervaring}</dt>
          <dd className="pre-line">{kandidaat.werkervaring || t.algemeen.onbekend}</dd>
          <dt>{s.instrumenten}</dt>
          <dd>{instrumenten.join(', ') || t.algemeen.geen}</dd>
        </dl>
      </section>

      {kandidaat.indicaties && (
        <section className="section" aria-labelledby="kandidaat-indicaties">
          <h2 id="kandidaat-indicaties">{s.indicaties}</h2>
          <dl className="details">
            <dt>{s.doelgroepregister}</dt>
            <dd>{ja(kandidaat.indicaties.doelgroepregister)}</dd>
            <dt>{s.beschut}</dt>
            <dd>{ja(kandidaat.indicaties.beschut)}</dd>
            <dt>{s.loonwaarde}</dt>
            <dd>
              {kandidaat.indicaties.loonwaarde !== null ? `${kandidaat.indicaties.loonwaarde}%` : t.algemeen.onbekend}
            </dd>
            <dt>{s.klantprofiel}</dt>
            <dd>{kandidaat.indicaties.klantprofiel ?? t.algemeen.onbekend}</dd>
          </dl>
        </section>
      )}

      <Identiteit kandidaatId={kandidaat.id} />
      <Voorstellen kandidaat={kandidaat} magVoorstellen={VOORSTELLERS.includes(user.rol)} />

      <Toestemmingen kandidaat={kandidaat} />
      <Plaatsingen filter={{ kandidaatId: kandidaat.id }} kandidaatId={kandidaat.id} />
    </>
  );
}

function StatusWijzigen({ kandidaat }: { kandidaat: KandidaatStaf }) {
  // The stored status until the user picks another (it changes too when a plaatsing is registered).
  const [keuze, setKeuze] = useState<string | null>(null);
  const status = keuze ?? kandidaat.status;
  const [melding, setMelding] = useState<string | null>(null);
  const [fout, setFout] = useState<string[]>([]);
  const [zet, { loading }] = useMutation(ZET_KANDIDAAT_STATUS, { refetchQueries: ['Kandidaten'] });
  return (
    <form
      className="filters"
      aria-label={s.statusWijzigen}
      onSubmit={async (event) => {
        event.preventDefault();
        setMelding(null);
        setFout([]);
        try {
          await zet({ variables: { id: kandidaat.id, status: status as KandidaatStatus } });
          setKeuze(null);
          setMelding(s.statusGewijzigd(t.keuzes.kandidaatStatus[status as KandidaatStatus]));
        } catch (error) {
          setFout(toFormErrors(error).general);
        }
      }}
    >
      <SelectField
        name="status"
        label={s.status}
        value={status}
        onChange={setKeuze}
        options={optionsOf(t.keuzes.kandidaatStatus)}
      />
      <button type="submit" className="button button--secondary" disabled={loading || status === kandidaat.status}>
        {s.statusWijzigen}
      </button>
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      {fout.length > 0 && (
        <p className="field__error" role="alert">
          {fout.join(' ')}
        </p>
      )}
    </form>
  );
}

function Identiteit({ kandidaatId }: { kandidaatId: string }) {
  const [reden, setReden] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [laad, { data, loading }] = useLazyQuery(KANDIDAAT_IDENTITEIT, { fetchPolicy: 'network-only' });
  const identiteit = data?.kandidaatIdentiteit;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reden.trim().length < 5) return setErrors({ fields: { reden: s.redenTeKort }, general: [] });
    setErrors(NO_ERRORS);
    try {
      const result = await laad({ variables: { kandidaatId, reden: reden.trim() } });
      if (result.error) setErrors(toFormErrors(result.error, ['reden']));
    } catch (error) {
      setErrors(toFormErrors(error, ['reden']));
    }
  }

  return (
    <section className="section" aria-labelledby="kandidaat-identiteit">
      <h2 id="kandidaat-identiteit">{s.identiteit}</h2>
      {identiteit ? (
        <dl className="details">
          <dt>{s.naam}</dt>
          <dd>
            {identiteit.voornaam} {identiteit.achternaam}
          </dd>
          <dt>{s.bsn}</dt>
          <dd>{identiteit.bsn}</dd>
          <dt>{s.geboortedatum}</dt>
          <dd>{formatDatum(identiteit.geboortedatum)}</dd>
          <dt>{s.adres}</dt>
          <dd>
            {identiteit.adres}, {identiteit.postcode} {identiteit.woonplaats}
          </dd>
          <dt>{s.telefoon}</dt>
          <dd>{identiteit.telefoon ?? t.algemeen.onbekend}</dd>
          <dt>{t.velden.email}</dt>
          <dd>{identiteit.email ?? t.algemeen.onbekend}</dd>
        </dl>
      ) : (
        <>
          <p>{s.identiteitIntro}</p>
          <ErrorSummary errors={errors} labels={{ reden: s.reden }} />
          <form className="form form-wide" noValidate onSubmit={submit} aria-label={s.inzien}>
            <TextField
              name="reden"
              label={s.reden}
              hint={s.redenHint}
              maxLength={500}
              value={reden}
              onChange={(event) => setReden(event.target.value)}
              error={errors.fields.reden}
            />
            <button type="submit" className="button button--secondary" disabled={loading}>
              {s.inzien}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

interface Preset {
  werkgever: { id: string; naam: string };
  vacatureId?: string;
}

function Voorstellen({ kandidaat, magVoorstellen }: { kandidaat: KandidaatStaf; magVoorstellen: boolean }) {
  const { data } = useQuery(VOORSTELLEN_VAN_KANDIDAAT, { variables: { kandidaatId: kandidaat.id } });
  const [open, setOpen] = useState(false);
  const [preset, setPreset] = useState<Preset | undefined>();
  const [melding, setMelding] = useState<string | null>(null);
  const voorstelbaar = kandidaat.status === 'BESCHIKBAAR' || kandidaat.status === 'IN_TRAJECT';
  const kanVoorstellen = magVoorstellen && voorstelbaar;
  return (
    <>
      <PassendWerk
        kandidaatId={kandidaat.id}
        onVoorstellen={
          kanVoorstellen
            ? (keuze) => {
                setMelding(null);
                setPreset(keuze);
                setOpen(true);
                document.getElementById('kandidaat-voorstellen')?.scrollIntoView();
              }
            : undefined
        }
      />
      <section className="section" aria-labelledby="kandidaat-voorstellen">
        <SectieKop
          id="kandidaat-voorstellen"
          titel={s.voorstellen}
          knop={s.voorstellenAan}
          metKnop={kanVoorstellen && !open}
          onKnop={() => {
            setMelding(null);
            setPreset(undefined);
            setOpen(true);
          }}
        />
        {melding && <Notice>{melding}</Notice>}
        {open && (
          <VoorstelForm
            key={preset ? `${preset.werkgever.id}-${preset.vacatureId ?? ''}` : 'leeg'}
            kandidaatId={kandidaat.id}
            preset={preset}
            onDone={(aantal) => {
              setOpen(false);
              if (aantal) setMelding(s.verstuurd(aantal));
            }}
          />
        )}
        {!data ? null : data.voorstellen.edges.length === 0 ? (
          <p>{s.geenVoorstellen}</p>
        ) : (
          <ul className="result-list" aria-label={s.voorstellen}>
            {data.voorstellen.edges.map(({ node }) => (
              <li key={node.id} className="result">
                <h3>
                  {node.werkgever ? <Link to={`/werkgevers/${node.werkgever.id}`}>{node.werkgever.naam}</Link> : '—'}{' '}
                  <VoorstelBadge voorstel={node} />
                </h3>
                <ul className="meta">
                  <li>{t.voorstellen.voorgesteldOp(formatDatum(node.voorgesteldOp))}</li>
                  {node.vacature && <li>{t.voorstellen.voorVacature(node.vacature.titel)}</li>}
                  {node.reactie && <li>{t.keuzes.voorstelReactie[node.reactie]}</li>}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function PassendWerk({ kandidaatId, onVoorstellen }: { kandidaatId: string; onVoorstellen?: (keuze: Preset) => void }) {
  const { data, loading, error } = useQuery(MATCHES_VOOR_KANDIDAAT, { variables: { kandidaatId, first: 10 } });
  const m = t.matching;
  return (
    <section className="section" aria-labelledby="kandidaat-matches">
      <h2 id="kandidaat-matches">{m.passendWerk}</h2>
      <p>{m.passendWerkIntro}</p>
      {!data ? (
        <QueryState loading={loading} error={error} />
      ) : data.matchesVoorKandidaat.length === 0 ? (
        <p>{m.geen}</p>
      ) : (
        <ol className="result-list" aria-label={m.passendWerk}>
          {data.matchesVoorKandidaat.map((match) => (
            <li key={`${match.werkgever.id}-${match.vacature?.id ?? ''}`} className="result">
              <h3>
                {match.vacature ? (
                  <Link to={`/vacatures/${match.vacature.id}`}>{match.vacature.titel}</Link>
                ) : (
                  m.zonderVacature
                )}
              </h3>
              <ul className="meta">
                <li>
                  <Link to={`/werkgevers/${match.werkgever.id}`}>{match.werkgever.naam}</Link>
                </li>
                {match.afstandKm !== null && <li>{m.afstand(match.afstandKm)}</li>}
              </ul>
              <MatchScore score={match.score} factoren={match.factoren} />
              {onVoorstellen && (
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={`${m.voorstellen}: ${match.werkgever.naam}${match.vacature ? `, ${match.vacature.titel}` : ''}`}
                  onClick={() => onVoorstellen({ werkgever: match.werkgever, vacatureId: match.vacature?.id })}
                >
                  {m.voorstellen}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const VOORSTEL_FIELDS = ['werkgeverIds', 'vacatureId', 'notitie'];

function VoorstelForm({
  kandidaatId,
  preset,
  onDone,
}: {
  kandidaatId: string;
  preset?: Preset;
  onDone: (aantal?: number) => void;
}) {
  const [zoek, setZoek] = useState('');
  const [zoekterm, setZoekterm] = useState('');
  const [gekozen, setGekozen] = useState<{ id: string; naam: string }[]>(preset ? [preset.werkgever] : []);
  const [vacatureId, setVacatureId] = useState(preset?.vacatureId ?? '');
  const [notitie, setNotitie] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const gevonden = useQuery(WERKGEVERS, { variables: { first: 20, filter: { zoekterm } }, skip: !zoekterm });
  const eenWerkgever = gekozen.length === 1 ? gekozen[0].id : null;
  const vacatures = useQuery(VACATURES, {
    variables: { first: 50, filter: { werkgeverId: eenWerkgever ?? '', status: ['OPEN'] } },
    skip: !eenWerkgever,
  });
  const [stelVoor, { loading }] = useMutation(STEL_KANDIDAAT_VOOR, {
    refetchQueries: ['VoorstellenVanKandidaat', 'Pipeline'],
  });

  // The chosen werkgevers stay in the list while the search changes.
  const opties = [
    ...gekozen,
    ...(gevonden.data?.werkgevers.edges.map((e) => ({ id: e.node.id, naam: e.node.naam })) ?? []).filter(
      (w) => !gekozen.some((g) => g.id === w.id),
    ),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (gekozen.length === 0) fields.werkgeverIds = s.kiesWerkgever;
    if (!notitie.trim()) fields.notitie = s.notitieNodig;
    if (Object.keys(fields).length) return setErrors({ fields, general: [] });
    setErrors(NO_ERRORS);
    try {
      const { data } = await stelVoor({
        variables: {
          kandidaatId,
          werkgeverIds: gekozen.map((w) => w.id),
          notitie: notitie.trim(),
          ...(eenWerkgever && vacatureId && { vacatureId }),
        },
      });
      onDone(data?.stelKandidaatVoor.length ?? 0);
    } catch (error) {
      setErrors(toFormErrors(error, VOORSTEL_FIELDS));
    }
  }

  return (
    <>
      <p>{s.voorstellenIntro}</p>
      <ErrorSummary
        errors={errors}
        labels={{ werkgeverIds: s.werkgevers, vacatureId: s.vacature, notitie: s.notitie }}
      />
      <div className="filters" role="search">
        <TextField
          name="zoekWerkgever"
          label={s.zoekWerkgever}
          type="search"
          value={zoek}
          onChange={(event) => setZoek(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              setZoekterm(zoek.trim());
            }
          }}
        />
        <button type="button" className="button button--secondary" onClick={() => setZoekterm(zoek.trim())}>
          {t.algemeen.zoeken}
        </button>
      </div>
      <form className="form form-wide" noValidate onSubmit={submit} aria-label={s.voorstellenAan}>
        {opties.length === 0 ? (
          <div className={errors.fields.werkgeverIds ? 'field field--error' : 'field'}>
            {errors.fields.werkgeverIds && <p className="field__error">{errors.fields.werkgeverIds}</p>}
            <p className="field__hint">{s.zoekMeer}</p>
          </div>
        ) : (
          <CheckboxGroup
            name="werkgeverIds"
            legend={s.werkgevers}
            options={opties.map((w) => ({ value: w.id, label: w.naam }))}
            value={gekozen.map((w) => w.id)}
            onChange={(ids) => setGekozen(opties.filter((w) => ids.includes(w.id)))}
            error={errors.fields.werkgeverIds}
          />
        )}
        {eenWerkgever ? (
          <SelectField
            name="vacatureId"
            label={s.vacature}
            value={vacatureId}
            onChange={setVacatureId}
            placeholder={s.zonderVacature}
            options={(vacatures.data?.vacatures.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.titel }))}
            error={errors.fields.vacatureId}
          />
        ) : (
          <p className="field__hint">{s.vacatureAlleenBijEen}</p>
        )}
        <TextArea
          name="notitie"
          label={s.notitie}
          hint={s.notitieHint}
          maxLength={2000}
          rows={4}
          value={notitie}
          onChange={setNotitie}
          error={errors.fields.notitie}
          required
        />
        <OpslaanAnnuleren busy={loading} label={s.versturen} onAnnuleren={onDone} />
      </form>
    </>
  );
}
