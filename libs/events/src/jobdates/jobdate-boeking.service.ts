import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, isStaff, JobOutbox, Rol } from '@matchpunt/common';
import { KandidaatService } from '@matchpunt/kandidaten';
import { DataSource, EntityManager } from 'typeorm';
import { isUniekFout, isUuid, vereisUuid } from '../shared/db';
import { BOEKING_SELECT, BoekingRij, naarBoeking } from './jobdate-boeking.rows';
import { JobdateHerinneringen } from './jobdate-herinnering';
import { JobdateMails } from './jobdate.mails';
import { JobdateSlotService } from './jobdate-slot.service';
import { JobdateBoeking, JobdateSlot, JobdateSlotStatus } from './jobdate.types';

const BOEKERS: readonly Rol[] = [Rol.WERKCOACH, Rol.ADMIN];

/**
 * Bookings: a WERKCOACH books for a candidate it coaches (ADMIN for any). At most one active booking per slot,
 * also under concurrency: the partial unique index `jobdate_boeking_actief` decides, a loser gets CONFLICT.
 */
@Injectable()
export class JobdateBoekingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly slots: JobdateSlotService,
    private readonly kandidaten: KandidaatService,
    private readonly herinneringen: JobdateHerinneringen,
    private readonly mails: JobdateMails,
    private readonly outbox: JobOutbox,
  ) {}

  async boek(actor: Actor, slotId: string, kandidaatId: string): Promise<JobdateBoeking> {
    const boeking = await this.dataSource.transaction(async (m) => {
      await this.vereisEigenKandidaat(m, actor, kandidaatId);
      const slot = await this.slots.get(actor, slotId, m);
      const id = await this.maakBoeking(m, actor, slot, kandidaatId);
      const b = await this.rij(m, actor, id);
      await this.herinneringen.plan(m, actor.tenantId, id, slot.start);
      await this.mails.stuur(m, b, 'bevestiging');
      return naarBoeking(b, true);
    });
    this.outbox.flushSoon();
    return boeking;
  }

  async annuleer(actor: Actor, boekingId: string, reden?: string): Promise<JobdateBoeking> {
    const boeking = await this.dataSource.transaction(async (m) => {
      const b = await this.actieveBoeking(m, actor, boekingId, true);
      await m.query(`UPDATE jobdate_boeking SET status = 'GEANNULEERD', beeindigd_op = now(), reden = $2 WHERE id = $1`, [b.boeking_id, reden?.slice(0, 500) ?? null]);
      await this.herinneringen.schrap(m, b.boeking_id);
      await this.mails.stuur(m, b, 'annulering');
      return naarBoeking(await this.rij(m, actor, b.boeking_id), isStaff(actor));
    });
    this.outbox.flushSoon();
    await this.herinneringen.verwijderJobs(boekingId);
    return boeking;
  }

  /** Moves a booking to another free slot in one transaction: the old one becomes VERPLAATST, a new one GEBOEKT. */
  async verplaats(actor: Actor, boekingId: string, nieuwSlotId: string): Promise<JobdateBoeking> {
    if (!BOEKERS.includes(actor.rol)) throw AppError.forbidden('Alleen de werkcoach verplaatst een jobdate.');
    const boeking = await this.dataSource.transaction(async (m) => {
      const oud = await this.actieveBoeking(m, actor, boekingId, true);
      if (oud.id === nieuwSlotId) throw AppError.badInput('Kies een ander slot.', 'slotId');
      const slot = await this.slots.get(actor, nieuwSlotId, m);
      await m.query(`UPDATE jobdate_boeking SET status = 'VERPLAATST', beeindigd_op = now() WHERE id = $1`, [oud.boeking_id]);
      const id = await this.maakBoeking(m, actor, slot, oud.kandidaat_id);
      await m.query(`UPDATE jobdate_boeking SET verplaatst_naar = $2 WHERE id = $1`, [oud.boeking_id, id]);
      await this.herinneringen.schrap(m, oud.boeking_id);
      await this.herinneringen.plan(m, actor.tenantId, id, slot.start);
      const nieuw = await this.rij(m, actor, id);
      if (oud.werkgever_id !== nieuw.werkgever_id) {
        await this.mails.stuur(m, oud, 'annulering', ['werkgever']);
        await this.mails.stuur(m, nieuw, 'bevestiging', ['werkgever']);
      } else {
        await this.mails.stuur(m, nieuw, 'verplaatsing', ['werkgever']);
      }
      await this.mails.stuur(m, nieuw, 'verplaatsing', ['kandidaat']);
      return naarBoeking(nieuw, true);
    });
    this.outbox.flushSoon();
    await this.herinneringen.verwijderJobs(boekingId);
    return boeking;
  }

  async get(actor: Actor, boekingId: string): Promise<JobdateBoeking> {
    return naarBoeking(await this.rij(this.dataSource.manager, actor, boekingId), isStaff(actor));
  }

  /** A werkgever: bookings on its slots; a werkcoach: bookings of its candidates; other staff: all of the tenant. */
  async lijst(actor: Actor, alleenActief = true): Promise<JobdateBoeking[]> {
    const rows: BoekingRij[] = await this.dataSource.query(
      `${BOEKING_SELECT} WHERE b.tenant_id = $1 AND ($2::uuid IS NULL OR s.werkgever_id = $2) AND ($3::uuid IS NULL OR k.werkcoach_id = $3)
       AND (NOT $4 OR b.status = 'GEBOEKT') ORDER BY s.start, b.id LIMIT 500`,
      [actor.tenantId, actor.rol === Rol.WERKGEVER ? actor.werkgeverId : null, actor.rol === Rol.WERKCOACH ? actor.userId : null, alleenActief],
    );
    return rows.map((r) => naarBoeking(r, isStaff(actor)));
  }

  private async maakBoeking(m: EntityManager, actor: Actor, slot: JobdateSlot, kandidaatId: string): Promise<string> {
    if (slot.status !== JobdateSlotStatus.OPEN) throw AppError.badInput('Dit slot is geannuleerd en kan niet worden geboekt.', 'slotId');
    if (slot.start.getTime() <= Date.now()) throw AppError.badInput('Dit slot ligt in het verleden.', 'slotId');
    try {
      await m.query('SAVEPOINT jobdate_boek');
      const [{ id }] = await m.query(
        `INSERT INTO jobdate_boeking (tenant_id, slot_id, kandidaat_id, geboekt_door) VALUES ($1, $2, $3, $4) RETURNING id`,
        [actor.tenantId, slot.id, kandidaatId, actor.userId],
      );
      await m.query('RELEASE SAVEPOINT jobdate_boek');
      return id;
    } catch (err) {
      if (isUniekFout(err, 'jobdate_boeking_actief')) throw AppError.conflict('Dit slot is net door iemand anders geboekt. Kies een ander slot.', 'slotId');
      throw err;
    }
  }

  private async vereisEigenKandidaat(m: EntityManager, actor: Actor, kandidaatId: string): Promise<void> {
    if (!BOEKERS.includes(actor.rol)) throw AppError.forbidden('Alleen de werkcoach van de kandidaat boekt een jobdate.');
    const kandidaat = await this.kandidaten.getForActor(actor, kandidaatId, m);
    if (actor.rol === Rol.WERKCOACH && kandidaat.werkcoachId !== actor.userId) {
      throw AppError.forbidden('U bent niet de werkcoach van deze kandidaat.');
    }
  }

  private async rij(m: EntityManager, actor: Actor, boekingId: string, lock = false): Promise<BoekingRij> {
    vereisUuid(boekingId, 'Jobdate-boeking');
    const [b]: BoekingRij[] = await m.query(
      `${BOEKING_SELECT} WHERE b.tenant_id = $1 AND b.id = $2 AND ($3::uuid IS NULL OR s.werkgever_id = $3)${lock ? ' FOR UPDATE OF b' : ''}`,
      [actor.tenantId, boekingId, actor.rol === Rol.WERKGEVER ? actor.werkgeverId : null],
    );
    if (!b || (actor.rol === Rol.WERKCOACH && b.werkcoach_id !== actor.userId && b.geboekt_door !== actor.userId)) throw AppError.notFound('Jobdate-boeking', boekingId);
    return b;
  }

  /** The booking locked, still GEBOEKT; the werkgever of the slot, the werkcoach, or ACCOUNTMANAGER/ADMIN may end it. */
  private async actieveBoeking(m: EntityManager, actor: Actor, boekingId: string, lock: boolean): Promise<BoekingRij> {
    if (actor.rol === Rol.JOBHUNTER) throw AppError.forbidden();
    if (!isUuid(boekingId)) throw AppError.notFound('Jobdate-boeking', boekingId);
    const b = await this.rij(m, actor, boekingId, lock);
    if (b.boeking_status !== 'GEBOEKT') throw AppError.conflict(`Deze boeking is al ${b.boeking_status.toLowerCase()}.`, 'boekingId');
    return b;
  }
}
