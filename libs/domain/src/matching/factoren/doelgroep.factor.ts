import type { Paar } from '../feiten';
import { DOELGROEP_LABELS, opsomming } from '../labels';
import type { ZachteFactor } from '../regels';

/** Share of the candidate's doelgroepen the vacancy or employer is open to. */
export const doelgroepFactor: ZachteFactor<Paar> = {
  factor: 'DOELGROEP',
  fractie(p) {
    const eigen = p.kandidaat.doelgroepen;
    if (eigen.length === 0) return NaN;
    let ja = 0;
    for (const g of eigen) if (p.doel.doelgroepen.includes(g)) ja++;
    return ja / eigen.length;
  },
  zin(p) {
    const eigen = p.kandidaat.doelgroepen;
    const ja = eigen.filter((g) => p.doel.doelgroepen.includes(g)).map((g) => DOELGROEP_LABELS[g]);
    const nee = eigen.filter((g) => !p.doel.doelgroepen.includes(g)).map((g) => DOELGROEP_LABELS[g]);
    const wie = p.doel.onderwerp;
    if (ja.length === 0) return `${wie} staat niet open voor ${opsomming(nee)}`;
    return `${wie} staat open voor ${opsomming(ja)}` + (nee.length ? `; niet voor ${opsomming(nee)}` : '');
  },
};
