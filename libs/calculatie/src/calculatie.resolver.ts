import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Rol, Rollen } from '@matchpunt/common';
import { CalculatieBerekening } from './calculatie.types';
import { CalculatieService } from './calculatie.service';
import { CalculatieInput, CalculatieVariatieInput } from './dto/calculatie.input';

@Resolver(() => CalculatieBerekening)
export class CalculatieResolver {
  constructor(private readonly calculaties: CalculatieService) {}

  @Rollen(Rol.ACCOUNTMANAGER, Rol.ADMIN)
  @Query(() => CalculatieBerekening, {
    description: 'Rekent een groepsplaatsing door zonder op te slaan (het live formulier), met wat-als-varianten ernaast.',
  })
  berekenCalculatie(
    @CurrentActor() actor: Actor,
    @Args('input') input: CalculatieInput,
    @Args('variaties', { type: () => [CalculatieVariatieInput], nullable: true }) variaties?: CalculatieVariatieInput[],
  ): Promise<CalculatieBerekening> {
    return this.calculaties.bereken(actor, input, variaties);
  }
}
