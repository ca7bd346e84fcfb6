import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import {
  MAAK_PLAATSING,
  PLAATSINGEN,
  REGISTREER_DUURZAAMHEID,
  type DuurzaamheidMoment,
  type Plaatsing,
  type PlaatsingFilter,
} from '../../api/plaatsingen';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup, SelectField, TextField } from '../../components/fields';
import { appendEdges, MeerLaden } from '../../components/MeerLaden';
import { Notice } from '../../components/Notice';
import { OpslaanAnnuleren } from '../../components/OpslaanAnnuleren';
import { QueryState } from '../../components/QueryState';
import { SectieKop } from '../../components/SectieKop';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { WerkgeverKiezer } from '../werkgevers/WerkgeverKiezer';
import { LEGE_PLAATSING, meting, MOMENTEN, PLAATSING_FIELDS, toPlaatsingInput } from './plaatsingForm';
import { PLAATSING_LABELS, PlaatsingVelden } from './PlaatsingVelden';

const pl = t.plaatsingen;

/**
 * The plaatsingen of one candidate or one werkgever (staff), newest start first, each with its duurzaamheid
 * checkpoints. With `kandidaatId` a new plaatsing can be registered for that candidate.
 */
export function Plaatsingen({ filter, kandidaatId }: { filter: PlaatsingFilter; kandidaatId?: string }) {
  const { data, loading, error, fetchMore } = useQuery(PLAATSINGEN, { variables: { first: 20, filter } });
  const [open, setOpen] = useState(false);
  const [melding, setMelding] = useState<string | null>(null);
  return (
    <section className="section" aria-labelledby="plaatsingen">
      <SectieKop
        id="plaatsingen"
        titel={pl.titel}
        knop={pl.vastleggen}
        metKnop={Boolean(kandidaatId) && !open}
        onKnop={() => {
          setMelding(null);
          setOpen(true);
        }}
      />
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      {kandidaatId && open && (
        <PlaatsingForm
          kandidaatId={kandidaatId}
          onDone={(ok) => {
            setOpen(false);
            if (ok) setMelding(pl.vastgelegd);
          }}
        />
      )}
      {!data ? (
        <QueryState loading={loading} error={error} />
      ) : data.plaatsingen.edges.length === 0 ? (
        <p>{pl.geen}</p>
      ) : (
        <>
          <ul className="result-list" aria-label={pl.titel}>
            {data.plaatsingen.edges.map(({ node }) => (
              <PlaatsingItem key={node.id} plaatsing={node} toonKandidaat={!kandidaatId} />
            ))}
          </ul>
          <MeerLaden
            connection={data.plaatsingen}
            onMore={(after) =>
              fetchMore({ variables: { after }, updateQuery: appendEdges<'plaatsingen', Plaatsing>('plaatsingen') })
            }
          />
        </>
      )}
    </section>
  );
}

