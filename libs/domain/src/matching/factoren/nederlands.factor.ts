import { taalIndex } from '../dagen';
import type { Paar, VacatureFeiten } from '../feiten';
import { formatTaalniveau } from '../labels';
import type { ZachteFactor } from '../regels';

/** The candidate's Dutch level against the vacancy's minimum: each level short costs `aftrekPerNiveau`. */
export const nederlandsFactor: ZachteFactor<Paar<VacatureFeiten>> = {
  factor: 'NEDERLANDS',
  fractie(p, w) {
    const min = p.doel.vacature.nederlandsNiveauMin;
    if (min === undefined) return NaN;
    const niveau = p.kandidaat.nederlandsNiveau;
    if (niveau === undefined) return w.onbekendFractie;
    const tekort = taalIndex(min) - taalIndex(niveau);
    return tekort <= 0 ? 1 : Math.max(0, 1 - tekort * w.nederlands.aftrekPerNiveau);
  },
  zin(p) {
    return taalZin(p);
  },
};

/** "Spreekt Nederlands op B1; vacature vraagt minimaal A2" */
export function taalZin(p: Paar<VacatureFeiten>): string {
  const min = p.doel.vacature.nederlandsNiveauMin;
  const niveau = p.kandidaat.nederlandsNiveau;
  const vraag = min ? `; vacature vraagt minimaal ${formatTaalniveau(min)}` : '';
  return niveau
    ? `Spreekt Nederlands op ${formatTaalniveau(niveau)}${vraag}`
    : `Taalniveau Nederlands onbekend${vraag}`;
}
