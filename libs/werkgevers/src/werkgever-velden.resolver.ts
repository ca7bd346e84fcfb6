import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, isStaff } from '@matchpunt/common';
import { Contactmoment } from './contactmoment.entity';
import { Contactpersoon } from './contactpersoon.entity';
import { Medewerker } from './medewerker.type';
import { SBI_SECTIES } from './sbi';
import { Vestiging } from './vestiging.entity';
import { Werkgever } from './werkgever.entity';
import { WerkgeverLoaders } from './werkgever.loaders';
import { WerkgeverService } from './werkgever.service';

/** The fields of Werkgever that are batched (DataLoader) or for staff only. */
@Resolver(() => Werkgever)
export class WerkgeverVeldenResolver {
  constructor(
    private readonly loaders: WerkgeverLoaders,
    private readonly werkgevers: WerkgeverService,
  ) {}

  @ResolveField(() => String, { description: 'Omschrijving van de SBI-sectie.' })
  sectorOmschrijving(@Parent() werkgever: Werkgever): string {
    return SBI_SECTIES[werkgever.sector].omschrijving;
  }

  @ResolveField(() => [Vestiging])
  vestigingen(@Parent() werkgever: Werkgever, @CurrentActor() actor: Actor): Promise<Vestiging[]> {
    return this.loaders.for(actor).vestigingen.load(werkgever.id);
  }

  @ResolveField(() => [Contactpersoon])
  contactpersonen(@Parent() werkgever: Werkgever, @CurrentActor() actor: Actor): Promise<Contactpersoon[]> {
    return this.loaders.for(actor).contactpersonen.load(werkgever.id);
  }

  @ResolveField(() => Medewerker, { nullable: true })
  async accountmanager(@Parent() werkgever: Werkgever, @CurrentActor() actor: Actor): Promise<Medewerker | null> {
    return werkgever.accountmanagerId ? this.loaders.for(actor).medewerker.load(werkgever.accountmanagerId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Interne notities; alleen voor medewerkers (anders null).' })
  notities(@Parent() werkgever: Werkgever, @CurrentActor() actor: Actor): string | null {
    return isStaff(actor) ? werkgever.notities : null;
  }

  @ResolveField(() => [Contactmoment], {
    nullable: true,
    description: 'Alle contacten met de werkgever, nieuwste eerst; alleen voor medewerkers (anders null).',
  })
  relatiehistorie(
    @Parent() werkgever: Werkgever,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<Contactmoment[]> | null {
    return isStaff(actor) ? this.werkgevers.relatiehistorie(actor, werkgever.id, first) : null;
  }
}
