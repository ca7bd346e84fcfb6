import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, ConnectionType, CurrentActor, PageArgs, Rol, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { VacatureFilter } from './dto/vacature-filter.input';
import { PlaatsVacatureInput, WijzigVacatureInput } from './dto/vacature.input';
import { Vacature } from './vacature.entity';
import { VacatureStatus } from './vacature.enums';
import { VacatureBeheerService } from './vacature-beheer.service';
import { VacatureService } from './vacature.service';

export const VacatureConnection = ConnectionType(Vacature);
const PLAATSERS = [Rol.ACCOUNTMANAGER, Rol.ADMIN, Rol.WERKGEVER];

@Resolver(() => Vacature)
export class VacatureResolver {
  constructor(
    private readonly service: VacatureService,
    private readonly beheer: VacatureBeheerService,
  ) {}

  @Rollen(...STAFF_ROLLEN, Rol.WERKGEVER)
  @Query(() => Vacature, { description: 'Eén vacature; een werkgever-gebruiker ziet alleen de eigen vacatures.' })
  vacature(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Vacature> {
    return this.service.getForActor(actor, id);
  }

  @Rollen(...STAFF_ROLLEN, Rol.WERKGEVER)
  @Query(() => VacatureConnection, { description: 'Vacatures, nieuwste eerst; een werkgever-gebruiker ziet alleen de eigen.' })
  vacatures(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('filter', { type: () => VacatureFilter, nullable: true }) filter?: VacatureFilter,
  ) {
    return this.service.list(actor, filter ?? {}, page);
  }

  @Rollen(...PLAATSERS)
  @Mutation(() => Vacature, { description: 'Plaatst een vacature (als concept, of direct open met publiceer: true).' })
  plaatsVacature(@CurrentActor() actor: Actor, @Args('input') input: PlaatsVacatureInput): Promise<Vacature> {
    return this.beheer.plaats(actor, input);
  }

  @Rollen(...PLAATSERS)
  @Mutation(() => Vacature, { description: 'Wijzigt een vacature (CONCEPT of OPEN); alleen de meegegeven velden.' })
  wijzigVacature(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: WijzigVacatureInput,
  ): Promise<Vacature> {
    return this.beheer.wijzig(actor, id, input);
  }

  @Rollen(...PLAATSERS)
  @Mutation(() => Vacature, { description: 'CONCEPT → OPEN → VERVULD of GESLOTEN; een ongeldige overgang geeft CONFLICT.' })
  wijzigVacatureStatus(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => VacatureStatus }) status: VacatureStatus,
  ): Promise<Vacature> {
    return this.beheer.wijzigStatus(actor, id, status);
  }
}
