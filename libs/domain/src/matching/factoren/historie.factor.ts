import { Beroepsgroep, BEROEPSGROEPEN } from '../../vocabulary';
import { feitenVan, Paar } from '../feiten';
import type { ZachteFactor } from '../regels';

/**
 * Past placements at this employer in the relevant beroepsgroep (the vacancy's, or for an employer
 * without a vacancy the best of the candidate's wishes); "geen plek" reactions count against an
 * employer without a vacancy.
 */
export const historieFactor: ZachteFactor<Paar> = {
  factor: 'HISTORIE',
  fractie(p, w) {
    const h = historie(p);
    if (!h) return NaN;
    const vol = w.historie.plaatsingenVoorVol > 0 ? Math.min(1, h.plaatsingen / w.historie.plaatsingenVoorVol) : 1;
    return Math.max(0, vol - h.geenPlek * w.historie.aftrekPerGeenPlek);
  },
  zin(p) {
    const h = historie(p) as Historie;
    const label = BEROEPSGROEPEN[h.groep]?.label.toLowerCase() ?? h.groep;
    const basis =
      h.plaatsingen > 0
        ? `Werkgever plaatste eerder ${h.plaatsingen} ${h.plaatsingen === 1 ? 'kandidaat' : 'kandidaten'} in ${label}`
        : `Nog geen plaatsingen in ${label} bij deze werkgever`;
    return h.geenPlek > 0 ? `${basis}; meldde ${h.geenPlek}× geen plek` : basis;
  },
};

interface Historie {
  readonly groep: Beroepsgroep;
  readonly plaatsingen: number;
  readonly geenPlek: number;
}

function historie(p: Paar): Historie | undefined {
  const wg = p.doel.werkgever;
  if (!wg) return undefined;
  const per = wg.history.plaatsingenPerBeroepsgroep;
  const groepen =
    p.doel.soort === 'VACATURE' && p.doel.beroep.beroepsgroep
      ? [p.doel.beroep.beroepsgroep]
      : feitenVan(p).beroepsgroepen;
  if (groepen.length === 0) return undefined;
  let groep = groepen[0];
  for (const g of groepen) if ((per[g] ?? 0) > (per[groep] ?? 0)) groep = g;
  let geenPlek = 0;
  if (p.doel.soort === 'WERKGEVER') for (const r of wg.history.reacties) if (r.reden === 'GEEN_PLEK') geenPlek++;
  return { groep, plaatsingen: per[groep] ?? 0, geenPlek };
}
