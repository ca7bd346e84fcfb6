import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError } from '@matchpunt/common';
import { WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { KandidaatAccess, KandidaatRecht } from './access/kandidaat-access';
import { Toestemming } from './toestemming.entity';
import { inTransactie, isUniekFout, isUuid, vereisUuid } from './utils/transactie';

/**
 * Consent per werkgever: the candidate's werkcoach (or ADMIN/ACCOUNTMANAGER/JOBHUNTER) records that the
 * candidate agreed to share contact details with one employer, or withdrew that.
 */
@Injectable()
export class ToestemmingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: KandidaatAccess,
    private readonly werkgevers: WerkgeverService,
  ) {}

  /** Gives consent; when it is already active, answers the active consent unchanged. */
  geef(actor: Actor, kandidaatId: string, werkgeverId: string, manager?: EntityManager): Promise<Toestemming> {
    return inTransactie(this.dataSource, manager, async (m) => {
      await this.access.require(m, actor, KandidaatRecht.BEGELEIDEN, [kandidaatId]);
      await this.werkgevers.assertExists(actor, vereisUuid(werkgeverId, 'Werkgever'), m);
      const actief = await this.actieve(m, kandidaatId, werkgeverId, true);
      if (actief) return actief;
      try {
        return await m.save(
          m.create(Toestemming, { tenantId: actor.tenantId, kandidaatId, werkgeverId, gegevenOp: new Date(), gegevenDoor: actor.userId, ingetrokkenOp: null, ingetrokkenDoor: null }),
        );
      } catch (err) {
        if (isUniekFout(err, 'kandidaat_toestemming_actief')) throw AppError.conflict('Deze toestemming is zojuist al gegeven.', 'werkgeverId');
        throw err;
      }
    });
  }

  /** Withdraws the active consent; the row stays as history. */
  trekIn(actor: Actor, kandidaatId: string, werkgeverId: string, manager?: EntityManager): Promise<Toestemming> {
    return inTransactie(this.dataSource, manager, async (m) => {
      await this.access.require(m, actor, KandidaatRecht.BEGELEIDEN, [kandidaatId]);
      const actief = isUuid(werkgeverId) ? await this.actieve(m, kandidaatId, werkgeverId, true) : null;
      if (!actief) throw AppError.notFound('Actieve toestemming voor deze werkgever');
      actief.ingetrokkenOp = new Date();
      actief.ingetrokkenDoor = actor.userId;
      return m.save(actief);
    });
  }

  /** Every consent of a candidate, active and withdrawn, newest first (staff). */
  async historie(actor: Actor, kandidaatId: string): Promise<Toestemming[]> {
    await this.access.require(this.dataSource.manager, actor, KandidaatRecht.LEZEN, [kandidaatId]);
    return this.dataSource.manager.find(Toestemming, { where: { kandidaatId, tenantId: actor.tenantId }, order: { gegevenOp: 'DESC', id: 'ASC' } });
  }

  async heeftToestemming(kandidaatId: string, werkgeverId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    if (!isUuid(kandidaatId) || !isUuid(werkgeverId)) return false;
    return (await this.actieveVoor(manager, werkgeverId, [kandidaatId])).has(kandidaatId);
  }

  /** Which of these candidates have an active consent for this werkgever. */
  async actieveVoor(manager: EntityManager, werkgeverId: string, kandidaatIds: readonly string[]): Promise<Set<string>> {
    if (kandidaatIds.length === 0) return new Set();
    const rows: { kandidaat_id: string }[] = await manager.query(
      `SELECT kandidaat_id FROM kandidaat_toestemming WHERE werkgever_id = $1 AND kandidaat_id = ANY($2::uuid[]) AND ingetrokken_op IS NULL`,
      [werkgeverId, kandidaatIds.filter(isUuid)],
    );
    return new Set(rows.map((row) => row.kandidaat_id));
  }

  private actieve(manager: EntityManager, kandidaatId: string, werkgeverId: string, lock = false): Promise<Toestemming | null> {
    return manager.findOne(Toestemming, {
      where: { kandidaatId, werkgeverId, ingetrokkenOp: IsNull() },
      ...(lock && { lock: { mode: 'pessimistic_write' as const } }),
    });
  }
}
