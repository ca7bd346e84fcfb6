import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { PeriodeInput } from './dto/plaatsing.inputs';
import { DuurzaamheidService } from './duurzaamheid.service';
import { DuurzaamheidRapport } from './duurzaamheid.types';

@Resolver(() => DuurzaamheidRapport)
@Rollen(...STAFF_ROLLEN)
export class DuurzaamheidResolver {
  constructor(private readonly duurzaamheid: DuurzaamheidService) {}

  @Query(() => DuurzaamheidRapport, {
    name: 'duurzaamheid',
    description: 'Plaatsingen die in de periode begonnen, per gemeente: hoeveel na 6 en 12 maanden nog aan het werk zijn.',
  })
  rapport(
    @CurrentActor() actor: Actor,
    @Args('periode') periode: PeriodeInput,
    @Args('gemeenteId', { type: () => ID, nullable: true }) gemeenteId?: string,
  ): Promise<DuurzaamheidRapport> {
    return this.duurzaamheid.rapport(actor, periode, gemeenteId);
  }
}
