import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { PsoPositie, PsoUitkomst } from '../../api/pso';
import { TabelRegio } from '../../components/TabelRegio';
import { t } from '../../i18n/nl';
import { formatDatum, formatDecimaal } from '../../lib/format';

const p = t.pso;

/** The position as last computed: trede, score, the gap to the next trede in words, and the norms as a table. */
export function PsoPositieSectie({
  positie,
  berekenen,
  titel,
  kandidatenLink,
}: {
  positie: PsoPositie | null;
  berekenen: boolean;
  titel: string;
  kandidatenLink: boolean;
}) {
  return (
    <section className="section" aria-labelledby="pso-positie">
      <h2 id="pso-positie">{titel}</h2>
      <div aria-live="polite">{berekenen && <p className="notice">{p.wordtBerekend}</p>}</div>
      {!positie ? (
        !berekenen && <p>{p.geenPositie}</p>
      ) : positie.fout || !positie.uitkomst ? (
        <p className="field__error">{p.fout(positie.fout ?? '')}</p>
      ) : (
        <Uitkomst uitkomst={positie.uitkomst} berekendOp={positie.berekendOp} kandidatenLink={kandidatenLink} />
      )}
    </section>
  );
}

function Uitkomst({
  uitkomst: u,
  berekendOp,
  kandidatenLink,
}: {
  uitkomst: PsoUitkomst;
  berekendOp: string;
  kandidatenLink: boolean;
}) {
  const tekstId = `pso-voortgang-${useId().replace(/:/g, '')}`;
  const gap = u.volgendeTrede;
  const norm = gap ? Number(gap.normPct) : 0;
  return (
    <>
      <p className="count">{u.trede ? t.keuzes.psoTrede[u.trede] : p.geenTrede}</p>
      <p>{p.scoreTekst(formatDecimaal(u.scorePct))}</p>
      <p>{p.directIndirect(formatDecimaal(u.directPct), formatDecimaal(u.indirectPct))}</p>
      {u.dertigPlus && <p>{p.dertigPlus}</p>}
      {gap ? (
        <div className="progress">
          <progress max={norm || 1} value={Math.min(Number(u.scorePct), norm)} aria-labelledby={tekstId} />
          <p id={tekstId}>{p.naarVolgende(gap.trede, formatDecimaal(gap.normPct))}</p>
          <p>
            {p.gap(gap.trede, formatDecimaal(gap.normPct), formatDecimaal(gap.fte))}{' '}
            {gap.kandidaten !== null &&
              u.kandidaatUrenPerWeek &&
              p.gapKandidaten(gap.kandidaten, formatDecimaal(u.kandidaatUrenPerWeek, 0))}
          </p>
          {kandidatenLink && (
            <p>
              <Link to="/kandidaten">{p.kandidatenLink}</Link>
            </p>
          )}
        </div>
      ) : (
        <p>{p.hoogsteTrede}</p>
      )}
      <TabelRegio label={p.normen}>
        <table>
          <caption>{p.normen}</caption>
          <thead>
            <tr>
              <th scope="col">{p.trede}</th>
              <th scope="col">{p.norm}</th>
            </tr>
          </thead>
          <tbody>
            {[u.normen.trede1Pct, u.normen.trede2Pct, u.normen.trede3Pct].map((pct, i) => (
              <tr key={i}>
                <th scope="row">{t.keuzes.psoTrede[`TREDE_${i + 1}` as 'TREDE_1']}</th>
                <td>{formatDecimaal(pct)} %</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{p.uwScore}</th>
              <td>{formatDecimaal(u.scorePct)} %</td>
            </tr>
          </tbody>
        </table>
      </TabelRegio>
      {u.geschat && <p className="field__hint">{p.geschat}</p>}
      {u.medewerkers.length > 0 && (
        <TabelRegio label={p.telling}>
          <table>
            <caption>{p.telling}</caption>
            <thead>
              <tr>
                <th scope="col">{p.omschrijving}</th>
                <th scope="col">{p.bronKop}</th>
                <th scope="col">{p.gewogen}</th>
              </tr>
            </thead>
            <tbody>
              {u.medewerkers.map((m, i) => (
                <tr key={i}>
                  <th scope="row">{m.omschrijving}</th>
                  <td>{p.bron[m.bron] ?? m.bron}</td>
                  <td>{m.telt ? formatDecimaal(m.gewogenFte) : p.teltNiet(m.reden)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabelRegio>
      )}
      <p className="field__hint">{p.berekendOp(formatDatum(berekendOp))}</p>
    </>
  );
}
