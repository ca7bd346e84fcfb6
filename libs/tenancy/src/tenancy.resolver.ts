import { Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Rol, Rollen } from '@matchpunt/common';
import { Gemeente } from './gemeente.entity';
import { TenancyService } from './tenancy.service';

@Resolver(() => Gemeente)
@Rollen(...Object.values(Rol))
export class TenancyResolver {
  constructor(private readonly tenancy: TenancyService) {}

  @Query(() => [Gemeente], { description: 'De gemeenten waarvoor uw organisatie werkt.' })
  gemeenten(@CurrentActor() actor: Actor): Promise<Gemeente[]> {
    return this.tenancy.gemeentenVan(actor);
  }
}
