import { formatDecimaal } from '../../lib/format';
import { labelInterval, schaalMax, schaalStappen } from './schaal';

export interface Kolom {
  /** A short label for the axis ("jan '26"). */
  label: string;
  waarde: number;
}

const BREED = 480;
const HOOG = 220;
const LINKS = 34;
const RECHTS = 6;
const BOVEN = 16;
const ONDER = 24;
/** At most this many labels on the time axis, so they stay apart on a phone. */
const LABELS = 6;

/** Columns over time (an SVG that scales with its box), with gridlines and a value over each column when they fit. */
export function Kolommen({ kolommen }: { kolommen: readonly Kolom[] }) {
  const max = schaalMax(Math.max(0, ...kolommen.map((kolom) => kolom.waarde)));
  const hoogte = HOOG - BOVEN - ONDER;
  const breedte = (BREED - LINKS - RECHTS) / Math.max(1, kolommen.length);
  const y = (waarde: number) => BOVEN + hoogte - (waarde / max) * hoogte;
  const elke = labelInterval(kolommen.length, LABELS);
  const waardenTonen = kolommen.length <= 12;
  return (
    <svg className="kolommen" viewBox={`0 0 ${BREED} ${HOOG}`} focusable="false">
      {schaalStappen(max).map((stap) => (
        <g key={stap}>
          <line className="kolommen__lijn" x1={LINKS} x2={BREED - RECHTS} y1={y(stap)} y2={y(stap)} />
          <text className="kolommen__as" x={LINKS - 6} y={y(stap)} textAnchor="end" dominantBaseline="middle">
            {formatDecimaal(String(stap), Number.isInteger(stap) ? 0 : 1)}
          </text>
        </g>
      ))}
      {kolommen.map((kolom, i) => {
        const x = LINKS + i * breedte;
        return (
          <g key={`${kolom.label}-${i}`}>
            <rect
              className="kolommen__kolom"
              x={x + breedte * 0.15}
              width={breedte * 0.7}
              y={y(kolom.waarde)}
              height={y(0) - y(kolom.waarde)}
            />
            {waardenTonen && kolom.waarde > 0 && (
              <text className="kolommen__waarde" x={x + breedte / 2} y={y(kolom.waarde) - 4} textAnchor="middle">
                {kolom.waarde}
              </text>
            )}
            {i % elke === 0 && (
              <text className="kolommen__as" x={x + breedte / 2} y={HOOG - 6} textAnchor="middle">
                {kolom.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
