import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { toFormErrors } from '../../api/errors';
import { KANDIDAAT_ROOSTER, MELD_NO_SHOW, SPEEDDATE_DEELNEMERS, type SpeeddateEvent } from '../../api/speeddates';
import { SelectField } from '../../components/fields';
import { QueryState } from '../../components/QueryState';
import { Tabel } from '../../components/Tabel';
import { t } from '../../i18n/nl';
import { formatTijd } from '../../lib/tijd';
import { rondeOpties } from './rooster';

const s = t.speeddates;

/**
 * One candidate's schedule, to hand over on paper or put in a calendar. Staff see the candidates the API gives
 * them (a werkcoach its own); organisers may report a no-show (`onMelding` set).
 */
export function PerKandidaat({ event, onMelding }: { event: SpeeddateEvent; onMelding?: (m: string) => void }) {
  const { data } = useQuery(SPEEDDATE_DEELNEMERS, { variables: { eventId: event.id } });
  const [deelnemerId, setDeelnemerId] = useState('');
  const deelnemers = data?.speeddateDeelnemers ?? [];
  const gekozen = deelnemers.find((d) => d.id === deelnemerId);
  return (
    <section className="section no-print" aria-labelledby="sd-per-kandidaat">
      <h2 id="sd-per-kandidaat">{s.perKandidaatTitel}</h2>
      <SelectField
        name="deelnemer"
        label={s.kiesKandidaat}
        value={deelnemerId}
        onChange={setDeelnemerId}
        options={deelnemers.map((d) => ({
          value: d.id,
          label: d.noShow ? `${d.kandidaatCode} (${s.nietGekomen})` : d.kandidaatCode,
        }))}
        placeholder={t.algemeen.kiesEen}
      />
      {gekozen && <KandidaatRooster event={event} kandidaatId={gekozen.kandidaatId} code={gekozen.kandidaatCode} />}
      {gekozen && onMelding && !gekozen.noShow && event.status === 'INGEPLAND' && (
        <NoShow
          key={gekozen.id}
          event={event}
          deelnemerId={gekozen.id}
          code={gekozen.kandidaatCode}
          onMelding={onMelding}
        />
      )}
    </section>
  );
}

function KandidaatRooster({ event, kandidaatId, code }: { event: SpeeddateEvent; kandidaatId: string; code: string }) {
  const { data, loading, error } = useQuery(KANDIDAAT_ROOSTER, { variables: { eventId: event.id, kandidaatId } });
  if (!data) return <QueryState loading={loading} error={error} />;
  const gesprekken = data.speeddateRooster;
  if (gesprekken.length === 0) return <p>{s.geenGesprekken}</p>;
  return (
    <>
      <Tabel caption={`${s.perKandidaatTitel}: ${code}`} koppen={[s.ronde, s.tijd, s.tafel, s.werkgever]}>
        <tbody>
          {gesprekken.map((g) => (
            <tr key={g.id}>
              <td>{g.ronde}</td>
              <td>
                {formatTijd(g.start)}–{formatTijd(g.eind)}
              </td>
              <td>{g.tafelNummer}</td>
              <td>{g.werkgeverNaam}</td>
            </tr>
          ))}
        </tbody>
      </Tabel>
      <div className="form-actions">
        <a
          className="button button--secondary"
          href={`data:text/html;charset=utf-8,${encodeURIComponent(data.speeddateRoosterHtml)}`}
          download={`speeddate-rooster-${code}.html`}
        >
          {s.roosterVoorKandidaat(code)}
        </a>
        <a
          className="button button--secondary"
          href={`data:text/calendar;charset=utf-8,${encodeURIComponent(data.speeddateRoosterIcs)}`}
          download={`speeddate-${code}.ics`}
        >
          {s.agendaVoorKandidaat(code)}
        </a>
      </div>
    </>
  );
}

function NoShow({
  event,
  deelnemerId,
  code,
  onMelding,
}: {
  event: SpeeddateEvent;
  deelnemerId: string;
  code: string;
  onMelding: (m: string) => void;
}) {
  const [vanaf, setVanaf] = useState('1');
  const [fout, setFout] = useState<string | undefined>();
  const [meld, { loading }] = useMutation(MELD_NO_SHOW, {
    refetchQueries: ['SpeeddatePlanningStatus', 'SpeeddateDeelnemers'],
    awaitRefetchQueries: true,
  });
  async function submit(e: FormEvent) {
    e.preventDefault();
    setFout(undefined);
    try {
      await meld({ variables: { deelnemerId, vanafRonde: Number(vanaf) } });
      onMelding(s.noShowGemeld(code));
    } catch (error) {
      setFout(toFormErrors(error).general.join(' '));
    }
  }
  return (
    <form className="form" noValidate onSubmit={submit} aria-label={s.noShow}>
      <h3>{s.noShow}</h3>
      <SelectField
        name="vanafRonde"
        label={s.noShowVanaf}
        value={vanaf}
        onChange={setVanaf}
        options={rondeOpties(event.rondes)}
        error={fout}
      />
      <button type="submit" className="button button--secondary" disabled={loading}>
        {s.noShowMelden}
      </button>
    </form>
  );
}
