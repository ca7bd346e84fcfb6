import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, werkgeverScope } from '@matchpunt/common';
import { PostcodeService } from '@matchpunt/tenancy';
import { DataSource, EntityManager } from 'typeorm';
import { VestigingInput, WijzigVestigingInput } from './dto/vestiging.input';
import { isUuid } from './uuid';
import { Vestiging } from './vestiging.entity';
import { assertGemeente } from './werkgever-regels';
import { WerkgeverWijzigingen } from './werkgever-wijzigingen';
import { WerkgeverService } from './werkgever.service';

/** Adds and changes vestigingen; the postcode gives plaats and coordinates. */
@Injectable()
export class VestigingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly werkgevers: WerkgeverService,
    private readonly postcodes: PostcodeService,
    private readonly wijzigingen: WerkgeverWijzigingen,
  ) {}

  async voegToe(actor: Actor, werkgeverId: string, input: VestigingInput): Promise<Vestiging> {
    const vestiging = await this.dataSource.transaction(async (manager) => {
      await this.werkgevers.getForActor(actor, werkgeverId, manager, true);
      const created = await this.insert(manager, actor, werkgeverId, input);
      await this.wijzigingen.gewijzigd(manager, werkgeverId);
      return created;
    });
    this.wijzigingen.naCommit();
    return vestiging;
  }

  /** Used by maakWerkgever inside its transaction; `field` prefixes the input path in errors. */
  async insert(manager: EntityManager, actor: Actor, werkgeverId: string, input: VestigingInput, field = ''): Promise<Vestiging> {
    const locatie = await this.postcodes.locatie(input.postcode, `${field}postcode`, manager);
    if (input.gemeenteId) await assertGemeente(manager, actor, input.gemeenteId, `${field}gemeenteId`);
    return manager.save(
      manager.create(Vestiging, {
        tenantId: actor.tenantId,
        werkgeverId,
        naam: input.naam,
        adres: input.adres,
        ...locatie,
        gemeenteId: input.gemeenteId ?? null,
      }),
    );
  }

  async wijzig(actor: Actor, id: string, input: WijzigVestigingInput): Promise<Vestiging> {
    const vestiging = await this.dataSource.transaction(async (manager) => {
      const found = isUuid(id)
        ? await manager.findOne(Vestiging, { where: { id, tenantId: actor.tenantId }, lock: { mode: 'pessimistic_write' } })
        : null;
      const scope = werkgeverScope(actor);
      if (!found || (scope && scope !== found.werkgeverId)) throw AppError.notFound('Vestiging', id);
      if (input.naam !== undefined) found.naam = input.naam;
      if (input.adres !== undefined) found.adres = input.adres;
      if (input.postcode !== undefined) Object.assign(found, await this.postcodes.locatie(input.postcode, 'postcode', manager));
      if (input.gemeenteId !== undefined) {
        if (input.gemeenteId) await assertGemeente(manager, actor, input.gemeenteId);
        found.gemeenteId = input.gemeenteId;
      }
      const saved = await manager.save(found);
      await this.wijzigingen.gewijzigd(manager, found.werkgeverId);
      return saved;
    });
    this.wijzigingen.naCommit();
    return vestiging;
  }
}
