import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError } from '@matchpunt/common';
import { DataSource, EntityManager } from 'typeorm';
import { Contactmoment } from './contactmoment.entity';
import { Contactpersoon } from './contactpersoon.entity';
import { ContactmomentInput } from './dto/contactmoment.input';
import { WerkgeverService } from './werkgever.service';

/**
 * The relatiehistorie: every contact with a werkgever, so that an accountmanager sees the whole relation
 * and a werkgever is not approached by several parties at once. Other features (proposals, the
 * aanbodskrant) log their contacts here too, inside their own transaction.
 */
@Injectable()
export class ContactmomentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly werkgevers: WerkgeverService,
  ) {}

  legVast(actor: Actor, input: ContactmomentInput, manager?: EntityManager): Promise<Contactmoment> {
    if (manager) return this.insert(manager, actor, input);
    return this.dataSource.transaction((tx) => this.insert(tx, actor, input));
  }

  private async insert(manager: EntityManager, actor: Actor, input: ContactmomentInput): Promise<Contactmoment> {
    await this.werkgevers.getForActor(actor, input.werkgeverId, manager);
    if (input.contactpersoonId) {
      const contact = await manager.findOneBy(Contactpersoon, { id: input.contactpersoonId, werkgeverId: input.werkgeverId, tenantId: actor.tenantId });
      if (!contact) throw AppError.badInput('Deze contactpersoon hoort niet bij de werkgever.', 'contactpersoonId');
    }
    const datum = input.datum ?? new Date();
    if (datum.getTime() > Date.now() + 24 * 3600 * 1000) throw AppError.badInput('datum van een contactmoment kan niet in de toekomst liggen.', 'datum');
    return manager.save(
      manager.create(Contactmoment, {
        tenantId: actor.tenantId,
        werkgeverId: input.werkgeverId,
        contactpersoonId: input.contactpersoonId ?? null,
        soort: input.soort,
        datum,
        onderwerp: input.onderwerp,
        verslag: input.verslag ?? '',
        doorUserId: actor.userId,
      }),
    );
  }
}
