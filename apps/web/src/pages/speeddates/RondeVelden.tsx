import { useState } from 'react';
import { SelectField } from '../../components/fields';
import { t } from '../../i18n/nl';
import { rondeOpties } from './rooster';

const s = t.speeddates;

export interface RondeKeuze {
  van: string;
  tot: string;
  setVan: (van: string) => void;
  setTot: (tot: string) => void;
  rondes: number;
}

/** From which to which round someone takes part; at first the whole event. */
export function useRondeKeuze(rondes: number): RondeKeuze {
  const [van, setVan] = useState('1');
  const [tot, setTot] = useState(String(rondes));
  return { van, tot, setVan, setTot, rondes };
}

/** The `vanRonde`/`totRonde` of a mutation input. */
export function rondeInput({ van, tot }: RondeKeuze): { vanRonde: number; totRonde: number } {
  return { vanRonde: Number(van), totRonde: Number(tot) };
}

/** The client-side check: the error for `totRonde`, or undefined. */
export function rondeFout({ van, tot }: RondeKeuze): string | undefined {
  return Number(van) > Number(tot) ? s.fout.rondes : undefined;
}

/** The two round fields side by side. */
export function RondeVelden({
  keuze,
  errors,
}: {
  keuze: RondeKeuze;
  errors: { vanRonde?: string; totRonde?: string };
}) {
  const opties = rondeOpties(keuze.rondes);
  return (
    <div className="form-row">
      <SelectField
        name="vanRonde"
        label={s.vanRonde}
        value={keuze.van}
        onChange={keuze.setVan}
        options={opties}
        error={errors.vanRonde}
      />
      <SelectField
        name="totRonde"
        label={s.totRonde}
        value={keuze.tot}
        onChange={keuze.setTot}
        options={opties}
        error={errors.totRonde}
      />
    </div>
  );
}
