import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { SroiRapportageService } from './sroi-rapportage.service';
import { SroiRapportage } from './sroi.types';

/** Reports per gemeente and period; the CSV is a GraphQL string, so authorisation stays in one place. */
@Resolver(() => SroiRapportage)
@Rollen(...STAFF_ROLLEN)
export class SroiRapportageResolver {
  constructor(private readonly rapportages: SroiRapportageService) {}

  @Query(() => SroiRapportage, { description: 'SROI van de aanbestedingen van een gemeente die in de periode liepen.' })
  sroiRapportage(
    @CurrentActor() actor: Actor,
    @Args('gemeenteId', { type: () => ID }) gemeenteId: string,
    @Args('van', { description: 'JJJJ-MM-DD' }) van: string,
    @Args('tot', { description: 'JJJJ-MM-DD' }) tot: string,
  ): Promise<SroiRapportage> {
    return this.rapportages.rapportage(actor, gemeenteId, van, tot);
  }

  @Query(() => String, { description: 'Dezelfde rapportage als CSV (puntkomma, decimale komma, kopregel, totaalregel).' })
  sroiRapportageCsv(
    @CurrentActor() actor: Actor,
    @Args('gemeenteId', { type: () => ID }) gemeenteId: string,
    @Args('van', { description: 'JJJJ-MM-DD' }) van: string,
    @Args('tot', { description: 'JJJJ-MM-DD' }) tot: string,
  ): Promise<string> {
    return this.rapportages.csv(actor, gemeenteId, van, tot);
  }
}
