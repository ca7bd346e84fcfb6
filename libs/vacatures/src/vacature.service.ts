import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, Connection, decodeCursor, PageArgs, toConnection, werkgeverScope } from '@matchpunt/common';
import { isUuid } from '@matchpunt/werkgevers';
import { DataSource, EntityManager } from 'typeorm';
import { VacatureFilter } from './dto/vacature-filter.input';
import { Vacature } from './vacature.entity';
import { VacatureStatus } from './vacature.enums';

/**
 * Tenant-scoped reads of vacatures; other features call these. A WERKGEVER user sees only its own
 * organisation's vacatures; another's answers NOT_FOUND, exactly as one that does not exist.
 */
@Injectable()
export class VacatureService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getForActor(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<Vacature> {
    const scope = werkgeverScope(actor);
    const found = isUuid(id)
      ? await manager.findOne(Vacature, {
          where: { id, tenantId: actor.tenantId, ...(scope && { werkgeverId: scope }) },
          ...(lock && { lock: { mode: 'pessimistic_write' } }),
        })
      : null;
    if (!found) throw AppError.notFound('Vacature', id);
    return found;
  }

  async assertExists(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.getForActor(actor, id, manager);
  }

  /** The visible vacatures among `ids`, in no particular order (for DataLoaders and search hits). */
  byIds(actor: Actor, ids: readonly string[]): Promise<Vacature[]> {
    const wanted = ids.filter(isUuid);
    if (wanted.length === 0) return Promise.resolve([]);
    const qb = this.dataSource.manager
      .createQueryBuilder(Vacature, 'v')
      .where('v.tenant_id = :tenantId AND v.id = ANY(:ids)', { tenantId: actor.tenantId, ids: wanted });
    const scope = werkgeverScope(actor);
    if (scope) qb.andWhere('v.werkgever_id = :scope', { scope });
    return qb.getMany();
  }

  /** Newest first. */
  async list(actor: Actor, filter: VacatureFilter = {}, page: PageArgs): Promise<Connection<Vacature>> {
    const offset = decodeCursor(page.after);
    const qb = this.dataSource.manager.createQueryBuilder(Vacature, 'v').where('v.tenant_id = :tenantId', { tenantId: actor.tenantId });
    const scope = werkgeverScope(actor);
    if (scope) qb.andWhere('v.werkgever_id = :scope', { scope });
    if (filter.werkgeverId) qb.andWhere('v.werkgever_id = :werkgeverId', { werkgeverId: filter.werkgeverId });
    if (filter.status?.length) qb.andWhere('v.status = ANY(:status)', { status: filter.status });
    if (filter.functiecreatie !== undefined && filter.functiecreatie !== null) qb.andWhere('v.functiecreatie = :fc', { fc: filter.functiecreatie });
    const [nodes, total] = await qb.orderBy('v.created_at', 'DESC').addOrderBy('v.id', 'ASC').offset(offset).limit(page.first).getManyAndCount();
    return toConnection(nodes, offset, total);
  }

  /** OPEN vacatures of the caller's tenant (optionally of some werkgevers), newest first; for matching and the aanbodskrant. */
  openVacatures(actor: Actor, opties: { werkgeverIds?: readonly string[]; limit?: number } = {}): Promise<Vacature[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(Vacature, 'v')
      .where('v.tenant_id = :tenantId AND v.status = :open', { tenantId: actor.tenantId, open: VacatureStatus.OPEN });
    const scope = werkgeverScope(actor);
    if (scope) qb.andWhere('v.werkgever_id = :scope', { scope });
    if (opties.werkgeverIds) qb.andWhere('v.werkgever_id = ANY(:ids)', { ids: opties.werkgeverIds.filter(isUuid) });
    return qb
      .orderBy('v.created_at', 'DESC')
      .addOrderBy('v.id', 'ASC')
      .limit(Math.min(Math.max(opties.limit ?? 1000, 1), 10000))
      .getMany();
  }

  /** Ids of a werkgever's vacatures (any status), e.g. to reindex them. */
  async idsVanWerkgever(actor: Actor, werkgeverId: string): Promise<string[]> {
    const scope = werkgeverScope(actor);
    if (!isUuid(werkgeverId) || (scope && scope !== werkgeverId)) return [];
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM vacature WHERE tenant_id = $1 AND werkgever_id = $2`, [
      actor.tenantId,
      werkgeverId,
    ]);
    return rows.map((row) => row.id);
  }
}
