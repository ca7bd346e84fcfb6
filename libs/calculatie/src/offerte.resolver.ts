import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Rol, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { Werkgever, WerkgeverLoaders } from '@matchpunt/werkgevers';
import { DocumentService } from './document.service';
import { OfferteInput, OfferteVersieInput } from './dto/calculatie.input';
import { Offerte, OfferteVersie } from './offerte.entity';
import { OfferteStatus } from './offerte.enums';
import { OfferteService } from './offerte.service';
import { OfferteDocument } from './offerte.types';

const IEDEREEN = [...STAFF_ROLLEN, Rol.WERKGEVER];

/** Offertes: ACCOUNTMANAGER/ADMIN make them; a WERKGEVER sees its own from VERSTUURD on and decides on them. */
@Resolver(() => Offerte)
export class OfferteResolver {
  constructor(
    private readonly service: OfferteService,
    private readonly documenten: DocumentService,
    private readonly werkgeverLoaders: WerkgeverLoaders,
  ) {}

  @Rollen(...IEDEREEN)
  @Query(() => [Offerte], { description: 'De offertes van een werkgever, nieuwste eerst. Werkgevers zien alleen hun eigen, verstuurde offertes.' })
  offertes(@CurrentActor() actor: Actor, @Args('werkgeverId', { type: () => ID }) werkgeverId: string): Promise<Offerte[]> {
    return this.service.lijst(actor, werkgeverId);
  }

  @Rollen(...IEDEREEN)
  @Query(() => Offerte, { description: 'Eén offerte met haar versies.' })
  offerte(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Offerte> {
    return this.service.get(actor, id);
  }

  @Rollen(...IEDEREEN)
  @Query(() => OfferteDocument, { nullable: true, description: 'De PDF van een offerteversie (base64); leeg zolang die nog gemaakt wordt.' })
  offertePdf(@CurrentActor() actor: Actor, @Args('versieId', { type: () => ID }) versieId: string): Promise<OfferteDocument | null> {
    return this.documenten.offertePdf(actor, versieId);
  }

  @Rollen(Rol.ACCOUNTMANAGER, Rol.ADMIN)
  @Mutation(() => Offerte, { description: 'Maakt een offerte met versie 1 (CONCEPT); de PDF wordt op de achtergrond gemaakt.' })
  maakOfferte(@CurrentActor() actor: Actor, @Args('input') input: OfferteInput): Promise<Offerte> {
    return this.service.maak(actor, input);
  }

  @Rollen(Rol.ACCOUNTMANAGER, Rol.ADMIN)
  @Mutation(() => OfferteVersie, { description: 'Een nieuwe versie (CONCEPT) van een offerte, met een nieuwe berekening.' })
  nieuweOfferteVersie(
    @CurrentActor() actor: Actor,
    @Args('offerteId', { type: () => ID }) offerteId: string,
    @Args('input') input: OfferteVersieInput,
  ): Promise<OfferteVersie> {
    return this.service.nieuweVersie(actor, offerteId, input);
  }

  @Rollen(Rol.ACCOUNTMANAGER, Rol.ADMIN, Rol.WERKGEVER)
  @Mutation(() => OfferteVersie, {
    description: 'CONCEPT → VERSTUURD (medewerkers) → GEACCEPTEERD | AFGEWEZEN (medewerkers of de werkgever zelf; alleen de laatste verstuurde versie).',
  })
  wijzigOfferteStatus(
    @CurrentActor() actor: Actor,
    @Args('versieId', { type: () => ID }) versieId: string,
    @Args('status', { type: () => OfferteStatus }) status: OfferteStatus,
  ): Promise<OfferteVersie> {
    return this.service.wijzigStatus(actor, versieId, status);
  }

  @ResolveField(() => [OfferteVersie], { description: 'Nieuwste eerst; werkgevers zien geen concepten.' })
  versies(@CurrentActor() actor: Actor, @Parent() offerte: Offerte): Promise<OfferteVersie[]> {
    return this.service.versies(actor, offerte.id);
  }

  @ResolveField(() => Werkgever, { nullable: true })
  werkgever(@CurrentActor() actor: Actor, @Parent() offerte: Offerte): Promise<Werkgever | null> {
    return this.werkgeverLoaders.for(actor).werkgever.load(offerte.werkgeverId);
  }
}
