import { Injectable } from '@nestjs/common';
import { Actor, AppError, werkgeverScope } from '@matchpunt/common';
import { beoordeelOvergang } from '@matchpunt/domain';
import { EntityManager, Not } from 'typeorm';
import { isUuid } from './utils/validatie';
import { Voorstel, VoorstelOvergang } from './voorstel.entity';
import { VoorstelStatus } from './voorstel.enums';

/**
 * The one place a voorstel changes stage: checks the transition against the pure table in libs/domain
 * (CONFLICT naming the allowed next stages) and writes the history row with time and user.
 */
@Injectable()
export class VoorstelOvergangen {
  /** The voorstel, locked for the rest of the transaction; another tenant's or werkgever's answers NOT_FOUND. */
  async vergrendel(manager: EntityManager, actor: Actor, id: string): Promise<Voorstel> {
    const scope = werkgeverScope(actor);
    const found = isUuid(id)
      ? await manager.findOne(Voorstel, {
          where: {
            id,
            tenantId: actor.tenantId,
            ...(scope && { werkgeverId: scope, status: Not(VoorstelStatus.INGETROKKEN) }),
          },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!found) throw AppError.notFound('Voorstel', id);
    return found;
  }

  /** Throws CONFLICT, naming the allowed next stages, unless `van → naar` is in the transition table. */
  controleer(van: VoorstelStatus, naar: VoorstelStatus): void {
    const oordeel = beoordeelOvergang(van, naar);
    if (!oordeel.toegestaan) throw AppError.conflict(oordeel.zin, 'naar');
  }

  /** Moves `voorstel` to `naar` (it must be locked by the caller's transaction). */
  async zet(
    manager: EntityManager,
    actor: Actor,
    voorstel: Voorstel,
    naar: VoorstelStatus,
    toelichting: string | null = null,
  ): Promise<Voorstel> {
    this.controleer(voorstel.status, naar);
    const op = new Date();
    await manager.insert(VoorstelOvergang, {
      tenantId: voorstel.tenantId,
      voorstelId: voorstel.id,
      van: voorstel.status,
      naar,
      doorUserId: actor.userId,
      toelichting: toelichting || null,
      op,
    });
    voorstel.status = naar;
    voorstel.statusSinds = op;
    return manager.save(voorstel);
  }
}
