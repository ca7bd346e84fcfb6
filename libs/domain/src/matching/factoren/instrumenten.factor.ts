import type { Paar } from '../feiten';
import { INSTRUMENT_LABELS, opsomming } from '../labels';
import type { ZachteFactor } from '../regels';

/** Share of the candidate's instruments (LKS, no-riskpolis, …) the employer accepts. */
export const instrumentenFactor: ZachteFactor<Paar> = {
  factor: 'INSTRUMENTEN',
  fractie(p) {
    const eigen = p.kandidaat.instrumenten;
    if (eigen.length === 0) return NaN;
    let ja = 0;
    for (const i of eigen) if (p.doel.instrumenten.includes(i)) ja++;
    return ja / eigen.length;
  },
  zin(p) {
    const eigen = p.kandidaat.instrumenten;
    const ja = eigen.filter((i) => p.doel.instrumenten.includes(i)).map((i) => INSTRUMENT_LABELS[i]);
    const nee = eigen.filter((i) => !p.doel.instrumenten.includes(i)).map((i) => INSTRUMENT_LABELS[i]);
    if (ja.length === 0) return `Werkgever accepteert geen ${opsomming(nee, 'of')}`;
    return `Werkgever accepteert ${opsomming(ja)}` + (nee.length ? `; niet: ${opsomming(nee)}` : '');
  },
};
