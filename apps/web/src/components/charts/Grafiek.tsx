import { useId, type ReactNode } from 'react';
import { t } from '../../i18n/nl';

/** The numbers behind a chart: one row per point, the first cell names it. */
export interface GrafiekTabel {
  kolommen: readonly string[];
  rijen: readonly (readonly string[])[];
}

/**
 * A chart with what everyone needs to read it: a title, a summary in words, the picture (hidden from screen
 * readers: it holds nothing the summary and the table do not) and the same numbers as a table behind a toggle.
 */
export function Grafiek({
  titel,
  samenvatting,
  tabel,
  children,
}: {
  titel: string;
  samenvatting: string;
  tabel: GrafiekTabel;
  children: ReactNode;
}) {
  const titelId = `grafiek-${useId().replace(/:/g, '')}`;
  return (
    <figure className="grafiek" aria-labelledby={titelId}>
      <h2 id={titelId}>{titel}</h2>
      <p>{samenvatting}</p>
      <div className="grafiek__beeld" aria-hidden="true">
        {children}
      </div>
      <details className="grafiek__tabel">
        <summary>{t.grafiek.toonTabel}</summary>
        <div className="table-wrap">
          <table>
            <caption>{titel}</caption>
            <thead>
              <tr>
                {tabel.kolommen.map((kolom) => (
                  <th key={kolom} scope="col">
                    {kolom}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {tabel.rijen.map(([kop, ...cellen], i) => (
                <tr key={`${kop}-${i}`}>
                  <th scope="row">{kop}</th>
                  {cellen.map((cel, j) => (
                    <td key={j}>{cel}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
