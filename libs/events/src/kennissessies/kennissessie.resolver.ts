import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Rol, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { KennissessieService } from './kennissessie.service';
import { Kennissessie, KennissessieAanmelding, MaakKennissessieInput } from './kennissessie.types';

const IEDEREEN = [...STAFF_ROLLEN, Rol.WERKGEVER];

@Resolver(() => Kennissessie)
export class KennissessieResolver {
  constructor(private readonly service: KennissessieService) {}

  @Rollen(...IEDEREEN)
  @Query(() => [Kennissessie], { description: 'Komende (en recente) kennissessies.' })
  kennissessies(@CurrentActor() actor: Actor): Promise<Kennissessie[]> {
    return this.service.lijst(actor);
  }

  @Rollen(...IEDEREEN)
  @Query(() => [KennissessieAanmelding], { description: 'Aanmeldingen van een sessie; werkgevers zien alleen hun eigen.' })
  kennissessieAanmeldingen(@CurrentActor() actor: Actor, @Args('sessieId', { type: () => ID }) sessieId: string): Promise<KennissessieAanmelding[]> {
    return this.service.aanmeldingen(actor, sessieId);
  }

  @Rollen(Rol.ACCOUNTMANAGER, Rol.ADMIN)
  @Mutation(() => Kennissessie)
  maakKennissessie(@CurrentActor() actor: Actor, @Args('input') input: MaakKennissessieInput): Promise<Kennissessie> {
    return this.service.maak(actor, input);
  }

  @Rollen(Rol.WERKGEVER, Rol.ACCOUNTMANAGER, Rol.ADMIN)
  @Mutation(() => KennissessieAanmelding, { description: 'Meldt een contactpersoon aan: uitnodiging en herinnering per mail; vol = wachtlijst.' })
  meldAanVoorKennissessie(
    @CurrentActor() actor: Actor,
    @Args('sessieId', { type: () => ID }) sessieId: string,
    @Args('contactpersoonId', { type: () => ID }) contactpersoonId: string,
  ): Promise<KennissessieAanmelding> {
    return this.service.meldAan(actor, sessieId, contactpersoonId);
  }

  @Rollen(Rol.WERKGEVER, Rol.ACCOUNTMANAGER, Rol.ADMIN)
  @Mutation(() => KennissessieAanmelding, { description: 'Meldt af; de eerste op de wachtlijst schuift door (met mail).' })
  meldAfVoorKennissessie(@CurrentActor() actor: Actor, @Args('aanmeldingId', { type: () => ID }) aanmeldingId: string): Promise<KennissessieAanmelding> {
    return this.service.meldAf(actor, aanmeldingId);
  }
}
