import { aandeel, schaalMax } from './schaal';

export interface Staaf {
  label: string;
  waarde: number;
  /** The value as people read it ("12", "75,0 %", "€ 1.200"). */
  tekst: string;
}

/**
 * Horizontal bars with their label and value in text (so they stay readable on a phone). As a funnel the
 * bars are centred. `max` fixes the axis (e.g. 100 for percentages); otherwise it follows the data.
 */
export function Staven({
  staven,
  max,
  trechter = false,
}: {
  staven: readonly Staaf[];
  max?: number;
  trechter?: boolean;
}) {
  const top = max ?? schaalMax(Math.max(0, ...staven.map((staaf) => staaf.waarde)));
  return (
    <div className={trechter ? 'staven staven--trechter' : 'staven'}>
      {staven.map((staaf, i) => (
        <div key={`${staaf.label}-${i}`} className="staven__rij">
          <span className="staven__label">{staaf.label}</span>
          <span className="staven__baan">
            <span className="staven__staaf" style={{ width: `${aandeel(staaf.waarde, top)}%` }} />
          </span>
          <span className="staven__waarde">{staaf.tekst}</span>
        </div>
      ))}
    </div>
  );
}
