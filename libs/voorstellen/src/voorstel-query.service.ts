import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  AppError,
  Connection,
  decodeCursor,
  isStaff,
  PageArgs,
  Rol,
  toConnection,
  werkgeverScope,
} from '@matchpunt/common';
import { DataSource, In } from 'typeorm';
import { isUuid } from './utils/validatie';
import { Voorstel, VoorstelOvergang } from './voorstel.entity';
import { ReactieReden, VoorstelStatus } from './voorstel.enums';

export interface VoorstelFilter {
  status?: VoorstelStatus[] | null;
  kandidaatId?: string | null;
  werkgeverId?: string | null;
  accountmanagerId?: string | null;
}

/** A werkgever's declined voorstellen with the reason, for matching (past reactions weigh factors). */
export interface WerkgeverReactieRij {
  werkgeverId: string;
  reden: ReactieReden;
  datum: string;
}

/**
 * Reads of voorstellen. Staff see every voorstel of the tenant; a WERKGEVER sees those made to its own
 * organisation, except withdrawn ones. Anything else answers NOT_FOUND.
 */
@Injectable()
export class VoorstelQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(actor: Actor, id: string): Promise<Voorstel> {
    const [found] = await this.byIds(actor, [id]);
    if (!found) throw AppError.notFound('Voorstel', id);
    return found;
  }

  /** The visible voorstellen among `ids`, in no particular order (for DataLoaders). */
  byIds(actor: Actor, ids: readonly string[]): Promise<Voorstel[]> {
    const wanted = ids.filter(isUuid);
    if (wanted.length === 0) return Promise.resolve([]);
    const scope = werkgeverScope(actor);
    const qb = this.dataSource.manager
      .createQueryBuilder(Voorstel, 'v')
      .where('v.tenant_id = :tenantId AND v.id = ANY(:ids)', { tenantId: actor.tenantId, ids: wanted });
    if (scope) qb.andWhere(`v.werkgever_id = :scope AND v.status <> 'INGETROKKEN'`, { scope });
    return qb.getMany();
  }

  /** The werkgever's inbox: voorstellen to its own organisation, newest first. */
  inbox(actor: Actor, status: VoorstelStatus[] | undefined, page: PageArgs): Promise<Connection<Voorstel>> {
    if (actor.rol !== Rol.WERKGEVER)
      throw AppError.forbidden('De inbox is voor werkgevers; medewerkers gebruiken voorstellen of pipeline.');
    return this.list(actor, { status }, page);
  }

  async list(actor: Actor, filter: VoorstelFilter, page: PageArgs): Promise<Connection<Voorstel>> {
    const offset = decodeCursor(page.after);
    const qb = this.dataSource.manager
      .createQueryBuilder(Voorstel, 'v')
      .where('v.tenant_id = :tenantId', { tenantId: actor.tenantId });
    const scope = werkgeverScope(actor);
    if (scope) qb.andWhere(`v.werkgever_id = :scope AND v.status <> 'INGETROKKEN'`, { scope });
    const uuid = (value: string) => (isUuid(value) ? value : null);
    if (filter.status?.length) qb.andWhere('v.status IN (:...status)', { status: filter.status });
    if (filter.kandidaatId) qb.andWhere('v.kandidaat_id = :kandidaatId', { kandidaatId: uuid(filter.kandidaatId) });
    if (filter.werkgeverId) qb.andWhere('v.werkgever_id = :werkgeverId', { werkgeverId: uuid(filter.werkgeverId) });
    if (filter.accountmanagerId && !scope)
      qb.andWhere('v.accountmanager_id = :am', { am: uuid(filter.accountmanagerId) });
    const [nodes, total] = await qb
      .orderBy('v.created_at', 'DESC')
      .addOrderBy('v.id', 'ASC')
      .offset(offset)
      .limit(page.first)
      .getManyAndCount();
    return toConnection(nodes, offset, total);
  }

  /** History per voorstel, oldest step first (staff only), in the order of `voorstelIds`. */
  async geschiedenis(actor: Actor, voorstelIds: readonly string[]): Promise<VoorstelOvergang[][]> {
    if (!isStaff(actor)) throw AppError.forbidden();
    const rows = await this.dataSource.manager.find(VoorstelOvergang, {
      where: { voorstelId: In(voorstelIds.filter(isUuid)), tenantId: actor.tenantId },
      order: { op: 'ASC', id: 'ASC' },
    });
    return voorstelIds.map((id) => rows.filter((row) => row.voorstelId === id));
  }

  /** Reasons werkgevers gave when they declined (GEEN_INTERESSE), for matching's employer history. */
  async reactiesVan(actor: Actor, werkgeverIds: readonly string[]): Promise<WerkgeverReactieRij[]> {
    if (!isStaff(actor) && !(werkgeverIds.length === 1 && werkgeverIds[0] === actor.werkgeverId))
      throw AppError.forbidden();
    const ids = werkgeverIds.filter(isUuid);
    if (ids.length === 0) return [];
    return this.dataSource.query(
      `SELECT werkgever_id AS "werkgeverId", reactie_reden AS reden, to_char(gereageerd_op, 'YYYY-MM-DD') AS datum
       FROM voorstel WHERE tenant_id = $1 AND werkgever_id = ANY($2::uuid[]) AND reactie = 'GEEN_INTERESSE' AND reactie_reden IS NOT NULL`,
      [actor.tenantId, ids],
    );
  }
}
