import { BEROEPSGROEPEN } from '../../vocabulary';
import { feitenVan, Paar, VacatureFeiten } from '../feiten';
import { besteIndex, overeenkomst } from '../overeenkomst';
import type { ZachteFactor } from '../regels';

/** The candidate's job wishes against the vacancy's occupation: synonyms count fully, the beroepsgroep partly. */
export const beroepFactor: ZachteFactor<Paar<VacatureFeiten>> = {
  factor: 'BEROEP',
  fractie(p, w) {
    const { wensen } = feitenVan(p);
    if (wensen.length === 0) return w.onbekendFractie;
    const i = besteIndex(wensen, p.doel.beroep, w.beroep.zelfdeBeroepsgroep);
    return i < 0 ? 0 : overeenkomst(wensen[i], p.doel.beroep, w.beroep.zelfdeBeroepsgroep);
  },
  zin(p, w, fractie) {
    const titel = p.doel.vacature.occupation || p.doel.vacature.title;
    const wensen = p.kandidaat.beroepswensen;
    if (wensen.length === 0) return `Geen beroepswens opgegeven; vacature is ${titel}`;
    const kf = feitenVan(p);
    const i = besteIndex(kf.wensen, p.doel.beroep, w.beroep.zelfdeBeroepsgroep);
    if (i < 0 || fractie === 0) return `Zoekt werk als ${wensen.join(' of ')}; vacature is ${titel}`;
    if (fractie === 1) {
      return kf.wensen[i].sleutel === p.doel.beroep.sleutel
        ? `Zoekt werk als ${wensen[i]}, het beroep van deze vacature`
        : `Zoekt werk als ${wensen[i]}, hetzelfde beroep als ${titel}`;
    }
    const groep = p.doel.beroep.beroepsgroep ?? '';
    const label = BEROEPSGROEPEN[groep]?.label.toLowerCase() ?? groep;
    return `Zoekt werk als ${wensen[i]}; ${titel} valt in dezelfde beroepsgroep (${label})`;
  },
};