function PlaatsingItem({ plaatsing, toonKandidaat }: { plaatsing: Plaatsing; toonKandidaat: boolean }) {
  const [meten, setMeten] = useState(false);
  const [melding, setMelding] = useState<string | null>(null);
  const titel = toonKandidaat ? t.kandidaten.kaart(plaatsing.kandidaat.code) : (plaatsing.werkgever?.naam ?? '');
  return (
    <li className="result">
      <h3>
        {toonKandidaat ? (
          <Link to={`/kandidaten/${plaatsing.kandidaat.id}`}>{titel}</Link>
        ) : plaatsing.werkgever ? (
          <Link to={`/werkgevers/${plaatsing.werkgever.id}`}>{titel}</Link>
        ) : (
          t.algemeen.onbekend
        )}
      </h3>
      <ul className="meta">
        <li>{t.keuzes.plaatsingType[plaatsing.type]}</li>
        <li>
          {pl.periode(formatDatum(plaatsing.startDatum), plaatsing.eindDatum ? formatDatum(plaatsing.eindDatum) : null)}
        </li>
        <li>{t.algemeen.uren(plaatsing.urenPerWeek, plaatsing.urenPerWeek)}</li>
      </ul>
      <dl className="details">
        <dt>{pl.na6}</dt>
        <dd>{meting(plaatsing.aanHetWerkNa6Maanden, plaatsing.gemeten6MaandenOp, formatDatum)}</dd>
        <dt>{pl.na12}</dt>
        <dd>{meting(plaatsing.aanHetWerkNa12Maanden, plaatsing.gemeten12MaandenOp, formatDatum)}</dd>
      </dl>
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      {meten ? (
        <DuurzaamheidForm
          plaatsing={plaatsing}
          titel={titel}
          onDone={(ok) => {
            setMeten(false);
            if (ok) setMelding(pl.metingVastgelegd);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={`${pl.metingVastleggen}: ${titel}`}
          onClick={() => {
            setMelding(null);
            setMeten(true);
          }}
        >
          {pl.metingVastleggen}
        </button>
      )}
    </li>
  );
}

function PlaatsingForm({ kandidaatId, onDone }: { kandidaatId: string; onDone: (ok: boolean) => void }) {
  const [values, setValues] = useState(LEGE_PLAATSING);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [maak, { loading }] = useMutation(MAAK_PLAATSING, {
    refetchQueries: ['Plaatsingen', 'Kandidaat'],
    awaitRefetchQueries: true,
  });
  const set = (key: keyof typeof values, value: string) => setValues((old) => ({ ...old, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { input, fields } = toPlaatsingInput(kandidaatId, values);
    setErrors({ fields, general: [] });
    if (!input) return;
    try {
      await maak({ variables: { input } });
      onDone(true);
    } catch (error) {
      setErrors(toFormErrors(error, PLAATSING_FIELDS));
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} labels={PLAATSING_LABELS} />
      <form className="form form-wide" noValidate onSubmit={submit} aria-label={pl.vastleggen}>
        <p>{pl.vastleggenIntro}</p>
        <WerkgeverKiezer
          name="werkgeverId"
          label={pl.werkgever}
          value={values.werkgeverId}
          onChange={(value) => set('werkgeverId', value)}
          error={errors.fields.werkgeverId}
        />
        <PlaatsingVelden values={values} set={set} errors={errors} />
        <OpslaanAnnuleren busy={loading} label={pl.vastleggen} onAnnuleren={() => onDone(false)} />
      </form>
    </>
  );
}

const METING_FIELDS = ['moment', 'aanHetWerk', 'peildatum'];

function DuurzaamheidForm({
  plaatsing,
  titel,
  onDone,
}: {
  plaatsing: Plaatsing;
  titel: string;
  onDone: (ok: boolean) => void;
}) {
  const [moment, setMoment] = useState<string>(plaatsing.gemeten6MaandenOp ? 'TWAALF_MAANDEN' : 'ZES_MAANDEN');
  const [aanHetWerk, setAanHetWerk] = useState('');
  const [peildatum, setPeildatum] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [registreer, { loading }] = useMutation(REGISTREER_DUURZAAMHEID);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!aanHetWerk) return setErrors({ fields: { aanHetWerk: pl.kiesAanHetWerk }, general: [] });
    setErrors(NO_ERRORS);
    try {
      await registreer({
        variables: {
          plaatsingId: plaatsing.id,
          moment: moment as DuurzaamheidMoment,
          aanHetWerk: aanHetWerk === 'ja',
          peildatum: peildatum || null,
        },
      });
      onDone(true);
    } catch (error) {
      setErrors(toFormErrors(error, METING_FIELDS));
    }
  }

  return (
    <>
      <ErrorSummary
        errors={errors}
        labels={{ moment: pl.moment, aanHetWerk: pl.aanHetWerkVraag, peildatum: pl.peildatum }}
      />
      <form className="form form-wide" noValidate onSubmit={submit} aria-label={`${pl.metingVastleggen}: ${titel}`}>
        <SelectField
          name="moment"
          label={pl.moment}
          value={moment}
          onChange={setMoment}
          options={MOMENTEN.map((value) => ({ value, label: pl.momenten[value] }))}
          error={errors.fields.moment}
        />
        <RadioGroup
          name="aanHetWerk"
          legend={pl.aanHetWerkVraag}
          value={aanHetWerk}
          onChange={setAanHetWerk}
          options={[
            { value: 'ja', label: t.algemeen.ja },
            { value: 'nee', label: t.algemeen.nee },
          ]}
          error={errors.fields.aanHetWerk}
        />
        <TextField
          name="peildatum"
          label={pl.peildatum}
          hint={pl.peildatumHint}
          type="date"
          value={peildatum}
          onChange={(event) => setPeildatum(event.target.value)}
          error={errors.fields.peildatum}
        />
        <OpslaanAnnuleren busy={loading} label={pl.metingVastleggen} onAnnuleren={() => onDone(false)} />
      </form>
    </>
  );
}
