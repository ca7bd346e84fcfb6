import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { SROI_RAPPORTAGE, SROI_RAPPORTAGE_CSV, type SroiPeriode, type SroiRapportage } from '../../api/sroi';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/fields';
import { QueryState } from '../../components/QueryState';
import { Tabel } from '../../components/Tabel';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { formatEuro } from '../../lib/geld';
import { GemeenteKeuze } from './GemeenteKeuze';
import { csvBestandsnaam } from './sroiForm';
import { BedragMetProcent, SroiStatusBadge } from './SroiVoortgang';

const s = t.sroi;
const FIELDS = ['gemeenteId', 'van', 'tot'];
const LABELS = { gemeenteId: s.gemeenteKop, van: s.van, tot: s.tot };

/** Staff: the SROI of one gemeente's tenders over a period, on screen and as a CSV file. */
export function SroiRapportageSectie() {
  const jaar = new Date().getFullYear();
  const [values, setValues] = useState<SroiPeriode>({ gemeenteId: '', van: `${jaar}-01-01`, tot: `${jaar}-12-31` });
  const [gevraagd, setGevraagd] = useState<SroiPeriode | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const rapportage = useQuery(SROI_RAPPORTAGE, { variables: gevraagd ?? values, skip: !gevraagd });
  const set = (key: keyof SroiPeriode, value: string) => setValues((old) => ({ ...old, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!values.gemeenteId) fields.gemeenteId = s.kiesGemeente;
    if (!values.van) fields.van = s.datumNodig;
    if (!values.tot) fields.tot = s.datumNodig;
    setErrors({ fields, general: [] });
    if (!Object.keys(fields).length) setGevraagd(values);
  }

  const apiErrors = rapportage.error ? toFormErrors(rapportage.error, FIELDS) : NO_ERRORS;
  const shown = Object.keys(errors.fields).length ? errors : apiErrors;
  return (
    <section className="section" aria-labelledby="sroi-rapportage">
      <h2 id="sroi-rapportage">{s.rapportage}</h2>
      <p>{s.rapportageIntro}</p>
      <ErrorSummary errors={shown} labels={LABELS} />
      <form className="form form-wide" noValidate onSubmit={submit} aria-label={s.rapportage}>
        <div className="form-row">
          <GemeenteKeuze
            value={values.gemeenteId}
            onChange={(value) => set('gemeenteId', value)}
            error={shown.fields.gemeenteId}
          />
          <TextField
            name="van"
            label={s.van}
            type="date"
            value={values.van}
            onChange={(event) => set('van', event.target.value)}
            error={shown.fields.van}
          />
          <TextField
            name="tot"
            label={s.tot}
            type="date"
            value={values.tot}
            onChange={(event) => set('tot', event.target.value)}
            error={shown.fields.tot}
          />
        </div>
        <button type="submit" className="button">
          {s.toon}
        </button>
      </form>
      {gevraagd && !rapportage.data && !rapportage.error && <QueryState loading={rapportage.loading} />}
      {gevraagd && rapportage.data && (
        <RapportageTabel rapportage={rapportage.data.sroiRapportage} periode={gevraagd} />
      )}
    </section>
  );
}

function RapportageTabel({ rapportage: r, periode }: { rapportage: SroiRapportage; periode: SroiPeriode }) {
  const titel = s.rapportageVan(r.gemeente, formatDatum(r.van), formatDatum(r.tot));
  return (
    <>
      <h3>{titel}</h3>
      <p>
        {s.standOp(formatDatum(r.peildatum))} {r.totaal.achter > 0 && s.achterAantal(r.totaal.achter)}
      </p>
      {r.regels.length === 0 ? (
        <p>{s.geenRegels}</p>
      ) : (
        <Tabel
          caption={titel}
          koppen={[
            s.werkgever,
            s.contractnaam,
            s.verplichting,
            s.gedaanInPeriode,
            s.gedaanTotEinde,
            s.prognose,
            s.statusKop,
          ]}
          regio
        >
          <tbody>
            {r.regels.map((regel) => (
              <tr key={regel.verplichtingId}>
                <td>{regel.werkgever}</td>
                <td>
                  <Link to={`/sroi/${regel.verplichtingId}`}>{regel.contractnaam}</Link>
                </td>
                <td>{formatEuro(regel.verplichting)}</td>
                <td>{formatEuro(regel.gerealiseerdInPeriode)}</td>
                <td>
                  <BedragMetProcent bedrag={regel.gerealiseerdTotEinde} procent={regel.voortgangPct} />
                </td>
                <td>{formatEuro(regel.prognose)}</td>
                <td>
                  <SroiStatusBadge status={regel.status} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {s.totaal}
              </th>
              <td>{formatEuro(r.totaal.verplichting)}</td>
              <td>{formatEuro(r.totaal.gerealiseerdInPeriode)}</td>
              <td>{formatEuro(r.totaal.gerealiseerdTotEinde)}</td>
              <td>{formatEuro(r.totaal.prognose)}</td>
              <td />
            </tr>
          </tfoot>
        </Tabel>
      )}
      <CsvDownload periode={periode} gemeente={r.gemeente} />
    </>
  );
}

/** The CSV comes as a GraphQL string (one auth path); the browser saves it as a file. */
function CsvDownload({ periode, gemeente }: { periode: SroiPeriode; gemeente: string }) {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [fout, setFout] = useState<string[]>([]);

  async function download() {
    setBusy(true);
    setFout([]);
    try {
      const { data } = await client.query({
        query: SROI_RAPPORTAGE_CSV,
        variables: periode,
        fetchPolicy: 'network-only',
      });
      if (!data) return;
      // The byte-order mark makes Excel read the file as UTF-8 (ë, €).
      const url = URL.createObjectURL(new Blob(['\ufeff', data.sroiRapportageCsv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = csvBestandsnaam(gemeente, periode.van, periode.tot);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setFout(toFormErrors(error).general);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="form-actions">
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void download()}>
        {busy ? s.bezigMetDownloaden : s.downloadCsv}
      </button>
      {fout.length > 0 && (
        <p className="field__error" role="alert">
          {fout.join(' ')}
        </p>
      )}
    </div>
  );
}
