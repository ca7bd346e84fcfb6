import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Rol, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { Werkgever, WerkgeverLoaders } from '@matchpunt/werkgevers';
import { CalculatieAanvraag } from './calculatie-aanvraag.entity';
import { CalculatieAanvraagService } from './calculatie-aanvraag.service';
import { CalculatieAanvraagInput } from './dto/calculatie.input';

@Resolver(() => CalculatieAanvraag)
export class CalculatieAanvraagResolver {
  constructor(
    private readonly aanvragen: CalculatieAanvraagService,
    private readonly werkgeverLoaders: WerkgeverLoaders,
  ) {}

  @Rollen(Rol.WERKGEVER)
  @Mutation(() => CalculatieAanvraag, { description: 'Vraagt een calculatie voor een groepsplaatsing aan; uw accountmanager krijgt bericht.' })
  vraagCalculatieAan(@CurrentActor() actor: Actor, @Args('input') input: CalculatieAanvraagInput): Promise<CalculatieAanvraag> {
    return this.aanvragen.vraagAan(actor, input);
  }

  @Rollen(...STAFF_ROLLEN, Rol.WERKGEVER)
  @Query(() => [CalculatieAanvraag], { description: 'Calculatie-aanvragen, nieuwste eerst. Werkgevers zien hun eigen.' })
  calculatieAanvragen(
    @CurrentActor() actor: Actor,
    @Args('alleenOpen', { nullable: true, defaultValue: false }) alleenOpen: boolean,
    @Args('mijnWerkgevers', { nullable: true, defaultValue: false, description: 'Alleen aanvragen van werkgevers die u beheert.' }) mijnWerkgevers: boolean,
  ): Promise<CalculatieAanvraag[]> {
    return this.aanvragen.lijst(actor, { alleenOpen, mijnWerkgevers });
  }

  @ResolveField(() => Werkgever, { nullable: true })
  werkgever(@CurrentActor() actor: Actor, @Parent() aanvraag: CalculatieAanvraag): Promise<Werkgever | null> {
    return this.werkgeverLoaders.for(actor).werkgever.load(aanvraag.werkgeverId);
  }
}
