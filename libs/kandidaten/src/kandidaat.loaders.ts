import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@matchpunt/common';
import { Gemeente } from '@matchpunt/tenancy';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { KandidaatIdentiteitService } from './kandidaat-identiteit.service';
import { KandidaatIndicatie } from './kandidaat-indicatie.entity';
import { KaartIdentiteit } from './kandidaat-kaart.type';
import { KandidaatService } from './kandidaat.service';
import { Toestemming } from './toestemming.entity';
import { isUuid } from './utils/transactie';

export interface KandidaatLoaderSet {
  indicaties: DataLoader<string, KandidaatIndicatie | null>;
  kaartIdentiteit: DataLoader<string, KaartIdentiteit | null>;
  toestemmingen: DataLoader<string, Toestemming[]>;
  gemeente: DataLoader<string, Gemeente | null>;
}

/** DataLoaders per request, keyed by the request's Actor object (set once by the guard). */
@Injectable()
export class KandidaatLoaders {
  private readonly perRequest = new WeakMap<Actor, KandidaatLoaderSet>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly kandidaten: KandidaatService,
    private readonly identiteiten: KandidaatIdentiteitService,
  ) {}

  for(actor: Actor): KandidaatLoaderSet {
    let set = this.perRequest.get(actor);
    if (!set) {
      set = this.create(actor);
      this.perRequest.set(actor, set);
    }
    return set;
  }

  private create(actor: Actor): KandidaatLoaderSet {
    const manager = this.dataSource.manager;
    return {
      indicaties: new DataLoader((ids) => this.kandidaten.indicaties(actor, ids)),
      kaartIdentiteit: new DataLoader((ids) => this.identiteiten.kaartIdentiteiten(actor, ids)),
      toestemmingen: new DataLoader(async (ids) => {
        const rows = await manager.find(Toestemming, {
          where: { kandidaatId: In(ids.filter(isUuid)), tenantId: actor.tenantId },
          order: { gegevenOp: 'DESC', id: 'ASC' },
        });
        return ids.map((id) => rows.filter((row) => row.kandidaatId === id));
      }),
      gemeente: new DataLoader(async (ids) => {
        const rows = await manager.findBy(Gemeente, { id: In(ids.filter(isUuid)), tenantId: actor.tenantId });
        return ids.map((id) => rows.find((row) => row.id === id) ?? null);
      }),
    };
  }
}
