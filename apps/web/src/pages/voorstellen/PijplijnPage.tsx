import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import type { VoorstelStatus } from '../../api/types';
import {
  PIPELINE,
  PLAATS_VOORSTEL,
  VOLGENDE_FASEN,
  WIJZIG_VOORSTEL_FASE,
  type PipelineKaart,
} from '../../api/voorstellen';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { OpslaanAnnuleren } from '../../components/OpslaanAnnuleren';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { toPlaatsingGegevens, type PlaatsingGegevensValues } from '../plaatsingen/plaatsingForm';
import { PLAATSING_LABELS, PlaatsingVelden } from '../plaatsingen/PlaatsingVelden';
import { TrechterGrafiek } from '../rapportages/TrechterGrafiek';

const p = t.pijplijn;
const DRAG_TYPE = 'application/x-matchpunt-voorstel';

/**
 * ACCOUNTMANAGER/JOBHUNTER: the pipeline board. Cards move by drag and drop to a stage the API allows,
 * or — for keyboard and screen-reader users, and on a phone — with the "Naar fase" choice on each card.
 */
export function PijplijnPage() {
  const { data, loading, error } = useQuery(PIPELINE, {
    variables: { perKolom: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const [wijzig] = useMutation(WIJZIG_VOORSTEL_FASE, { refetchQueries: ['Pipeline'], awaitRefetchQueries: true });
  const [melding, setMelding] = useState<string | null>(null);
  const [fout, setFout] = useState<string[]>([]);
  // The card being dragged: a ref for the drag events (they come faster than React renders), state for the looks.
  const dragRef = useRef<PipelineKaart | null>(null);
  const [dragging, setDraggingState] = useState<PipelineKaart | null>(null);
  const setDragging = (kaart: PipelineKaart | null) => {
    dragRef.current = kaart;
    setDraggingState(kaart);
  };
  const [plaatsen, setPlaatsen] = useState<string | null>(null);

  if (!data) return <QueryState loading={loading} error={error} title={p.titel} />;

  async function verplaats(kaart: PipelineKaart, naar: VoorstelStatus) {
    setMelding(null);
    setFout([]);
    if (naar === 'GEPLAATST') {
      setPlaatsen(kaart.voorstel.id);
      return;
    }
    try {
      await wijzig({ variables: { id: kaart.voorstel.id, naar } });
      setMelding(p.verplaatst(kaart.voorstel.kaart.code, t.keuzes.voorstelStatus[naar]));
    } catch (err) {
      setFout(toFormErrors(err).general);
    }
  }

  const allowed = (fase: VoorstelStatus, kaart = dragRef.current) =>
    Boolean(kaart && VOLGENDE_FASEN[kaart.voorstel.status].includes(fase));

  return (
    <>
      <PageHeading>{p.titel}</PageHeading>
      <p className="lead">{p.intro}</p>
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      {fout.length > 0 && (
        <div className="error-summary" role="alert">
          {fout.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <div className="board">
        {data.pipeline.kolommen.map((kolom) => (
          <section
            key={kolom.fase}
            className={`board__column${dragging ? (allowed(kolom.fase, dragging) ? ' board__column--drop' : ' board__column--nodrop') : ''}`}
            aria-labelledby={`fase-${kolom.fase}`}
            onDragOver={(event: DragEvent) => {
              if (allowed(kolom.fase)) {
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
              }
            }}
            onDrop={(event: DragEvent) => {
              event.preventDefault();
              const kaart = dragRef.current;
              setDragging(null);
              if (kaart && allowed(kolom.fase, kaart)) void verplaats(kaart, kolom.fase);
            }}
          >
            <h2 id={`fase-${kolom.fase}`}>
              {t.keuzes.voorstelStatus[kolom.fase]} <span className="board__count">({kolom.aantal})</span>
            </h2>
            {kolom.kaarten.length === 0 ? (
              <p className="board__empty">{p.leeg}</p>
            ) : (
              <ul className="board__cards">
                {kolom.kaarten.map((kaart) => (
                  <li
                    key={kaart.voorstel.id}
                    className="board__card"
                    draggable={VOLGENDE_FASEN[kaart.voorstel.status].length > 0}
                    onDragStart={(event: DragEvent) => {
                      event.dataTransfer.setData(DRAG_TYPE, kaart.voorstel.id);
                      event.dataTransfer.effectAllowed = 'move';
                      setDragging(kaart);
                    }}
                    onDragEnd={() => setDragging(null)}
                  >
                    <h3>{t.kandidaten.kaart(kaart.voorstel.kaart.code)}</h3>
                    <ul className="meta">
                      {kaart.voorstel.werkgever && (
                        <li>
                          <Link to={`/werkgevers/${kaart.voorstel.werkgever.id}`}>{kaart.voorstel.werkgever.naam}</Link>
                        </li>
                      )}
                      {kaart.voorstel.vacature && <li>{kaart.voorstel.vacature.titel}</li>}
                      <li>{t.voorstellen.dagenInFase(kaart.dagenInFase)}</li>
                    </ul>
                    {plaatsen === kaart.voorstel.id ? (
                      <PlaatsingForm
                        kaart={kaart}
                        onDone={(ok) => {
                          setPlaatsen(null);
                          if (ok)
                            setMelding(p.verplaatst(kaart.voorstel.kaart.code, t.keuzes.voorstelStatus.GEPLAATST));
                        }}
                      />
                    ) : (
                      VOLGENDE_FASEN[kaart.voorstel.status].length > 0 && (
                        <Verplaats kaart={kaart} onMove={(naar) => verplaats(kaart, naar)} />
                      )
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      <TrechterGrafiek titel={t.rapportages.trechter.titelPijplijn} tellingen={data.pipeline.kolommen} />
    </>
  );
}

function Verplaats({ kaart, onMove }: { kaart: PipelineKaart; onMove: (naar: VoorstelStatus) => Promise<void> }) {
  const [naar, setNaar] = useState('');
  const [busy, setBusy] = useState(false);
  const code = kaart.voorstel.kaart.code;
  // One candidate can be on the board for several werkgevers: the form's name tells them apart.
  const wie = kaart.voorstel.werkgever ? p.kandidaatBij(code, kaart.voorstel.werkgever.naam) : code;
  return (
    <form
      className="board__move"
      aria-label={`${p.naarFase}: ${wie}`}
      onSubmit={async (event) => {
        event.preventDefault();
        if (!naar) return;
        setBusy(true);
        try {
          await onMove(naar as VoorstelStatus);
        } finally {
          setBusy(false);
        }
      }}
    >
      <SelectField
        name={`naar-${kaart.voorstel.id}`}
        label={p.naarFase}
        value={naar}
        onChange={setNaar}
        placeholder={t.algemeen.kiesEen}
        options={VOLGENDE_FASEN[kaart.voorstel.status].map((fase) => ({
          value: fase,
          label: t.keuzes.voorstelStatus[fase],
        }))}
      />
      <button type="submit" className="button button--small button--secondary" disabled={busy || !naar}>
        {p.zetten}
      </button>
    </form>
  );
}

const PLAATSING_FIELDS = [
  'plaatsing.type',
  'plaatsing.startDatum',
  'plaatsing.eindDatum',
  'plaatsing.urenPerWeek',
  'type',
  'startDatum',
  'eindDatum',
  'urenPerWeek',
];

function PlaatsingForm({ kaart, onDone }: { kaart: PipelineKaart; onDone: (ok: boolean) => void }) {
  const [values, setValues] = useState<PlaatsingGegevensValues>({
    type: '',
    startDatum: '',
    eindDatum: '',
    urenPerWeek: '',
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [plaats, { loading }] = useMutation(PLAATS_VOORSTEL, {
    refetchQueries: ['Pipeline'],
    awaitRefetchQueries: true,
  });
  const set = (key: keyof typeof values, value: string) => setValues((old) => ({ ...old, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { gegevens, fields } = toPlaatsingGegevens(values);
    setErrors({ fields, general: [] });
    if (!gegevens) return;
    try {
      await plaats({ variables: { id: kaart.voorstel.id, plaatsing: gegevens } });
      onDone(true);
    } catch (error) {
      const mapped = toFormErrors(error, PLAATSING_FIELDS);
      // "plaatsing.startDatum" from the API belongs to the field "startDatum" here.
      const fieldsByName = Object.fromEntries(
        Object.entries(mapped.fields).map(([key, message]) => [key.replace(/^plaatsing\./, ''), message]),
      );
      setErrors({ fields: fieldsByName, general: mapped.general });
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} labels={PLAATSING_LABELS} />
      <form className="form" noValidate onSubmit={submit} aria-label={`${p.plaatsing}: ${kaart.voorstel.kaart.code}`}>
        <PlaatsingVelden values={values} set={set} errors={errors} />
        <OpslaanAnnuleren busy={loading} label={p.plaatsen} onAnnuleren={() => onDone(false)} klein />
      </form>
    </>
  );
}
