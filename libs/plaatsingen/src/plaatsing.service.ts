import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, Connection, decodeCursor, isStaff, JobOutbox, PageArgs, PSO_HERBEREKEN_JOB, PsoHerberekenJob, Queue, toConnection, werkgeverScope } from '@matchpunt/common';
import { addMonths, vandaag } from '@matchpunt/domain';
import { KandidaatService, KandidaatStatus, KandidaatZichtbaarheid } from '@matchpunt/kandidaten';
import { VacatureService } from '@matchpunt/vacatures';
import { WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource, EntityManager } from 'typeorm';
import { PlaatsingFilter, PlaatsingInput } from './dto/plaatsing.inputs';
import { Plaatsing } from './plaatsing.entity';
import { DuurzaamheidMoment, MAANDEN } from './plaatsing.enums';
import { datum, isUuid, valideerPlaatsing } from './utils/valideer-plaatsing';

/**
 * Placements. `create` is the one way in (also for the matching pipeline): it validates, checks the
 * candidate, werkgever and vacature in the caller's tenant, and sets the candidate GEPLAATST in the same
 * transaction. A WERKGEVER sees placements at its own organisation only.
 */
@Injectable()
export class PlaatsingService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly kandidaten: KandidaatService,
    private readonly werkgevers: WerkgeverService,
    private readonly vacatures: VacatureService,
    private readonly zichtbaarheid: KandidaatZichtbaarheid,
    private readonly outbox: JobOutbox,
  ) {}

  /** A werkgever may see the cards of candidates placed at its organisation. */
  onModuleInit(): void {
    this.zichtbaarheid.registreer(async (manager, tenantId, werkgeverId, kandidaatIds) => {
      const rows: { kandidaat_id: string }[] = await manager.query(
        `SELECT DISTINCT kandidaat_id FROM plaatsing WHERE tenant_id = $1 AND werkgever_id = $2 AND kandidaat_id = ANY($3::uuid[])`,
        [tenantId, werkgeverId, kandidaatIds],
      );
      return rows.map((row) => row.kandidaat_id);
    });
  }

  /**
   * Creates a placement in the caller's transaction when `manager` is given (the caller then calls
   * `JobOutbox.flushSoon()` after its commit, for the candidate's index job), else in its own.
   */
  async create(manager: EntityManager | undefined, actor: Actor, input: PlaatsingInput): Promise<Plaatsing> {
    if (!isStaff(actor)) throw AppError.forbidden();
    const geldig = valideerPlaatsing(input);
    const work = async (m: EntityManager) => {
      const kandidaat = await this.kandidaten.getForActor(actor, geldig.kandidaatId, m);
      await this.werkgevers.assertExists(actor, geldig.werkgeverId, m);
      if (geldig.vacatureId) {
        const vacature = await this.vacatures.getForActor(actor, geldig.vacatureId, m);
        if (vacature.werkgeverId !== geldig.werkgeverId) throw AppError.badInput('Deze vacature is van een andere werkgever.', 'vacatureId');
      }
      const plaatsing = await m.save(
        m.create(Plaatsing, {
          tenantId: actor.tenantId,
          gemeenteId: kandidaat.gemeenteId,
          kandidaatId: kandidaat.id,
          werkgeverId: geldig.werkgeverId,
          vacatureId: geldig.vacatureId ?? null,
          type: geldig.type,
          startDatum: geldig.startDatum,
          eindDatum: geldig.eindDatum ?? null,
          urenPerWeek: geldig.urenPerWeek,
          aangemaaktDoor: actor.userId,
        }),
      );
      await this.kandidaten.setStatus(m, actor, kandidaat.id, KandidaatStatus.GEPLAATST);
      // The werkgever's PSO position counts running placements: recompute it (libs/pso).
      const pso: PsoHerberekenJob = { tenantId: actor.tenantId, werkgeverId: plaatsing.werkgeverId };
      await this.outbox.add(m, { queue: Queue.PSO, name: PSO_HERBEREKEN_JOB, data: { ...pso }, jobId: `pso-plaatsing-${plaatsing.id}` });
      return plaatsing;
    };
    if (manager) return work(manager);
    const plaatsing = await this.dataSource.transaction(work);
    this.outbox.flushSoon();
    return plaatsing;
  }

  /** Records whether the person is still at work at a checkpoint; only once the checkpoint is reached. */
  async registreerDuurzaamheid(actor: Actor, id: string, moment: DuurzaamheidMoment, aanHetWerk: boolean, peildatum?: string): Promise<Plaatsing> {
    if (!isStaff(actor)) throw AppError.forbidden();
    const op = peildatum == null ? vandaag() : datum(peildatum, 'peildatum');
    if (op > vandaag()) throw AppError.badInput('De peildatum ligt in de toekomst.', 'peildatum');
    return this.dataSource.transaction(async (m) => {
      const plaatsing = await this.vind(m, actor, id, true);
      const bereikt = addMonths(plaatsing.startDatum, MAANDEN[moment]);
      if (op < bereikt) throw AppError.badInput(`Dit meetmoment is pas bereikt op ${bereikt}.`, 'moment');
      if (moment === DuurzaamheidMoment.ZES_MAANDEN) {
        plaatsing.aanHetWerkNa6Maanden = aanHetWerk;
        plaatsing.gemeten6MaandenOp = op;
      } else {
        plaatsing.aanHetWerkNa12Maanden = aanHetWerk;
        plaatsing.gemeten12MaandenOp = op;
      }
      return m.save(plaatsing);
    });
  }

  getForActor(actor: Actor, id: string): Promise<Plaatsing> {
    return this.vind(this.dataSource.manager, actor, id);
  }

  /**
   * The placements running at a werkgever on `peildatum`, oldest first, in one query through `manager` (which may
   * be the caller's transaction). By tenant, not by actor: for another feature that already checked its caller's
   * access to the werkgever, or a job that has no caller (the PSO position).
   */
  lopendBij(manager: EntityManager, tenantId: string, werkgeverId: string, peildatum: string): Promise<Plaatsing[]> {
    return manager
      .createQueryBuilder(Plaatsing, 'p')
      .where('p.tenant_id = :tenantId AND p.werkgever_id = :werkgeverId', { tenantId, werkgeverId })
      .andWhere('p.start_datum <= :peildatum AND (p.eind_datum IS NULL OR p.eind_datum >= :peildatum)', { peildatum })
      .orderBy('p.start_datum')
      .addOrderBy('p.id')
      .getMany();
  }

  async list(actor: Actor, filter: PlaatsingFilter = {}, page: PageArgs): Promise<Connection<Plaatsing>> {
    const offset = decodeCursor(page.after);
    const qb = this.dataSource.manager.createQueryBuilder(Plaatsing, 'p').where('p.tenant_id = :tenantId', { tenantId: actor.tenantId });
    const scope = werkgeverScope(actor);
    if (scope) qb.andWhere('p.werkgever_id = :scope', { scope });
    const uuid = (value: string) => (isUuid(value) ? value : null);
    if (filter.kandidaatId) qb.andWhere('p.kandidaat_id = :kandidaatId', { kandidaatId: uuid(filter.kandidaatId) });
    if (filter.werkgeverId) qb.andWhere('p.werkgever_id = :werkgeverId', { werkgeverId: uuid(filter.werkgeverId) });
    if (filter.gemeenteId && !scope) qb.andWhere('p.gemeente_id = :gemeenteId', { gemeenteId: uuid(filter.gemeenteId) });
    if (filter.type?.length) qb.andWhere('p.type IN (:...type)', { type: filter.type });
    const [nodes, total] = await qb.orderBy('p.start_datum', 'DESC').addOrderBy('p.id', 'ASC').offset(offset).limit(page.first).getManyAndCount();
    return toConnection(nodes, offset, total);
  }

  private async vind(m: EntityManager, actor: Actor, id: string, lock = false): Promise<Plaatsing> {
    const scope = werkgeverScope(actor);
    const found = isUuid(id)
      ? await m.findOne(Plaatsing, {
          where: { id, tenantId: actor.tenantId, ...(scope && { werkgeverId: scope }) },
          ...(lock && { lock: { mode: 'pessimistic_write' as const } }),
        })
      : null;
    if (!found) throw AppError.notFound('Plaatsing', id);
    return found;
  }
}
