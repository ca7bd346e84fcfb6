import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Connection, CurrentActor, Rol, Rollen } from '@matchpunt/common';
import { AanbodskrantEditie } from './aanbodskrant-editie.entity';
import { AanbodskrantSuggesties } from './aanbodskrant-suggesties.service';
import { AanbodskrantVerzending } from './aanbodskrant-verzending.service';
import { AanbodskrantService } from './aanbodskrant.service';
import {
  AanbodskrantEditieConnection,
  AanbodskrantPdf,
  AanbodskrantSuggestie,
  AanbodskrantVoorbeeld,
  AanbodskrantVoortgang,
} from './aanbodskrant.types';
import { AanbodskrantenArgs, AanbodskrantInput, SuggestiesArgs, WijzigAanbodskrantInput } from './dto/aanbodskrant.input';
import { AanbodKaart } from './render/aanbod-kaart';

/** Composing, previewing and sending editions: accountmanagers and beheerders of the tenant. */
@Resolver(() => AanbodskrantEditie)
@Rollen(Rol.ACCOUNTMANAGER, Rol.ADMIN)
export class AanbodskrantResolver {
  constructor(
    private readonly edities: AanbodskrantService,
    private readonly verzending: AanbodskrantVerzending,
    private readonly suggesties: AanbodskrantSuggesties,
  ) {}

  @Query(() => AanbodskrantEditie)
  aanbodskrant(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<AanbodskrantEditie> {
    return this.edities.get(actor, id);
  }

  @Query(() => AanbodskrantEditieConnection, { description: 'Edities van de aanbodskrant, nieuwste eerst.' })
  aanbodskranten(@CurrentActor() actor: Actor, @Args() args: AanbodskrantenArgs): Promise<Connection<AanbodskrantEditie>> {
    return this.edities.list(actor, args.status, args);
  }

  @Query(() => [AanbodskrantSuggestie], {
    description: 'Beschikbare kandidaten voor een nieuwe editie: nieuw beschikbaar, nog niet aangeboden (in een krant of voorstel), per gemeente en sectorwens.',
  })
  suggestiesVoorAanbodskrant(@CurrentActor() actor: Actor, @Args() args: SuggestiesArgs): Promise<AanbodskrantSuggestie[]> {
    return this.suggesties.suggesties(actor, args);
  }

  @Query(() => AanbodskrantVoortgang, { description: 'Voortgang van het versturen: ontvangers, klaargezette en verzonden mails.' })
  aanbodskrantVoortgang(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<AanbodskrantVoortgang> {
    return this.verzending.voortgang(actor, id);
  }

  @Query(() => AanbodskrantVoorbeeld, { description: 'De mail zoals een ontvanger hem krijgt (met voorbeeldlinks).' })
  aanbodskrantVoorbeeld(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<AanbodskrantVoorbeeld> {
    return this.verzending.voorbeeld(actor, id);
  }

  @Query(() => AanbodskrantPdf, { nullable: true, description: 'De PDF van een verzonden editie; leeg zolang de verzendtaak hem nog niet heeft gemaakt.' })
  aanbodskrantPdf(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<AanbodskrantPdf | null> {
    return this.verzending.pdf(actor, id);
  }

  @Mutation(() => AanbodskrantEditie, { description: 'Maakt een concept-editie met beschikbare kandidaten (in deze volgorde).' })
  maakAanbodskrant(@CurrentActor() actor: Actor, @Args('input') input: AanbodskrantInput): Promise<AanbodskrantEditie> {
    return this.edities.maak(actor, input);
  }

  @Mutation(() => AanbodskrantEditie, { description: 'Wijzigt een concept; een verzonden editie geeft CONFLICT.' })
  wijzigAanbodskrant(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: WijzigAanbodskrantInput,
  ): Promise<AanbodskrantEditie> {
    return this.edities.wijzig(actor, id, input);
  }

  @Mutation(() => AanbodskrantEditie, {
    description: 'Verstuurt de editie naar alle ingeschreven contactpersonen van werkgevers (één mail per ontvanger, op de achtergrond). Nogmaals versturen verandert niets.',
  })
  verstuurAanbodskrant(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<AanbodskrantEditie> {
    return this.verzending.verstuur(actor, id);
  }

  @ResolveField(() => [AanbodKaart], { description: 'De kandidaten in volgorde, zoals werkgevers ze zien (bij een verzonden editie: zoals verstuurd).' })
  kandidaten(@CurrentActor() actor: Actor, @Parent() editie: AanbodskrantEditie): Promise<AanbodKaart[]> {
    return this.edities.kaarten(actor, editie);
  }

  @ResolveField(() => Int, { description: 'Aantal keer dat een werkgever op "interesse" klikte.' })
  async aantalInteresses(@CurrentActor() actor: Actor, @Parent() editie: AanbodskrantEditie): Promise<number> {
    return this.edities.aantalInteresses(actor, editie.id);
  }
}
