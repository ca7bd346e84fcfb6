import { Injectable } from '@nestjs/common';
import { Actor } from '@matchpunt/common';
import { Kandidaat, KandidaatKaart, KandidaatService } from '@matchpunt/kandidaten';
import DataLoader from 'dataloader';

export interface PlaatsingLoaderSet {
  kandidaat: DataLoader<string, Kandidaat>;
  kaart: DataLoader<string, KandidaatKaart>;
}

/** DataLoaders per request (keyed by the request's Actor): one query for all candidates of a page. */
@Injectable()
export class PlaatsingLoaders {
  private readonly perRequest = new WeakMap<Actor, PlaatsingLoaderSet>();

  constructor(private readonly kandidaten: KandidaatService) {}

  for(actor: Actor): PlaatsingLoaderSet {
    let set = this.perRequest.get(actor);
    if (!set) {
      set = {
        kandidaat: new DataLoader((ids) => this.kandidaten.getMany(actor, ids)),
        kaart: new DataLoader((ids) => this.kandidaten.kaarten(actor, ids)),
      };
      this.perRequest.set(actor, set);
    }
    return set;
  }
}
