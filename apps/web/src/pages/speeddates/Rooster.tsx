import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { toFormErrors } from '../../api/errors';
import {
  LEG_UITKOMST_VAST,
  SPEEDDATE_ROOSTER,
  SPEEDDATE_TAFELPLAN,
  SPEEDDATE_TAFELS,
  type SpeeddateEvent,
  type SpeeddateGesprek,
  type SpeeddateUitkomst,
} from '../../api/speeddates';
import { SelectField, optionsOf } from '../../components/fields';
import { QueryState } from '../../components/QueryState';
import { Tabel } from '../../components/Tabel';
import { t } from '../../i18n/nl';
import { formatTijd } from '../../lib/tijd';
import { PerKandidaat } from './PerKandidaat';
import { perTafel, tafelplanRaster, type TafelGesprekken } from './rooster';

const s = t.speeddates;

/** The organiser's schedule: the table plan per round (printable), the meetings per table with outcomes, per candidate. */
export function Rooster({ event, onMelding }: { event: SpeeddateEvent; onMelding: (m: string) => void }) {
  const rooster = useQuery(SPEEDDATE_ROOSTER, { variables: { eventId: event.id } });
  const gesprekken = rooster.data?.speeddateRooster;
  return (
    <>
      <Tafelplan event={event} />
      <section className="section" aria-labelledby="sd-per-tafel">
        <h2 id="sd-per-tafel">{s.perTafelTitel}</h2>
        {!gesprekken ? (
          <QueryState loading={rooster.loading} error={rooster.error} />
        ) : (
          perTafel(gesprekken).map((tafel) => (
            <TafelRooster
              key={tafel.tafelId}
              tafel={tafel}
              uitkomst={(g) => <Uitkomst gesprek={g} afgerond={event.status === 'AFGEROND'} onMelding={onMelding} />}
            />
          ))
        )}
      </section>
      <PerKandidaat event={event} onMelding={onMelding} />
    </>
  );
}

function Tafelplan({ event }: { event: SpeeddateEvent }) {
  const plan = useQuery(SPEEDDATE_TAFELPLAN, { variables: { eventId: event.id } });
  const tafels = useQuery(SPEEDDATE_TAFELS, { variables: { eventId: event.id } });
  if (!plan.data || !tafels.data) {
    return <QueryState loading={plan.loading || tafels.loading} error={plan.error ?? tafels.error} />;
  }
  const { kolommen, rijen } = tafelplanRaster(plan.data.speeddateTafelplan, tafels.data.speeddateTafels);
  return (
    <section className="section" aria-labelledby="sd-tafelplan">
      <div className="section-header">
        <h2 id="sd-tafelplan">{s.tafelplanTitel}</h2>
        <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
          {s.afdrukken}
        </button>
      </div>
      <Tabel caption={s.tafelplanTitel}>
        <thead>
          <tr>
            <th scope="col">{s.ronde}</th>
            <th scope="col">{s.tijd}</th>
            {kolommen.map((k) => (
              <th scope="col" key={k.nummer}>
                {s.tafelKop(k.nummer, k.werkgeverNaam)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rijen.map((rij) => (
            <tr key={rij.ronde}>
              <th scope="row">{rij.ronde}</th>
              <td>{formatTijd(rij.start)}</td>
              {rij.codes.map((code, i) => (
                <td key={kolommen[i].nummer}>{code ?? s.vrij}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </Tabel>
    </section>
  );
}

/** One table's meetings by round; `uitkomst` adds the outcome column (organisers only). */
export function TafelRooster({
  tafel,
  uitkomst,
}: {
  tafel: TafelGesprekken;
  uitkomst?: (gesprek: SpeeddateGesprek) => ReactNode;
}) {
  const kop = s.tafelKop(tafel.tafelNummer, tafel.werkgeverNaam);
  return (
    <>
      <h3>{kop}</h3>
      <Tabel caption={kop} koppen={[s.ronde, s.tijd, s.kandidaat, ...(uitkomst ? [s.uitkomst] : [])]}>
        <tbody>
          {tafel.gesprekken.map((g) => (
            <tr key={g.id}>
              <td>{g.ronde}</td>
              <td>
                {formatTijd(g.start)}–{formatTijd(g.eind)}
              </td>
              <td>{g.kandidaatCode}</td>
              {uitkomst && <td>{uitkomst(g)}</td>}
            </tr>
          ))}
        </tbody>
      </Tabel>
    </>
  );
}

function Uitkomst({
  gesprek,
  afgerond,
  onMelding,
}: {
  gesprek: SpeeddateGesprek;
  afgerond: boolean;
  onMelding: (m: string) => void;
}) {
  const [keuze, setKeuze] = useState('');
  const [fout, setFout] = useState<string | undefined>();
  const [leg, { loading }] = useMutation(LEG_UITKOMST_VAST);
  if (gesprek.uitkomst) {
    return (
      <>
        {s.uitkomsten[gesprek.uitkomst]}
        {gesprek.voorstelId && ` (${s.voorstelGemaakt})`}
      </>
    );
  }
  if (!afgerond) return <>–</>;
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!keuze) return setFout(t.fouten.verplicht(s.uitkomst));
    setFout(undefined);
    try {
      await leg({ variables: { gesprekId: gesprek.id, uitkomst: keuze as SpeeddateUitkomst } });
      onMelding(s.vastgelegd(gesprek.kandidaatCode));
    } catch (error) {
      setFout(toFormErrors(error).general.join(' '));
    }
  }
  return (
    <form className="board__move no-print" noValidate onSubmit={submit}>
      <SelectField
        name={`uitkomst-${gesprek.id}`}
        label={s.uitkomstVan(gesprek.kandidaatCode, gesprek.ronde)}
        value={keuze}
        onChange={setKeuze}
        options={optionsOf(s.uitkomsten)}
        placeholder={t.algemeen.kiesEen}
        error={fout}
      />
      <button type="submit" className="button button--small button--secondary" disabled={loading}>
        {s.vastleggen}
      </button>
    </form>
  );
}
