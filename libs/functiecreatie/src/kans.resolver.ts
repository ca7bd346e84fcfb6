import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Connection, CurrentActor, Rol, Rollen } from '@matchpunt/common';
import { Vacature } from '@matchpunt/vacatures';
import { Voorstel } from '@matchpunt/voorstellen';
import { Vestiging, Werkgever, WerkgeverLoaders } from '@matchpunt/werkgevers';
import { FunctiecreatieKansenArgs, FunctiecreatieKansInput, VacatureVanKansInput, WijzigFunctiecreatieKansInput } from './dto/kans.input';
import { FunctiecreatieKans } from './functiecreatie-kans.entity';
import { FunctiecreatieStatus } from './functiecreatie.enums';
import { FunctiecreatieKansConnection, KansKoppeling, KansMatch } from './functiecreatie.types';
import { KansBeheerService } from './kans-beheer.service';
import { KansMatchingService } from './kans-matching.service';
import { KansService } from './kans.service';

/** Functiecreatie-kansen: jobhunters, accountmanagers and beheerders of the tenant. */
@Resolver(() => FunctiecreatieKans)
@Rollen(Rol.JOBHUNTER, Rol.ACCOUNTMANAGER, Rol.ADMIN)
export class KansResolver {
  constructor(
    private readonly kansen: KansService,
    private readonly beheer: KansBeheerService,
    private readonly matching: KansMatchingService,
    private readonly werkgeverLoaders: WerkgeverLoaders,
  ) {}

  @Query(() => FunctiecreatieKans)
  functiecreatieKans(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<FunctiecreatieKans> {
    return this.kansen.getForActor(actor, id);
  }

  @Query(() => FunctiecreatieKansConnection, { description: 'Kansen van de organisatie, laatst gewijzigd eerst.' })
  functiecreatieKansen(@CurrentActor() actor: Actor, @Args() args: FunctiecreatieKansenArgs): Promise<Connection<FunctiecreatieKans>> {
    return this.kansen.list(actor, args.filter, args);
  }

  @Query(() => [KansMatch], { description: 'De best passende beschikbare kandidaten voor een kans (zelfde matching als voor vacatures), met uitleg.' })
  kandidatenVoorKans(
    @CurrentActor() actor: Actor,
    @Args('kansId', { type: () => ID }) kansId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<KansMatch[]> {
    return this.matching.kandidatenVoorKans(actor, kansId, first);
  }

  @Mutation(() => FunctiecreatieKans, { description: 'Legt een nieuwe kans vast (status VERKEND), gevonden door uzelf.' })
  maakFunctiecreatieKans(@CurrentActor() actor: Actor, @Args('input') input: FunctiecreatieKansInput): Promise<FunctiecreatieKans> {
    return this.beheer.maak(actor, input);
  }

  @Mutation(() => FunctiecreatieKans, { description: 'Wijzigt een kans die nog VERKEND of UITGEWERKT is.' })
  wijzigFunctiecreatieKans(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: WijzigFunctiecreatieKansInput,
  ): Promise<FunctiecreatieKans> {
    return this.beheer.wijzig(actor, id, input);
  }

  @Mutation(() => FunctiecreatieKans, { description: 'VERKEND → UITGEWERKT → GEREALISEERD, of VERVALLEN; andere stappen geven CONFLICT.' })
  wijzigFunctiecreatieStatus(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => FunctiecreatieStatus }) status: FunctiecreatieStatus,
  ): Promise<FunctiecreatieKans> {
    return this.beheer.wijzigStatus(actor, id, status);
  }

  @Mutation(() => Voorstel, { description: 'Stelt een kandidaat voor bij de werkgever van de kans (voorstel met bron FUNCTIECREATIE).' })
  koppelKandidaatAanKans(
    @CurrentActor() actor: Actor,
    @Args('kansId', { type: () => ID }) kansId: string,
    @Args('kandidaatId', { type: () => ID }) kandidaatId: string,
    @Args('notitie', { type: () => String, nullable: true, description: 'Persoonlijke notitie aan de werkgever; standaard een zin over de kans.' })
    notitie?: string | null,
  ): Promise<Voorstel> {
    return this.matching.koppel(actor, { kansId, kandidaatId, notitie });
  }

  @Mutation(() => Vacature, { description: 'Maakt van een GEREALISEERDE kans een vacature (functiecreatie), één keer.' })
  maakVacatureVanKans(
    @CurrentActor() actor: Actor,
    @Args('kansId', { type: () => ID }) kansId: string,
    @Args('input') input: VacatureVanKansInput,
  ): Promise<Vacature> {
    return this.beheer.maakVacature(actor, kansId, input);
  }

  @ResolveField(() => Werkgever, { nullable: true })
  werkgever(@CurrentActor() actor: Actor, @Parent() kans: FunctiecreatieKans): Promise<Werkgever | null> {
    return this.werkgeverLoaders.for(actor).werkgever.load(kans.werkgeverId);
  }

  @ResolveField(() => Vestiging, { nullable: true })
  vestiging(@CurrentActor() actor: Actor, @Parent() kans: FunctiecreatieKans): Promise<Vestiging | null> {
    return this.werkgeverLoaders.for(actor).vestiging.load(kans.vestigingId);
  }

  @ResolveField(() => [KansKoppeling], { description: 'Kandidaten die aan deze kans zijn gekoppeld.' })
  async koppelingen(@CurrentActor() actor: Actor, @Parent() kans: FunctiecreatieKans): Promise<KansKoppeling[]> {
    return (await this.kansen.koppelingen(actor, kans.id)).map((k) => ({ kandidaatId: k.kandidaatId, voorstelId: k.voorstelId, gekoppeldOp: k.createdAt }));
  }
}
