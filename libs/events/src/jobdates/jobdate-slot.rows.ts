import { JobdateSlot, JobdateSlotStatus, JobdateVorm } from './jobdate.types';

export const SLOT_SELECT = `SELECT s.id, s.tenant_id, s.werkgever_id, w.naam AS werkgever_naam, s.start, s.eind, s.lengte_minuten, s.vorm,
  s.video_link, s.vacature_ids, s.status,
  EXISTS (SELECT 1 FROM jobdate_boeking b WHERE b.slot_id = s.id AND b.status = 'GEBOEKT') AS geboekt
  FROM jobdate_slot s JOIN werkgever w ON w.id = s.werkgever_id`;

export interface SlotRij {
  id: string;
  tenant_id: string;
  werkgever_id: string;
  werkgever_naam: string;
  start: Date;
  eind: Date;
  lengte_minuten: number;
  vorm: JobdateVorm;
  video_link: string | null;
  vacature_ids: string[];
  status: JobdateSlotStatus;
  geboekt: boolean;
}

export function naarSlot(r: SlotRij): JobdateSlot {
  return {
    id: r.id,
    werkgeverId: r.werkgever_id,
    werkgeverNaam: r.werkgever_naam,
    start: new Date(r.start),
    eind: new Date(r.eind),
    lengteMinuten: r.lengte_minuten,
    vorm: r.vorm,
    videoLink: r.video_link,
    vacatureIds: r.vacature_ids ?? [],
    status: r.status,
    geboekt: r.geboekt,
  };
}
