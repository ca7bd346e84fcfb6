import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { Werkgever, WerkgeverLoaders } from '@matchpunt/werkgevers';
import { Toestemming } from './toestemming.entity';
import { ToestemmingService } from './toestemming.service';
import { alleenStaf } from './kandidaat.resolver';

@Resolver(() => Toestemming)
@Rollen(...STAFF_ROLLEN)
export class ToestemmingResolver {
  constructor(
    private readonly toestemmingen: ToestemmingService,
    private readonly werkgeverLoaders: WerkgeverLoaders,
  ) {}

  @Mutation(() => Toestemming, {
    description: 'Legt vast dat de kandidaat toestemming geeft om naam en contactgegevens met deze werkgever te delen (werkcoach van de kandidaat of accountmanager/jobhunter/beheerder).',
  })
  geefToestemming(
    @CurrentActor() actor: Actor,
    @Args('kandidaatId', { type: () => ID }) kandidaatId: string,
    @Args('werkgeverId', { type: () => ID }) werkgeverId: string,
  ): Promise<Toestemming> {
    return this.toestemmingen.geef(actor, kandidaatId, werkgeverId);
  }

  @Mutation(() => Toestemming, { description: 'Trekt de toestemming voor deze werkgever in; de geschiedenis blijft bewaard.' })
  trekToestemmingIn(
    @CurrentActor() actor: Actor,
    @Args('kandidaatId', { type: () => ID }) kandidaatId: string,
    @Args('werkgeverId', { type: () => ID }) werkgeverId: string,
  ): Promise<Toestemming> {
    return this.toestemmingen.trekIn(actor, kandidaatId, werkgeverId);
  }

  @ResolveField(() => Werkgever, { nullable: true })
  werkgever(@CurrentActor() actor: Actor, @Parent() toestemming: Toestemming): Promise<Werkgever | null> {
    alleenStaf(actor);
    return this.werkgeverLoaders.for(actor).werkgever.load(toestemming.werkgeverId);
  }
}
