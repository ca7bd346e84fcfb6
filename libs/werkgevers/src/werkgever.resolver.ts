import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionType, CurrentActor, PageArgs, Rol, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { MaakWerkgeverInput, WijzigWerkgeverInput } from './dto/werkgever.input';
import { WerkgeverFilter } from './dto/werkgever-filter.input';
import { Werkgever } from './werkgever.entity';
import { WerkgeverBeheerService } from './werkgever-beheer.service';
import { WerkgeverService } from './werkgever.service';

export const WerkgeverConnection = ConnectionType(Werkgever);

@Resolver(() => Werkgever)
export class WerkgeverResolver {
  constructor(
    private readonly service: WerkgeverService,
    private readonly beheer: WerkgeverBeheerService,
  ) {}

  @Rollen(...STAFF_ROLLEN, Rol.WERKGEVER)
  @Query(() => Werkgever, { description: 'Eén werkgever. Een werkgever-gebruiker ziet alleen de eigen organisatie.' })
  werkgever(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Werkgever> {
    return this.service.getForActor(actor, id);
  }

  @Rollen(...STAFF_ROLLEN)
  @Query(() => WerkgeverConnection, { description: 'De werkgevers van uw organisatie, op naam.' })
  werkgevers(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('filter', { type: () => WerkgeverFilter, nullable: true }) filter?: WerkgeverFilter,
  ) {
    return this.service.list(actor, filter ?? {}, page);
  }

  @Rollen(Rol.WERKGEVER)
  @Query(() => Werkgever, { description: 'De organisatie van de ingelogde werkgever-gebruiker.' })
  mijnWerkgever(@CurrentActor() actor: Actor): Promise<Werkgever> {
    return this.service.mijnWerkgever(actor);
  }

  @Rollen(Rol.ACCOUNTMANAGER, Rol.ADMIN)
  @Mutation(() => Werkgever, { description: 'Legt een nieuwe werkgever vast, met vestigingen en contactpersonen.' })
  maakWerkgever(@CurrentActor() actor: Actor, @Args('input') input: MaakWerkgeverInput): Promise<Werkgever> {
    return this.beheer.maak(actor, input);
  }

  @Rollen(Rol.ACCOUNTMANAGER, Rol.ADMIN, Rol.WERKGEVER)
  @Mutation(() => Werkgever, { description: 'Wijzigt het profiel van een werkgever; alleen de meegegeven velden.' })
  wijzigWerkgever(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: WijzigWerkgeverInput,
  ): Promise<Werkgever> {
    return this.beheer.wijzig(actor, id, input);
  }
}
