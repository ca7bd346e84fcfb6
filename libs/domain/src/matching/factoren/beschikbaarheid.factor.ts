import { dagnummer } from '../dagen';
import type { Paar, VacatureFeiten } from '../feiten';
import { formatDag } from '../labels';
import type { ZachteFactor } from '../regels';

/** Days the candidate becomes available after the start date (within the grace period). */
export function dagenTeLaat(p: Paar<VacatureFeiten>): number {
  return dagnummer(p.kandidaat.beschikbaarVanaf) - p.doel.startDag;
}

/** Full points when available by the start date, less for each day of the grace period used. */
export const beschikbaarheidFactor: ZachteFactor<Paar<VacatureFeiten>> = {
  factor: 'BESCHIKBAARHEID',
  fractie(p, w) {
    const laat = dagenTeLaat(p);
    return laat <= 0 ? 1 : Math.max(0, 1 - laat / (w.beschikbaarheid.graceDagen + 1));
  },
  zin(p) {
    const vanaf = dagnummer(p.kandidaat.beschikbaarVanaf);
    const beschikbaar = vanaf <= p.doel.peildag ? 'Direct beschikbaar' : `Beschikbaar vanaf ${formatDag(vanaf)}`;
    const start = p.doel.vacature.startDatum
      ? `vacature start ${formatDag(p.doel.startDag)}`
      : 'vacature start per direct';
    const laat = dagenTeLaat(p);
    return laat > 0 ? `${beschikbaar}, ${laat} dagen na de start; ${start}` : `${beschikbaar}; ${start}`;
  },
};
