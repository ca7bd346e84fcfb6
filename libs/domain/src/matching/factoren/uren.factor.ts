import type { Paar, VacatureFeiten } from '../feiten';
import { formatUren } from '../labels';
import type { ZachteFactor } from '../regels';

/** Full points when the candidate's hours range meets the vacancy's; 0 at `tolerantieUren` apart. */
export const urenFactor: ZachteFactor<Paar<VacatureFeiten>> = {
  factor: 'UREN',
  fractie(p, w) {
    const k = p.kandidaat;
    const v = p.doel.vacature;
    const gat = Math.max(k.urenMin, v.urenMin) - Math.min(k.urenMax, v.urenMax);
    if (gat <= 0) return 1;
    return w.uren.tolerantieUren > 0 ? Math.max(0, 1 - gat / w.uren.tolerantieUren) : 0;
  },
  zin(p) {
    const k = p.kandidaat;
    const v = p.doel.vacature;
    return `Zoekt ${formatUren(k.urenMin, k.urenMax)}, vacature ${formatUren(v.urenMin, v.urenMax)}`;
  },
};
