import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, Connection, decodeCursor, isStaff, JobOutbox, PageArgs, toConnection } from '@matchpunt/common';
import { SearchIndexer } from '@matchpunt/search';
import { DataSource, EntityManager, In } from 'typeorm';
import { KandidaatAccess, KandidaatRecht } from './access/kandidaat-access';
import { KandidaatZichtbaarheid } from './access/kandidaat-zichtbaarheid';
import { KaartFilter, KandidaatFilter } from './dto/kandidaat.args';
import { KandidaatIndicatie } from './kandidaat-indicatie.entity';
import { KandidaatKaart } from './kandidaat-kaart.type';
import { KandidaatKaartService } from './kandidaat-kaart.service';
import { Kandidaat } from './kandidaat.entity';
import { KandidaatStatus } from './kandidaat.enums';
import { ToestemmingService } from './toestemming.service';
import { vandaag } from '@matchpunt/domain';
import { inTransactie, isUuid } from './utils/transactie';

/**
 * What other features use of kandidaten: the staff view, cards, consent, availability and status.
 * Every method takes the caller's Actor and stays inside its tenant.
 */
@Injectable()
export class KandidaatService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: KandidaatAccess,
    private readonly kaartService: KandidaatKaartService,
    private readonly toestemmingen: ToestemmingService,
    private readonly zichtbaarheid: KandidaatZichtbaarheid,
    private readonly indexer: SearchIndexer,
    private readonly outbox: JobOutbox,
  ) {}

  /** The staff view of one candidate (profile, instruments; indications through `indicaties`). */
  async getForActor(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<Kandidaat> {
    await this.access.require(manager, actor, KandidaatRecht.LEZEN, [id]);
    return manager.findOneByOrFail(Kandidaat, { id, tenantId: actor.tenantId });
  }

  /** Staff view of several candidates, in the order of `ids` (throws unless all are visible). */
  async getMany(actor: Actor, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Kandidaat[]> {
    await this.access.require(manager, actor, KandidaatRecht.LEZEN, ids);
    const rows = await manager.findBy(Kandidaat, { id: In([...new Set(ids)]), tenantId: actor.tenantId });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)!);
  }

  /** Indications (staff only), in the order of `kandidaatIds`; for a DataLoader. */
  async indicaties(actor: Actor, kandidaatIds: readonly string[]): Promise<(KandidaatIndicatie | null)[]> {
    if (!isStaff(actor)) throw AppError.forbidden();
    const rows = await this.dataSource.manager.findBy(KandidaatIndicatie, { kandidaatId: In(kandidaatIds.filter(isUuid)), tenantId: actor.tenantId });
    const byId = new Map(rows.map((row) => [row.kandidaatId, row]));
    return kandidaatIds.map((id) => byId.get(id) ?? null);
  }

  async list(actor: Actor, filter: KandidaatFilter = {}, page: PageArgs): Promise<Connection<Kandidaat>> {
    if (!isStaff(actor)) throw AppError.forbidden();
    const offset = decodeCursor(page.after);
    const qb = this.dataSource.manager.createQueryBuilder(Kandidaat, 'k').where('k.tenant_id = :tenantId', { tenantId: actor.tenantId });
    if (filter.status?.length) qb.andWhere('k.status IN (:...status)', { status: filter.status });
    if (filter.gemeenteId) qb.andWhere('k.gemeente_id = :gemeenteId', { gemeenteId: isUuid(filter.gemeenteId) ? filter.gemeenteId : null });
    if (filter.werkcoachId) qb.andWhere('k.werkcoach_id = :werkcoachId', { werkcoachId: isUuid(filter.werkcoachId) ? filter.werkcoachId : null });
    if (filter.mijn) qb.andWhere('k.werkcoach_id = :me', { me: actor.userId });
    if (filter.code) qb.andWhere('k.code LIKE :code', { code: `${filter.code.trim().toUpperCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const [nodes, total] = await qb.orderBy('k.code', 'ASC').addOrderBy('k.id', 'ASC').offset(offset).limit(page.first).getManyAndCount();
    return toConnection(nodes, offset, total);
  }

  /** Available candidates (staff view), longest available first; optionally of one gemeente. */
  async listBeschikbaar(actor: Actor, opts: { gemeenteId?: string; first: number; after?: string }): Promise<Connection<Kandidaat>> {
    return this.list(actor, { status: [KandidaatStatus.BESCHIKBAAR], gemeenteId: opts.gemeenteId }, { first: opts.first, after: opts.after });
  }

  /** Cards of available candidates, for employers and for the aanbodskrant. */
  kaartenBeschikbaar(actor: Actor, filter: KaartFilter, page: PageArgs): Promise<Connection<KandidaatKaart>> {
    return this.kaartService.beschikbaar(actor, filter, page);
  }

  kaart(actor: Actor, id: string): Promise<KandidaatKaart> {
    return this.kaartService.kaart(actor, id);
  }

  kaarten(actor: Actor, ids: readonly string[], manager?: EntityManager): Promise<KandidaatKaart[]> {
    return this.kaartService.kaarten(actor, ids, manager);
  }

  hasConsent(kandidaatId: string, werkgeverId: string, manager?: EntityManager): Promise<boolean> {
    return this.toestemmingen.heeftToestemming(kandidaatId, werkgeverId, manager);
  }

  /**
   * Which of these candidates were put in front of this werkgever by another feature (placed there,
   * proposed …), through the sources registered with `KandidaatZichtbaarheid.registreer`.
   */
  zichtbaarVoorWerkgever(actor: Actor, werkgeverId: string, kandidaatIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    return this.zichtbaarheid.zichtbaarVoorWerkgever(manager, actor.tenantId, werkgeverId, kandidaatIds.filter(isUuid));
  }

  /**
   * Sets the availability status (in the caller's transaction when given). BESCHIKBAAR starts
   * `beschikbaarSinds` today; any other status clears it. Setting the same status again changes nothing.
   */
  async setStatus(manager: EntityManager | undefined, actor: Actor, id: string, status: KandidaatStatus): Promise<Kandidaat> {
    const kandidaat = await inTransactie(this.dataSource, manager, async (m) => {
      await this.access.require(m, actor, KandidaatRecht.BEGELEIDEN, [id]);
      const k = await m.findOneOrFail(Kandidaat, { where: { id, tenantId: actor.tenantId }, lock: { mode: 'pessimistic_write' } });
      if (k.status === status) return k;
      k.status = status;
      k.beschikbaarSinds = status === KandidaatStatus.BESCHIKBAAR ? vandaag() : null;
      k.statusGewijzigdOp = new Date();
      const saved = await m.save(k);
      await this.indexer.enqueue(m, 'kandidaat', [id]);
      return saved;
    });
    if (!manager) this.outbox.flushSoon();
    return kandidaat;
  }
}
