import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, isStaff, Rol, werkgeverScope } from '@matchpunt/common';
import { VacatureService } from '@matchpunt/vacatures';
import { WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid, vereisUuid } from '../shared/db';
import { MINUUT_MS } from '../shared/tijd';
import { naarSlot, SLOT_SELECT, SlotRij } from './jobdate-slot.rows';
import { JobdateSlot, JobdateSlotFilter, JobdateVorm, PubliceerJobdateSlotInput } from './jobdate.types';

const MAX_VOORUIT_MS = 366 * 24 * 3600_000;

/** Slots: a werkgever publishes its own; ACCOUNTMANAGER/ADMIN publish for any werkgever of the tenant. */
@Injectable()
export class JobdateSlotService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly werkgevers: WerkgeverService,
    private readonly vacatures: VacatureService,
  ) {}

  async publiceer(actor: Actor, input: PubliceerJobdateSlotInput): Promise<JobdateSlot> {
    const werkgeverId = actor.rol === Rol.WERKGEVER ? actor.werkgeverId! : input.werkgeverId;
    if (!werkgeverId) throw AppError.badInput('Kies de werkgever van dit slot.', 'werkgeverId');
    const start = new Date(input.start);
    if (Number.isNaN(start.getTime())) throw AppError.badInput('Ongeldig starttijdstip.', 'start');
    if (start.getTime() <= Date.now()) throw AppError.badInput('Een slot kan niet in het verleden liggen.', 'start');
    if (start.getTime() > Date.now() + MAX_VOORUIT_MS) throw AppError.badInput('Een slot ligt hoogstens een jaar vooruit.', 'start');
    if (!Number.isInteger(input.lengteMinuten) || input.lengteMinuten < 5 || input.lengteMinuten > 240) {
      throw AppError.badInput('Lengte: 5 tot en met 240 minuten.', 'lengteMinuten');
    }
    const videoLink = input.videoLink?.trim() || null;
    if (input.vorm === JobdateVorm.VIDEO && !videoLink) throw AppError.badInput('Een videogesprek heeft een videolink nodig.', 'videoLink');
    if (videoLink && (!/^https:\/\/\S+$/.test(videoLink) || videoLink.length > 500)) throw AppError.badInput('De videolink moet een https-link zijn.', 'videoLink');
    const eind = new Date(start.getTime() + input.lengteMinuten * MINUUT_MS);
    const vacatureIds = [...new Set(input.vacatureIds ?? [])];

    return this.dataSource.transaction(async (m) => {
      await this.werkgevers.getForActor(actor, werkgeverId, m, true);
      for (const id of vacatureIds) {
        const vacature = await this.vacatures.getForActor(actor, id, m);
        if (vacature.werkgeverId !== werkgeverId) throw AppError.badInput('Deze vacature is van een andere werkgever.', 'vacatureIds');
      }
      const [overlap] = await m.query(
        `SELECT id, start FROM jobdate_slot WHERE tenant_id = $1 AND werkgever_id = $2 AND status = 'OPEN' AND start < $4 AND eind > $3 LIMIT 1`,
        [actor.tenantId, werkgeverId, start, eind],
      );
      if (overlap) throw AppError.badInput('Dit slot overlapt met een ander slot van deze werkgever.', 'start');
      const [{ id }] = await m.query(
        `INSERT INTO jobdate_slot (tenant_id, werkgever_id, start, eind, lengte_minuten, vorm, video_link, vacature_ids, aangemaakt_door)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $9) RETURNING id`,
        [actor.tenantId, werkgeverId, start, eind, input.lengteMinuten, input.vorm, videoLink, vacatureIds, actor.userId],
      );
      return this.get(actor, id, m);
    });
  }

  async get(actor: Actor, id: string, m: EntityManager = this.dataSource.manager, lock = false): Promise<JobdateSlot> {
    vereisUuid(id, 'Jobdate-slot');
    const scope = werkgeverScope(actor);
    const [rij]: SlotRij[] = await m.query(
      `${SLOT_SELECT} WHERE s.tenant_id = $1 AND s.id = $2 AND ($3::uuid IS NULL OR s.werkgever_id = $3)${lock ? ' FOR UPDATE OF s' : ''}`,
      [actor.tenantId, id, scope],
    );
    if (!rij) throw AppError.notFound('Jobdate-slot', id);
    return naarSlot(rij);
  }

  /** Staff see every slot of the tenant; a werkgever only its own. */
  async lijst(actor: Actor, filter: JobdateSlotFilter = {}): Promise<JobdateSlot[]> {
    const scope = werkgeverScope(actor) ?? (filter.werkgeverId && isUuid(filter.werkgeverId) ? filter.werkgeverId : null);
    if (filter.werkgeverId && !isUuid(filter.werkgeverId)) return [];
    const rows: SlotRij[] = await this.dataSource.query(
      `${SLOT_SELECT} WHERE s.tenant_id = $1 AND ($2::uuid IS NULL OR s.werkgever_id = $2)
       AND (NOT $3 OR (s.status = 'OPEN' AND s.start > now() AND NOT EXISTS (SELECT 1 FROM jobdate_boeking b WHERE b.slot_id = s.id AND b.status = 'GEBOEKT')))
       ORDER BY s.start, s.id LIMIT 500`,
      [actor.tenantId, scope, Boolean(filter.alleenVrij)],
    );
    return rows.map(naarSlot);
  }

  /** Withdraws an unbooked slot (a booked one is cancelled through its booking first). */
  async trekIn(actor: Actor, id: string): Promise<JobdateSlot> {
    if (!isStaff(actor) && actor.rol !== Rol.WERKGEVER) throw AppError.forbidden();
    return this.dataSource.transaction(async (m) => {
      const slot = await this.get(actor, id, m, true);
      if (slot.geboekt) throw AppError.conflict('Dit slot is geboekt; annuleer eerst de boeking.', 'slotId');
      await m.query(`UPDATE jobdate_slot SET status = 'GEANNULEERD' WHERE id = $1`, [id]);
      return this.get(actor, id, m);
    });
  }
}
