import { JobdateSlot, JobdateSlotStatus, JobdateVorm } from './jobdate.types';

/** The titles of the slot's vacatures (read with the slot, so a list of slots is one query). */
export const VACATURE_TITELS = `ARRAY(SELECT v.titel FROM vacature v WHERE v.tenant_id = s.tenant_id AND v.id = ANY(s.vacature_ids) ORDER BY v.titel) AS vacature_titels`;

export const SLOT_SELECT = `SELECT s.id, s.tenant_id, s.werkgever_id, w.naam AS werkgever_naam, s.start, s.eind, s.lengte_minuten, s.vorm,
  s.video_link, s.vacature_ids, ${VACATURE_TITELS}, s.status,
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
  vacature_titels: string[];
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
    vacatureTitels: r.vacature_titels ?? [],
    status: r.status,
    geboekt: r.geboekt,
  };
}
