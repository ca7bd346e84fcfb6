import { feitenVan, Paar, VacatureFeiten } from '../feiten';
import { opsomming } from '../labels';
import { besteOvereenkomst } from '../overeenkomst';
import type { ZachteFactor } from '../regels';

/** Required and preferred skills the candidate has (synonyms fully, same beroepsgroep partly). */
export const vaardighedenFactor: ZachteFactor<Paar<VacatureFeiten>> = {
  factor: 'VAARDIGHEDEN',
  fractie(p, w) {
    const { verplichtGewicht, gewenstGewicht, zelfdeBeroepsgroep } = w.vaardigheden;
    const { required, preferred } = p.doel;
    const totaal = required.length * verplichtGewicht + preferred.length * gewenstGewicht;
    if (totaal <= 0) return NaN;
    const { skills } = feitenVan(p);
    let som = 0;
    for (const s of required) som += besteOvereenkomst(skills, s, zelfdeBeroepsgroep) * verplichtGewicht;
    for (const s of preferred) som += besteOvereenkomst(skills, s, zelfdeBeroepsgroep) * gewenstGewicht;
    return som / totaal;
  },
  zin(p, w) {
    const { skills } = feitenVan(p);
    const heeft = (s: (typeof p.doel.required)[number]): boolean =>
      besteOvereenkomst(skills, s, w.vaardigheden.zelfdeBeroepsgroep) === 1;
    const v = p.doel.vacature;
    const delen: string[] = [];
    if (v.requiredSkills.length > 0) {
      const ja = v.requiredSkills.filter((_, i) => heeft(p.doel.required[i]));
      const nee = v.requiredSkills.filter((_, i) => !heeft(p.doel.required[i]));
      const aantal = `${ja.length === 0 ? 'geen' : ja.length} van ${v.requiredSkills.length} gevraagde vaardigheden`;
      delen.push(
        `Heeft ${aantal}` +
          (ja.length > 0 ? ` (${opsomming(ja)})` : '') +
          (nee.length > 0 ? `; mist ${opsomming(nee)}` : ''),
      );
    }
    if (v.preferredSkills.length > 0) {
      const ja = v.preferredSkills.filter((_, i) => heeft(p.doel.preferred[i]));
      const nee = v.preferredSkills.filter((_, i) => !heeft(p.doel.preferred[i]));
      const zin =
        ja.length > 0
          ? `heeft ${ja.length} van ${v.preferredSkills.length} gewenste (${opsomming(ja)})`
          : `mist gewenste ${opsomming(nee)}`;
      delen.push(delen.length > 0 ? zin : zin[0].toUpperCase() + zin.slice(1));
    }
    return delen.join('; ');
  },
};
