import { Injectable } from '@nestjs/common';
import { Actor } from '@matchpunt/common';
import { Kandidaat, KandidaatKaart, KandidaatService } from '@matchpunt/kandidaten';
import { Vacature, VacatureService } from '@matchpunt/vacatures';
import DataLoader from 'dataloader';
import { VoorstelQueryService } from './voorstel-query.service';
import { VoorstelOvergang } from './voorstel.entity';

export interface VoorstelLoaderSet {
  kandidaat: DataLoader<string, Kandidaat>;
  kaart: DataLoader<string, KandidaatKaart>;
  vacature: DataLoader<string, Vacature | null>;
  geschiedenis: DataLoader<string, VoorstelOvergang[]>;
}

/** DataLoaders per request (keyed by the request's Actor): one query per kind of child for a whole page. */
@Injectable()
export class VoorstelLoaders {
  private readonly perRequest = new WeakMap<Actor, VoorstelLoaderSet>();

  constructor(
    private readonly kandidaten: KandidaatService,
    private readonly vacatures: VacatureService,
    private readonly voorstellen: VoorstelQueryService,
  ) {}

  for(actor: Actor): VoorstelLoaderSet {
    let set = this.perRequest.get(actor);
    if (!set) {
      set = {
        kandidaat: new DataLoader((ids) => this.kandidaten.getMany(actor, ids)),
        kaart: new DataLoader((ids) => this.kandidaten.kaarten(actor, ids)),
        vacature: new DataLoader(async (ids) => {
          const rows = await this.vacatures.byIds(actor, ids);
          return ids.map((id) => rows.find((row) => row.id === id) ?? null);
        }),
        geschiedenis: new DataLoader((ids) => this.voorstellen.geschiedenis(actor, ids)),
      };
      this.perRequest.set(actor, set);
    }
    return set;
  }
}
