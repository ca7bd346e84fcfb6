import { naarSlot, SlotRij, VACATURE_TITELS } from './jobdate-slot.rows';
import { JobdateBoeking, JobdateBoekingStatus } from './jobdate.types';

export const BOEKING_SELECT = `SELECT b.id AS boeking_id, b.kandidaat_id, b.status AS boeking_status, b.verplaatst_naar, b.created_at AS geboekt_op,
  b.geboekt_door, k.code AS kandidaat_code, k.werkcoach_id,
  s.id, s.tenant_id, s.werkgever_id, w.naam AS werkgever_naam, s.start, s.eind, s.lengte_minuten, s.vorm, s.video_link, s.vacature_ids, ${VACATURE_TITELS}, s.status,
  (b.status = 'GEBOEKT') AS geboekt
  FROM jobdate_boeking b JOIN jobdate_slot s ON s.id = b.slot_id JOIN werkgever w ON w.id = s.werkgever_id
  JOIN kandidaat k ON k.id = b.kandidaat_id`;

export interface BoekingRij extends SlotRij {
  boeking_id: string;
  kandidaat_id: string;
  boeking_status: JobdateBoekingStatus;
  verplaatst_naar: string | null;
  geboekt_op: Date;
  geboekt_door: string;
  kandidaat_code: string;
  werkcoach_id: string;
}

export function naarBoeking(r: BoekingRij, staf: boolean): JobdateBoeking {
  return {
    id: r.boeking_id,
    slot: naarSlot(r),
    kandidaatId: staf ? r.kandidaat_id : null,
    kandidaatIdIntern: r.kandidaat_id,
    status: r.boeking_status,
    verplaatstNaar: r.verplaatst_naar,
    geboektOp: new Date(r.geboekt_op),
  };
}
