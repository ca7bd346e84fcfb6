import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Rol, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { ParameterService } from './parameter.service';
import { ParameterSetVersie, ParameterSetVersieInput } from './parameter-set.types';

/** Parameter sets: staff read them; only an ADMIN adds a version (an existing version never changes). */
@Resolver(() => ParameterSetVersie)
@Rollen(...STAFF_ROLLEN)
export class ParameterSetResolver {
  constructor(private readonly parameters: ParameterService) {}

  @Query(() => [ParameterSetVersie], { description: 'Alle versies van de parameterset van uw organisatie, nieuwste eerst.' })
  parameterSets(@CurrentActor() actor: Actor): Promise<ParameterSetVersie[]> {
    return this.parameters.lijst(actor);
  }

  @Query(() => ParameterSetVersie, { description: 'Eén versie van de parameterset.' })
  parameterSet(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ParameterSetVersie> {
    return this.parameters.get(actor, id);
  }

  @Query(() => ParameterSetVersie, { description: 'De versie die geldt op een datum (standaard vandaag): de hoogste versie die dan geldig is.' })
  geldendeParameterSet(
    @CurrentActor() actor: Actor,
    @Args('datum', { type: () => String, nullable: true, description: 'JJJJ-MM-DD' }) datum?: string,
  ): Promise<ParameterSetVersie> {
    return this.parameters.geldend(actor, datum ?? undefined);
  }

  @Rollen(Rol.ADMIN)
  @Mutation(() => ParameterSetVersie, { description: 'Maakt een nieuwe versie (beheerder). Een gebruikte versie wordt nooit gewijzigd.' })
  maakParameterSetVersie(@CurrentActor() actor: Actor, @Args('input') input: ParameterSetVersieInput): Promise<ParameterSetVersie> {
    return this.parameters.maakVersie(actor, input);
  }
}
