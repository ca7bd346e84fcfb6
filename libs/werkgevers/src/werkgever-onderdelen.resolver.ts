import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Rol, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { Contactmoment } from './contactmoment.entity';
import { ContactmomentService } from './contactmoment.service';
import { Contactpersoon } from './contactpersoon.entity';
import { ContactpersoonService } from './contactpersoon.service';
import { ContactmomentInput } from './dto/contactmoment.input';
import { ContactpersoonInput, WijzigContactpersoonInput } from './dto/contactpersoon.input';
import { VestigingInput, WijzigVestigingInput } from './dto/vestiging.input';
import { Medewerker } from './medewerker.type';
import { Vestiging } from './vestiging.entity';
import { VestigingService } from './vestiging.service';
import { WerkgeverLoaders } from './werkgever.loaders';

const BEHEERDERS = [Rol.ACCOUNTMANAGER, Rol.ADMIN, Rol.WERKGEVER];

/** Vestigingen, contactpersonen and contactmomenten of a werkgever. */
@Resolver(() => Contactmoment)
export class WerkgeverOnderdelenResolver {
  constructor(
    private readonly vestigingen: VestigingService,
    private readonly contactpersonen: ContactpersoonService,
    private readonly contactmomenten: ContactmomentService,
    private readonly loaders: WerkgeverLoaders,
  ) {}

  @Rollen(...BEHEERDERS)
  @Mutation(() => Vestiging, { description: 'Voegt een vestiging toe; plaats en coördinaten volgen uit de postcode.' })
  voegVestigingToe(
    @CurrentActor() actor: Actor,
    @Args('werkgeverId', { type: () => ID }) werkgeverId: string,
    @Args('input') input: VestigingInput,
  ): Promise<Vestiging> {
    return this.vestigingen.voegToe(actor, werkgeverId, input);
  }

  @Rollen(...BEHEERDERS)
  @Mutation(() => Vestiging)
  wijzigVestiging(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: WijzigVestigingInput): Promise<Vestiging> {
    return this.vestigingen.wijzig(actor, id, input);
  }

  @Rollen(...BEHEERDERS)
  @Mutation(() => Contactpersoon)
  voegContactpersoonToe(
    @CurrentActor() actor: Actor,
    @Args('werkgeverId', { type: () => ID }) werkgeverId: string,
    @Args('input') input: ContactpersoonInput,
  ): Promise<Contactpersoon> {
    return this.contactpersonen.voegToe(actor, werkgeverId, input);
  }

  @Rollen(...BEHEERDERS)
  @Mutation(() => Contactpersoon, { description: 'Wijzigt een contactpersoon; ontvangtAanbodskrant: false meldt af.' })
  wijzigContactpersoon(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: WijzigContactpersoonInput,
  ): Promise<Contactpersoon> {
    return this.contactpersonen.wijzig(actor, id, input);
  }

  @Rollen(...STAFF_ROLLEN)
  @Mutation(() => Contactmoment, { description: 'Legt een contact met een werkgever vast in de relatiehistorie.' })
  legContactmomentVast(@CurrentActor() actor: Actor, @Args('input') input: ContactmomentInput): Promise<Contactmoment> {
    return this.contactmomenten.legVast(actor, input);
  }

  @ResolveField(() => Medewerker, { nullable: true, description: 'Wie het contact had.' })
  door(@Parent() moment: Contactmoment, @CurrentActor() actor: Actor): Promise<Medewerker | null> {
    return this.loaders.for(actor).medewerker.load(moment.doorUserId);
  }
}
