import type { ReactNode } from 'react';
import { TabelRegio } from './TabelRegio';

/**
 * A table that may scroll sideways on a phone, named by a caption for screen readers only; with `regio`, inside a
 * focusable, named region (see TabelRegio). With `koppen`, a header row of those column headings; `children` are
 * the rest (a tbody, or a thead of its own).
 */
export function Tabel({
  caption,
  koppen,
  regio = false,
  children,
}: {
  caption: string;
  koppen?: string[];
  regio?: boolean;
  children: ReactNode;
}) {
  const tabel = (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      {koppen && (
        <thead>
          <tr>
            {koppen.map((kop) => (
              <th scope="col" key={kop}>
                {kop}
              </th>
            ))}
          </tr>
        </thead>
      )}
      {children}
    </table>
  );
  return regio ? <TabelRegio label={caption}>{tabel}</TabelRegio> : <div className="table-wrap">{tabel}</div>;
}
