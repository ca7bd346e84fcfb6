import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, Connection, decodeCursor, PageArgs, requireRol, Rol, toConnection } from '@matchpunt/common';
import { isUuid } from '@matchpunt/werkgevers';
import { DataSource, EntityManager } from 'typeorm';
import { FunctiecreatieKansFilter } from './dto/kans.input';
import { FunctiecreatieKans, FunctiecreatieKoppeling } from './functiecreatie-kans.entity';

/** Who works with functiecreatie-kansen. */
export const FUNCTIECREATIE_ROLLEN: readonly Rol[] = [Rol.JOBHUNTER, Rol.ACCOUNTMANAGER, Rol.ADMIN];

/** Tenant-scoped reads of kansen. Another tenant's kans answers NOT_FOUND, as one that does not exist. */
@Injectable()
export class KansService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getForActor(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<FunctiecreatieKans> {
    requireRol(actor, ...FUNCTIECREATIE_ROLLEN);
    const kans = isUuid(id)
      ? await manager.findOne(FunctiecreatieKans, { where: { id, tenantId: actor.tenantId }, ...(lock && { lock: { mode: 'pessimistic_write' } }) })
      : null;
    if (!kans) throw AppError.notFound('Functiecreatie-kans', id);
    return kans;
  }

  /** The visible kansen among `ids`, in no particular order (search hits). */
  byIds(actor: Actor, ids: readonly string[]): Promise<FunctiecreatieKans[]> {
    requireRol(actor, ...FUNCTIECREATIE_ROLLEN);
    const wanted = ids.filter(isUuid);
    if (wanted.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(FunctiecreatieKans, 'k')
      .where('k.tenant_id = :tenantId AND k.id = ANY(:ids)', { tenantId: actor.tenantId, ids: wanted })
      .getMany();
  }

  /** Most recently changed first. */
  async list(actor: Actor, filter: FunctiecreatieKansFilter = {}, page: PageArgs): Promise<Connection<FunctiecreatieKans>> {
    requireRol(actor, ...FUNCTIECREATIE_ROLLEN);
    const offset = decodeCursor(page.after);
    const qb = this.dataSource.manager.createQueryBuilder(FunctiecreatieKans, 'k').where('k.tenant_id = :tenantId', { tenantId: actor.tenantId });
    if (filter.status?.length) qb.andWhere('k.status = ANY(:status)', { status: filter.status });
    if (filter.werkgeverId) qb.andWhere('k.werkgever_id = :werkgeverId', { werkgeverId: filter.werkgeverId });
    if (filter.mijn) qb.andWhere('k.gevonden_door = :me', { me: actor.userId });
    const [nodes, total] = await qb.orderBy('k.updated_at', 'DESC').addOrderBy('k.id', 'ASC').offset(offset).limit(page.first).getManyAndCount();
    return toConnection(nodes, offset, total);
  }

  /** The candidates linked to a kans (their ids and voorstellen), oldest first. */
  koppelingen(actor: Actor, kansId: string): Promise<FunctiecreatieKoppeling[]> {
    requireRol(actor, ...FUNCTIECREATIE_ROLLEN);
    return this.dataSource.manager.find(FunctiecreatieKoppeling, { where: { kansId, tenantId: actor.tenantId }, order: { createdAt: 'ASC' } });
  }
}
