import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@matchpunt/common';
import { Vestiging, Werkgever, WerkgeverLoaders } from '@matchpunt/werkgevers';
import { Vacature } from './vacature.entity';

/** Werkgever and vestiging of a vacature, batched per request. */
@Resolver(() => Vacature)
export class VacatureVeldenResolver {
  constructor(private readonly loaders: WerkgeverLoaders) {}

  @ResolveField(() => Werkgever, { nullable: true })
  werkgever(@Parent() vacature: Vacature, @CurrentActor() actor: Actor): Promise<Werkgever | null> {
    return this.loaders.for(actor).werkgever.load(vacature.werkgeverId);
  }

  @ResolveField(() => Vestiging, { nullable: true })
  async vestiging(@Parent() vacature: Vacature, @CurrentActor() actor: Actor): Promise<Vestiging | null> {
    return vacature.vestigingId ? this.loaders.for(actor).vestiging.load(vacature.vestigingId) : null;
  }
}
