import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, JobOutbox } from '@matchpunt/common';
import { SearchIndexer } from '@matchpunt/search';
import { WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource, EntityManager } from 'typeorm';
import { PlaatsVacatureInput, WijzigVacatureInput } from './dto/vacature.input';
import { Vacature } from './vacature.entity';
import { VacatureStatus } from './vacature.enums';
import { isWijzigbaar, magNaarStatus, VACATURE_OVERGANGEN } from './vacature-status';
import { VacatureService } from './vacature.service';

/** Posts and changes vacatures, each in one transaction (with its search-index job): on error nothing is written. */
@Injectable()
export class VacatureBeheerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vacatures: VacatureService,
    private readonly werkgevers: WerkgeverService,
    private readonly indexer: SearchIndexer,
    private readonly outbox: JobOutbox,
  ) {}

  /** Staff post for any werkgever of their tenant; a werkgever user for its own organisation only. */
  async plaats(actor: Actor, input: PlaatsVacatureInput): Promise<Vacature> {
    const werkgeverId = input.werkgeverId ?? actor.werkgeverId;
    if (!werkgeverId) throw AppError.badInput('werkgeverId is verplicht.', 'werkgeverId');
    assertUren(input.urenMin, input.urenMax);
    const { publiceer, ...velden } = input;
    return this.write(async (manager) => {
      await this.werkgevers.assertExists(actor, werkgeverId, manager);
      if (input.vestigingId) await this.werkgevers.vestigingVan(actor, werkgeverId, input.vestigingId, 'vestigingId', manager);
      return manager.save(
        manager.create(Vacature, {
          ...velden,
          tenantId: actor.tenantId,
          werkgeverId,
          beroep: input.beroep ?? null,
          startdatum: input.startdatum ?? null,
          vestigingId: input.vestigingId ?? null,
          nederlandsNiveau: input.nederlandsNiveau ?? null,
          status: publiceer ? VacatureStatus.OPEN : VacatureStatus.CONCEPT,
          gepubliceerdOp: publiceer ? new Date() : null,
          afgeslotenOp: null,
          geplaatstDoorUserId: actor.userId,
        }),
      );
    });
  }

  async wijzig(actor: Actor, id: string, input: WijzigVacatureInput): Promise<Vacature> {
    return this.write(async (manager) => {
      const found = await this.vacatures.getForActor(actor, id, manager, true);
      if (!isWijzigbaar(found.status)) {
        throw AppError.conflict(`Een vacature met status ${found.status} kan niet meer gewijzigd worden.`, 'status');
      }
      assertUren(input.urenMin ?? found.urenMin, input.urenMax ?? found.urenMax);
      if (input.vestigingId) await this.werkgevers.vestigingVan(actor, found.werkgeverId, input.vestigingId, 'vestigingId', manager);
      for (const [key, value] of Object.entries(input)) {
        if (value !== undefined) Object.assign(found, { [key]: value });
      }
      return manager.save(found);
    });
  }

  /** CONCEPT → OPEN → VERVULD | GESLOTEN (and CONCEPT → GESLOTEN); anything else is a CONFLICT. */
  async wijzigStatus(actor: Actor, id: string, status: VacatureStatus): Promise<Vacature> {
    return this.write(async (manager) => {
      const found = await this.vacatures.getForActor(actor, id, manager, true);
      if (!magNaarStatus(found.status, status)) {
        const toegestaan = VACATURE_OVERGANGEN[found.status];
        const uitleg = toegestaan.length ? `alleen naar ${toegestaan.join(' of ')}` : 'de status is definitief';
        throw AppError.conflict(`Een vacature met status ${found.status} kan niet naar ${status}: ${uitleg}.`, 'status');
      }
      found.status = status;
      if (status === VacatureStatus.OPEN) found.gepubliceerdOp = new Date();
      if (status === VacatureStatus.VERVULD || status === VacatureStatus.GESLOTEN) found.afgeslotenOp = new Date();
      return manager.save(found);
    });
  }

  private async write(work: (manager: EntityManager) => Promise<Vacature>): Promise<Vacature> {
    const vacature = await this.dataSource.transaction(async (manager) => {
      const saved = await work(manager);
      await this.indexer.enqueue(manager, 'vacature', [saved.id]);
      return saved;
    });
    this.outbox.flushSoon();
    return vacature;
  }
}

function assertUren(urenMin: number, urenMax: number): void {
  if (urenMin > urenMax) throw AppError.badInput(`urenMin (${urenMin}) mag niet groter zijn dan urenMax (${urenMax}).`, 'urenMin');
}
