import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import {
  PSO_CODES,
  PSO_PERSONEELSBESTAND,
  PSO_POSITIE,
  STEL_PSO_PERSONEELSBESTAND_IN,
  VERWIJDER_PSO_INKOOP,
  VERWIJDER_PSO_MEDEWERKER,
  type PsoCode,
  type PsoPersoneelsbestand,
} from '../../api/pso';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxGroup, TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { QueryState } from '../../components/QueryState';
import { Tabel } from '../../components/Tabel';
import { t } from '../../i18n/nl';
import { formatDatum, formatDecimaal } from '../../lib/format';
import { formatEuro } from '../../lib/geld';
import { InkoopForm, MedewerkerForm } from './PsoForms';
import { PsoPositieSectie } from './PsoPositieSectie';
import { BESTAND_FIELDS, bestandInput, NA_PSO_WIJZIGING, wordtBerekend } from './psoForm';

const p = t.pso;

/**
 * The PSO of one werkgever: its position, and (when `bewerken`) its workforce, target-group employees and
 * purchases. Every change makes the API recompute the position in the background; the page asks again until
 * the position is newer than the change.
 */
export function PsoScherm({
  werkgeverId,
  bewerken,
  werkgever,
}: {
  werkgeverId: string;
  bewerken: boolean;
  werkgever: boolean;
}) {
  const bestand = useQuery(PSO_PERSONEELSBESTAND, { variables: { werkgeverId } });
  const positie = useQuery(PSO_POSITIE, { variables: { werkgeverId } });
  const berekenen = wordtBerekend(bestand.data?.psoPersoneelsbestand, positie.data?.psoPositie);
  const { startPolling, stopPolling } = positie;
  useEffect(() => {
    if (berekenen) startPolling(1000);
    else stopPolling();
    return stopPolling;
  }, [berekenen, startPolling, stopPolling]);

  if (!bestand.data || !positie.data) {
    return <QueryState loading={bestand.loading || positie.loading} error={bestand.error ?? positie.error} />;
  }
  const b = bestand.data.psoPersoneelsbestand;
  return (
    <>
      <PsoPositieSectie
        positie={positie.data.psoPositie}
        berekenen={berekenen}
        titel={werkgever ? p.positie : p.positieStaf}
        kandidatenLink={werkgever}
      />
      <BestandSectie
        werkgeverId={werkgeverId}
        bestand={b}
        bewerken={bewerken}
        titel={werkgever ? p.bestand : p.bestandStaf}
      />
      {b && <Onderdelen werkgeverId={werkgeverId} bestand={b} bewerken={bewerken} />}
    </>
  );
}

