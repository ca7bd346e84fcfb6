import type { Paar } from '../feiten';
import { opsomming, SBI_SECTIES } from '../labels';
import type { ZachteFactor } from '../regels';
import type { SbiSectie } from '../types';

const sectie = (s: SbiSectie): string => `${SBI_SECTIES[s]} (${s})`;

/** Whether the target's SBI section is among the candidate's sector wishes (no wishes: not applicable). */
export const sectorFactor: ZachteFactor<Paar> = {
  factor: 'SECTOR',
  fractie(p) {
    const { sectorWensen } = p.kandidaat;
    const { sector } = p.doel;
    if (sectorWensen.length === 0 || sector === undefined) return NaN;
    return sectorWensen.includes(sector) ? 1 : 0;
  },
  zin(p, _w, fractie) {
    const sector = p.doel.sector as SbiSectie;
    if (fractie === 1) return `Zoekt werk in ${sectie(sector)}, de sector van deze ${p.doel.onderwerp.toLowerCase()}`;
    const wensen = opsomming(p.kandidaat.sectorWensen.map(sectie), 'of');
    const zit = p.doel.soort === 'VACATURE' ? 'vacature valt in' : 'werkgever zit in';
    return `Zoekt werk in ${wensen}; ${zit} ${sectie(sector)}`;
  },
};
