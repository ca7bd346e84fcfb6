import type { Paar } from '../feiten';
import { formatKm, VERVOER_LABELS } from '../labels';
import type { ZachteFactor } from '../regels';

/** Full points up to `volledigTotKm`, falling linearly to 0 at the candidate's reisbereidheid. */
export const afstandFactor: ZachteFactor<Paar> = {
  factor: 'AFSTAND',
  fractie(p, w) {
    const { volledigTotKm } = w.afstand;
    const bereik = p.kandidaat.reisbereidheidKm - volledigTotKm;
    if (p.afstandKm <= volledigTotKm) return 1;
    if (bereik <= 0) return 0;
    return Math.max(0, 1 - (p.afstandKm - volledigTotKm) / bereik);
  },
  zin(p) {
    const k = p.kandidaat;
    const vervoer = k.vervoer.length ? ` (${k.vervoer.map((v) => VERVOER_LABELS[v]).join(', ')})` : '';
    return `Woont ${afstandTekst(p)}; reist tot ${formatKm(k.reisbereidheidKm)}${vervoer}`;
  },
};

/** "8 km van de vestiging in Tiel" */
export function afstandTekst(p: Paar): string {
  return `${formatKm(p.afstandKm)} van de vestiging in ${p.plaats}`;
}
