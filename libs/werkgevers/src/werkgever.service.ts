import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, Connection, decodeCursor, PageArgs, Rol, toConnection, werkgeverScope } from '@matchpunt/common';
import { DataSource, EntityManager } from 'typeorm';
import { Contactmoment } from './contactmoment.entity';
import { Contactpersoon } from './contactpersoon.entity';
import { WerkgeverFilter } from './dto/werkgever-filter.input';
import { SbiSectie } from './sbi';
import { isUuid } from './uuid';
import { Vestiging } from './vestiging.entity';
import { Werkgever } from './werkgever.entity';

export interface VestigingKenmerk {
  plaats: string;
  gemeente: string | null;
  lat: number;
  lon: number;
}

export interface IndexKenmerken {
  sector: Map<string, SbiSectie>;
  vestiging: Map<string, VestigingKenmerk>;
}

/** Per werkgever id: its name, and the distinct e-mail addresses of its contactpersonen. */
export interface Adressering {
  naam: Map<string, string>;
  emails: Map<string, string[]>;
}

/**
 * Tenant-scoped reads of werkgevers and their parts; other features call these. A WERKGEVER user sees only
 * its own organisation; anything else answers NOT_FOUND, exactly as a row that does not exist.
 */
@Injectable()
export class WerkgeverService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getForActor(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<Werkgever> {
    const scope = werkgeverScope(actor);
    const found =
      isUuid(id) && (!scope || scope === id)
        ? await manager.findOne(Werkgever, { where: { id, tenantId: actor.tenantId }, ...(lock && { lock: { mode: 'pessimistic_write' } }) })
        : null;
    if (!found) throw AppError.notFound('Werkgever', id);
    return found;
  }

  async assertExists(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.getForActor(actor, id, manager);
  }

  /** The caller's own werkgever (WERKGEVER users). */
  async mijnWerkgever(actor: Actor): Promise<Werkgever> {
    if (actor.rol !== Rol.WERKGEVER || !actor.werkgeverId) throw AppError.forbidden('Alleen voor werkgevers.');
    return this.getForActor(actor, actor.werkgeverId);
  }

  /** The visible werkgevers among `ids`, in no particular order (for DataLoaders). */
  byIds(actor: Actor, ids: readonly string[]): Promise<Werkgever[]> {
    const scope = werkgeverScope(actor);
    const wanted = ids.filter((id) => isUuid(id) && (!scope || id === scope));
    if (wanted.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(Werkgever, 'w')
      .where('w.tenant_id = :tenantId AND w.id = ANY(:ids)', { tenantId: actor.tenantId, ids: wanted })
      .getMany();
  }

  async list(actor: Actor, filter: WerkgeverFilter = {}, page: PageArgs): Promise<Connection<Werkgever>> {
    const offset = decodeCursor(page.after);
    const qb = this.dataSource.manager.createQueryBuilder(Werkgever, 'w').where('w.tenant_id = :tenantId', { tenantId: actor.tenantId });
    const scope = werkgeverScope(actor);
    if (scope) qb.andWhere('w.id = :scope', { scope });
    if (filter.zoekterm) {
      const like = `%${filter.zoekterm.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(w.naam ILIKE :like OR w.kvk_nummer = :exact)', { like, exact: filter.zoekterm });
    }
    if (filter.sector) qb.andWhere('w.sector = :sector', { sector: filter.sector });
    if (filter.soort) qb.andWhere('w.soort = :soort', { soort: filter.soort });
    if (filter.accountmanagerId) qb.andWhere('w.accountmanager_id = :am', { am: filter.accountmanagerId });
    if (filter.mijnRelaties) qb.andWhere('w.accountmanager_id = :me', { me: actor.userId });
    if (filter.openVoorDoelgroep) qb.andWhere(':doelgroep = ANY(w.open_doelgroepen)', { doelgroep: filter.openVoorDoelgroep });
    if (filter.accepteertInstrument) qb.andWhere(':instrument = ANY(w.geaccepteerde_instrumenten)', { instrument: filter.accepteertInstrument });
    if (filter.gemeenteId) {
      qb.andWhere('EXISTS (SELECT 1 FROM vestiging v WHERE v.werkgever_id = w.id AND v.gemeente_id = :gemeenteId)', { gemeenteId: filter.gemeenteId });
    }
    const [nodes, total] = await qb.orderBy('w.naam', 'ASC').addOrderBy('w.id', 'ASC').offset(offset).limit(page.first).getManyAndCount();
    return toConnection(nodes, offset, total);
  }

  /** Ids of the werkgevers whose relation the accountmanager owns (default: the caller). */
  async idsVanAccountmanager(actor: Actor, accountmanagerId: string = actor.userId): Promise<string[]> {
    if (!isUuid(accountmanagerId)) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM werkgever WHERE tenant_id = $1 AND accountmanager_id = $2 ORDER BY naam, id`,
      [actor.tenantId, accountmanagerId],
    );
    return rows.map((row) => row.id);
  }

  /** A vestiging of the werkgever; `field` names the input for the error when it is not one of them. */
  async vestigingVan(actor: Actor, werkgeverId: string, vestigingId: string, field = 'vestigingId', manager = this.dataSource.manager): Promise<Vestiging> {
    await this.getForActor(actor, werkgeverId, manager);
    const found = isUuid(vestigingId)
      ? await manager.findOneBy(Vestiging, { id: vestigingId, werkgeverId, tenantId: actor.tenantId })
      : null;
    if (!found) throw AppError.badInput('Deze vestiging hoort niet bij de werkgever.', field);
    return found;
  }

  vestigingenVan(actor: Actor, werkgeverIds: readonly string[]): Promise<Vestiging[]> {
    return this.childrenOf(Vestiging, actor, werkgeverIds, 'naam');
  }

  contactpersonenVan(actor: Actor, werkgeverIds: readonly string[]): Promise<Contactpersoon[]> {
    return this.childrenOf(Contactpersoon, actor, werkgeverIds, 'naam');
  }

  /** The contact history of a werkgever, newest first. Staff only. */
  async relatiehistorie(actor: Actor, werkgeverId: string, limit = 50): Promise<Contactmoment[]> {
    if (actor.rol === Rol.WERKGEVER) throw AppError.forbidden();
    return this.dataSource.manager.find(Contactmoment, {
      where: { werkgeverId, tenantId: actor.tenantId },
      order: { datum: 'DESC', id: 'ASC' },
      take: Math.min(Math.max(limit, 1), 200),
    });
  }

  /** Contactpersonen that receive the aanbodskrant (not unsubscribed), optionally of some werkgevers only. */
  aanbodskrantOntvangers(actor: Actor, werkgeverIds?: readonly string[]): Promise<Contactpersoon[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(Contactpersoon, 'c')
      .where('c.tenant_id = :tenantId AND c.ontvangt_aanbodskrant AND c.afgemeld_op IS NULL AND c.email IS NOT NULL', { tenantId: actor.tenantId });
    if (werkgeverIds) qb.andWhere('c.werkgever_id = ANY(:ids)', { ids: werkgeverIds.filter(isUuid) });
    return qb.orderBy('c.werkgever_id').addOrderBy('c.naam').getMany();
  }

  /**
   * For other features' search documents, built by the worker without a caller: the sector of each werkgever
   * and the place, gemeente and coordinates of each vestiging.
   */
  async indexKenmerken(werkgeverIds: readonly string[], vestigingIds: readonly string[]): Promise<IndexKenmerken> {
    const [sectoren, vestigingen]: [{ id: string; sector: SbiSectie }[], (VestigingKenmerk & { id: string })[]] = await Promise.all([
      this.dataSource.query(`SELECT id, sector FROM werkgever WHERE id = ANY($1)`, [werkgeverIds.filter(isUuid)]),
      this.dataSource.query(
        `SELECT v.id, v.plaats, g.naam AS gemeente, v.lat, v.lon FROM vestiging v LEFT JOIN gemeente g ON g.id = v.gemeente_id WHERE v.id = ANY($1)`,
        [vestigingIds.filter(isUuid)],
      ),
    ]);
    return {
      sector: new Map(sectoren.map((row) => [row.id, row.sector])),
      vestiging: new Map(vestigingen.map(({ id, ...kenmerk }) => [id, kenmerk])),
    };
  }

  /**
   * For other features' mail jobs without a caller (the SROI alerts): the name of each werkgever and the e-mail
   * addresses of its contactpersonen, in two queries through `manager` (which may be the job's transaction).
   */
  async adressering(werkgeverIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Adressering> {
    const ids = werkgeverIds.filter(isUuid);
    // One after the other: `manager` may be a transaction's single connection.
    const namen: { id: string; naam: string }[] = await manager.query(`SELECT id, naam FROM werkgever WHERE id = ANY($1::uuid[])`, [ids]);
    const contacten: { werkgever_id: string; email: string }[] = await manager.query(
      `SELECT DISTINCT werkgever_id, email FROM contactpersoon WHERE werkgever_id = ANY($1::uuid[]) AND email IS NOT NULL ORDER BY werkgever_id, email`,
      [ids],
    );
    return {
      naam: new Map(namen.map((w) => [w.id, w.naam])),
      emails: contacten.reduce((map, c) => map.set(c.werkgever_id, [...(map.get(c.werkgever_id) ?? []), c.email]), new Map<string, string[]>()),
    };
  }

  private childrenOf<T extends Vestiging | Contactpersoon>(
    entity: new () => T,
    actor: Actor,
    werkgeverIds: readonly string[],
    orderBy: string,
  ): Promise<T[]> {
    const scope = werkgeverScope(actor);
    const ids = werkgeverIds.filter((id) => isUuid(id) && (!scope || id === scope));
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(entity, 'x')
      .where('x.tenant_id = :tenantId AND x.werkgever_id = ANY(:ids)', { tenantId: actor.tenantId, ids })
      .orderBy(`x.${orderBy}`, 'ASC')
      .addOrderBy('x.id', 'ASC')
      .getMany();
  }
}
