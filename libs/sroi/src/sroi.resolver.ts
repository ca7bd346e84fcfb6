import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Rol, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { Dec, formatPercentage } from '@matchpunt/domain';
import { Gemeente } from '@matchpunt/tenancy';
import { Werkgever, WerkgeverLoaders } from '@matchpunt/werkgevers';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SroiInzetInput, SroiVerplichtingFilter, SroiVerplichtingInput } from './dto/sroi.input';
import { SroiInzet } from './sroi-inzet.entity';
import { SroiOverzichtService } from './sroi-overzicht.service';
import { SroiVerplichting } from './sroi-verplichting.entity';
import { SroiService } from './sroi.service';
import { SroiKandidaatSuggesties, SroiKoppelvoorstel, SroiModel, SroiVoortgang } from './sroi.types';

const IEDEREEN = [...STAFF_ROLLEN, Rol.WERKGEVER];
const BEHEERDERS = [Rol.ACCOUNTMANAGER, Rol.ADMIN];

/** SROI obligations: ACCOUNTMANAGER/ADMIN write, staff read, a WERKGEVER reads its own only. */
@Resolver(() => SroiVerplichting)
export class SroiResolver {
  constructor(
    private readonly sroi: SroiService,
    private readonly overzicht: SroiOverzichtService,
    private readonly werkgeverLoaders: WerkgeverLoaders,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Rollen(...IEDEREEN)
  @Query(() => [SroiVerplichting], { description: 'SROI-verplichtingen, eerst eindigend eerst. Werkgevers zien alleen hun eigen.' })
  sroiVerplichtingen(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => SroiVerplichtingFilter, nullable: true }) filter?: SroiVerplichtingFilter,
  ): Promise<SroiVerplichting[]> {
    return this.sroi.lijst(actor, filter ?? {});
  }

  @Rollen(...IEDEREEN)
  @Query(() => SroiVerplichting, { description: 'Eén SROI-verplichting.' })
  sroiVerplichting(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<SroiVerplichting> {
    return this.sroi.get(actor, id);
  }

  @Rollen(...STAFF_ROLLEN)
  @Query(() => [SroiKoppelvoorstel], { description: 'Plaatsingen bij opdrachtnemers met een open verplichting die nog niet meetellen: te bevestigen of af te wijzen.' })
  sroiKoppelvoorstellen(@CurrentActor() actor: Actor): Promise<SroiKoppelvoorstel[]> {
    return this.overzicht.koppelvoorstellen(actor);
  }

  @Rollen(...STAFF_ROLLEN)
  @Query(() => SroiModel, { description: 'De bouwblokken (categorieën) en bonussen van het SROI-model dat op de datum geldt.' })
  sroiModel(@CurrentActor() actor: Actor, @Args('datum', { type: () => String, nullable: true }) datum?: string): Promise<SroiModel> {
    return this.overzicht.model(actor, datum);
  }

  @Rollen(...BEHEERDERS)
  @Mutation(() => SroiVerplichting, { description: 'Legt een SROI-verplichting vast; de waarde van inzet volgt de parameterset die op de startdatum geldt.' })
  maakSroiVerplichting(@CurrentActor() actor: Actor, @Args('input') input: SroiVerplichtingInput): Promise<SroiVerplichting> {
    return this.sroi.maak(actor, input);
  }

  @Rollen(...BEHEERDERS)
  @Mutation(() => SroiInzet, { description: 'Voegt inzet toe (een bouwblok, inkoop of vrijwilligerswerk).' })
  voegSroiInzetToe(
    @CurrentActor() actor: Actor,
    @Args('verplichtingId', { type: () => ID }) verplichtingId: string,
    @Args('input') input: SroiInzetInput,
  ): Promise<SroiInzet> {
    return this.sroi.voegInzetToe(actor, verplichtingId, input);
  }

  @Rollen(...BEHEERDERS)
  @Mutation(() => Boolean, { description: 'Verwijdert inzet.' })
  verwijderSroiInzet(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.sroi.verwijderInzet(actor, id);
  }

  @Rollen(...BEHEERDERS)
  @Mutation(() => SroiInzet, { description: 'Bevestigt een voorgestelde koppeling: de plaatsing telt voor de verplichting, in de gekozen categorie.' })
  bevestigSroiKoppeling(
    @CurrentActor() actor: Actor,
    @Args('verplichtingId', { type: () => ID }) verplichtingId: string,
    @Args('plaatsingId', { type: () => ID }) plaatsingId: string,
    @Args('categorie', { description: 'Bouwblok-code, bijv. PW_UITKERING_LANGER_2_JAAR.' }) categorie: string,
    @Args('bonussen', { type: () => [String], nullable: true }) bonussen?: string[],
  ): Promise<SroiInzet> {
    return this.sroi.bevestigKoppeling(actor, verplichtingId, plaatsingId, categorie, bonussen ?? []);
  }

  @Rollen(...BEHEERDERS)
  @Mutation(() => Boolean, { description: 'Wijst een voorgestelde koppeling af.' })
  wijsSroiKoppelingAf(
    @CurrentActor() actor: Actor,
    @Args('verplichtingId', { type: () => ID }) verplichtingId: string,
    @Args('plaatsingId', { type: () => ID }) plaatsingId: string,
  ): Promise<boolean> {
    return this.sroi.wijsKoppelingAf(actor, verplichtingId, plaatsingId);
  }

  @ResolveField(() => String, { description: 'SROI-percentage in % ("5.00").' })
  sroiPercentage(@Parent() v: SroiVerplichting): string {
    return formatPercentage(new Dec(v.sroiPercentage));
  }

  @ResolveField(() => SroiVoortgang, { description: 'Voortgang, prognose en status, nu berekend (standaard op vandaag).' })
  voortgang(
    @CurrentActor() actor: Actor,
    @Parent() v: SroiVerplichting,
    @Args('peildatum', { type: () => String, nullable: true, description: 'JJJJ-MM-DD' }) peildatum?: string,
  ): Promise<SroiVoortgang> {
    return this.overzicht.voortgang(actor, v, peildatum);
  }

  @ResolveField(() => [SroiInzet])
  inzet(@CurrentActor() actor: Actor, @Parent() v: SroiVerplichting): Promise<SroiInzet[]> {
    return this.sroi.inzet(actor, v.id);
  }

  @ResolveField(() => [SroiKoppelvoorstel], { description: 'Voorgestelde koppelingen met plaatsingen (alleen medewerkers; werkgevers: leeg).' })
  koppelvoorstellen(@CurrentActor() actor: Actor, @Parent() v: SroiVerplichting): Promise<SroiKoppelvoorstel[]> {
    return this.overzicht.koppelvoorstellen(actor, v.id);
  }

  @ResolveField(() => SroiKandidaatSuggesties, { description: 'Beschikbare kandidaten in de gemeente van de aanbesteding, geanonimiseerd voor werkgevers.' })
  kandidaatSuggesties(
    @CurrentActor() actor: Actor,
    @Parent() v: SroiVerplichting,
    @Args('first', { type: () => Int, defaultValue: 5 }) first: number,
  ): Promise<SroiKandidaatSuggesties> {
    return this.overzicht.kandidaatSuggesties(actor, v, first);
  }

  @ResolveField(() => Werkgever, { nullable: true })
  werkgever(@CurrentActor() actor: Actor, @Parent() v: SroiVerplichting): Promise<Werkgever | null> {
    return this.werkgeverLoaders.for(actor).werkgever.load(v.werkgeverId);
  }

  @ResolveField(() => Gemeente, { nullable: true })
  gemeente(@CurrentActor() actor: Actor, @Parent() v: SroiVerplichting): Promise<Gemeente | null> {
    return this.dataSource.manager.findOneBy(Gemeente, { id: v.gemeenteId, tenantId: actor.tenantId });
  }
}