function BestandSectie({
  werkgeverId,
  bestand,
  bewerken,
  titel,
}: {
  werkgeverId: string;
  bestand: PsoPersoneelsbestand | null;
  bewerken: boolean;
  titel: string;
}) {
  const [totaalFte, setTotaalFte] = useState(
    bestand?.totaalFte ? formatDecimaal(bestand.totaalFte).replace(/,00$/, '') : '',
  );
  const [voldaan, setVoldaan] = useState<string[]>(
    bestand?.checklist.filter((c) => c.voldaan).map((c) => c.code) ?? [],
  );
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [opgeslagen, setOpgeslagen] = useState(false);
  const [stelIn, { loading }] = useMutation(STEL_PSO_PERSONEELSBESTAND_IN, {
    refetchQueries: NA_PSO_WIJZIGING,
    awaitRefetchQueries: true,
  });
  const checklist = bestand?.checklist ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOpgeslagen(false);
    const omgezet = bestandInput({ totaalFte, voldaan }, checklist);
    if (omgezet.fields) return setErrors({ fields: omgezet.fields, general: [] });
    setErrors(NO_ERRORS);
    try {
      await stelIn({ variables: { werkgeverId, input: omgezet.input } });
      setOpgeslagen(true);
    } catch (error) {
      setErrors(toFormErrors(error, BESTAND_FIELDS));
    }
  }

  return (
    <section className="section" aria-labelledby="pso-bestand">
      <h2 id="pso-bestand">{titel}</h2>
      <p>{p.bestandIntro}</p>
      {!bewerken ? (
        <dl className="details">
          <dt>{p.totaalFte}</dt>
          <dd>{bestand ? formatDecimaal(bestand.totaalFte) : t.algemeen.onbekend}</dd>
          {checklist.map((item) => (
            <ChecklistRegel key={item.code} omschrijving={item.omschrijving} voldaan={item.voldaan} />
          ))}
        </dl>
      ) : (
        <>
          <div aria-live="polite">{opgeslagen && <Notice>{p.opgeslagen}</Notice>}</div>
          <ErrorSummary errors={errors} labels={{ totaalFte: p.totaalFte, voldaan: p.checklist }} />
          <form className="form form-wide" noValidate onSubmit={submit} aria-label={titel}>
            <TextField
              name="totaalFte"
              label={p.totaalFte}
              hint={p.fteHint}
              inputMode="decimal"
              required
              value={totaalFte}
              onChange={(event) => setTotaalFte(event.target.value)}
              error={errors.fields.totaalFte}
            />
            {checklist.length > 0 && (
              <CheckboxGroup
                name="voldaan"
                legend={p.checklist}
                hint={p.checklistHint}
                options={checklist.map((item) => ({ value: item.code, label: item.omschrijving }))}
                value={voldaan}
                onChange={setVoldaan}
                error={errors.fields.voldaan}
              />
            )}
            <button type="submit" className="button" disabled={loading}>
              {loading ? t.algemeen.bezigMetOpslaan : p.bestandOpslaan}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

function ChecklistRegel({ omschrijving, voldaan }: { omschrijving: string; voldaan: boolean | null }) {
  return (
    <>
      <dt>{omschrijving}</dt>
      <dd>{voldaan ? t.algemeen.ja : voldaan === false ? t.algemeen.nee : t.algemeen.onbekend}</dd>
    </>
  );
}

function Onderdelen({
  werkgeverId,
  bestand,
  bewerken,
}: {
  werkgeverId: string;
  bestand: PsoPersoneelsbestand;
  bewerken: boolean;
}) {
  const codes = useQuery(PSO_CODES);
  const [melding, setMelding] = useState<string | null>(null);
  const [fout, setFout] = useState<string[]>([]);
  const [verwijderMedewerker, medewerkerBezig] = useMutation(VERWIJDER_PSO_MEDEWERKER, {
    refetchQueries: NA_PSO_WIJZIGING,
    awaitRefetchQueries: true,
  });
  const [verwijderInkoop, inkoopBezig] = useMutation(VERWIJDER_PSO_INKOOP, {
    refetchQueries: NA_PSO_WIJZIGING,
    awaitRefetchQueries: true,
  });
  const busy = medewerkerBezig.loading || inkoopBezig.loading;
  const uitgangsposities = codes.data?.psoCodes.uitgangsposities ?? [];
  const contractTypes = codes.data?.psoCodes.contractTypes ?? [];

  async function weg(actie: () => Promise<unknown>) {
    setFout([]);
    setMelding(null);
    try {
      await actie();
      setMelding(p.verwijderd);
    } catch (error) {
      setFout(toFormErrors(error).general);
    }
  }

  const verwijderKnop = (wat: string, actie: () => Promise<unknown>) => (
    <td>
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={busy}
        aria-label={p.verwijder(wat)}
        onClick={() => void weg(actie)}
      >
        {p.verwijderKnop}
      </button>
    </td>
  );

  return (
    <>
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      {fout.length > 0 && (
        <p className="field__error" role="alert">
          {fout.join(' ')}
        </p>
      )}
      <section className="section" aria-labelledby="pso-medewerkers">
        <h2 id="pso-medewerkers">{p.medewerkers}</h2>
        <p>{p.medewerkersIntro}</p>
        {bestand.medewerkers.length === 0 ? (
          <p>{p.geenMedewerkers}</p>
        ) : (
          <Tabel
            caption={p.medewerkers}
            koppen={[
              p.omschrijving,
              p.fte,
              p.uitgangspositie,
              p.contractType,
              p.instroomDatum,
              ...(bewerken ? [p.acties] : []),
            ]}
            regio
          >
            <tbody>
              {bestand.medewerkers.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.omschrijving}</th>
                  <td>{formatDecimaal(m.fte)}</td>
                  <td>{omschrijvingVan(uitgangsposities, m.uitgangspositie)}</td>
                  <td>{omschrijvingVan(contractTypes, m.contractType)}</td>
                  <td>{formatDatum(m.instroomDatum)}</td>
                  {bewerken && verwijderKnop(m.omschrijving, () => verwijderMedewerker({ variables: { id: m.id } }))}
                </tr>
              ))}
            </tbody>
          </Tabel>
        )}
        {bewerken && (
          <MedewerkerForm
            werkgeverId={werkgeverId}
            uitgangsposities={uitgangsposities}
            contractTypes={contractTypes}
            onSaved={setMelding}
          />
        )}
      </section>

      {bestand.plaatsingen.length > 0 && (
        <section className="section" aria-labelledby="pso-plaatsingen">
          <h2 id="pso-plaatsingen">{p.plaatsingen}</h2>
          <p>{p.plaatsingenIntro}</p>
          <ul className="result-list">
            {bestand.plaatsingen.map((pl) => (
              <li key={pl.plaatsingId} className="result">
                <ul className="meta">
                  <li>{t.keuzes.plaatsingType[pl.type as keyof typeof t.keuzes.plaatsingType] ?? pl.type}</li>
                  <li>{`${p.startDatum}: ${formatDatum(pl.startDatum)}`}</li>
                  <li>{`${p.fte}: ${formatDecimaal(pl.fte)}`}</li>
                  {pl.vervangenDoor && <li>{p.vervangen}</li>}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="section" aria-labelledby="pso-inkoop">
        <h2 id="pso-inkoop">{p.inkoop}</h2>
        <p>{p.inkoopIntro}</p>
        {bestand.inkopen.length === 0 ? (
          <p>{p.geenInkoop}</p>
        ) : (
          <Tabel
            caption={p.inkoop}
            koppen={[
              p.leverancier,
              p.leverancierType,
              p.factuurbedrag,
              p.jaaromzet,
              p.doelgroepFte,
              ...(bewerken ? [p.acties] : []),
            ]}
            regio
          >
            <tbody>
              {bestand.inkopen.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{i.leverancier}</th>
                  <td>{p.leverancierTypen[i.leverancierType] ?? i.leverancierType}</td>
                  <td>{formatEuro(i.factuurbedrag)}</td>
                  <td>{formatEuro(i.leverancierJaaromzet)}</td>
                  <td>{formatDecimaal(i.leverancierDoelgroepFte)}</td>
                  {bewerken && verwijderKnop(i.leverancier, () => verwijderInkoop({ variables: { id: i.id } }))}
                </tr>
              ))}
            </tbody>
          </Tabel>
        )}
        {bewerken && <InkoopForm werkgeverId={werkgeverId} onSaved={setMelding} />}
      </section>
    </>
  );
}

function omschrijvingVan(codes: PsoCode[], code: string): string {
  return codes.find((c) => c.code === code)?.omschrijving ?? code;
}
