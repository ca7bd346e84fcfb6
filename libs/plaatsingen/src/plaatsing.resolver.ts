import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, AppError, Connection, CurrentActor, isStaff, Rol, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { Kandidaat, KandidaatKaart } from '@matchpunt/kandidaten';
import { Werkgever, WerkgeverLoaders } from '@matchpunt/werkgevers';
import { PlaatsingConnection, PlaatsingenArgs, PlaatsingInput } from './dto/plaatsing.inputs';
import { Plaatsing } from './plaatsing.entity';
import { DuurzaamheidMoment } from './plaatsing.enums';
import { PlaatsingLoaders } from './plaatsing.loaders';
import { PlaatsingService } from './plaatsing.service';

/** Placements: staff create them and record duurzaamheid; a WERKGEVER reads those at its own organisation. */
@Resolver(() => Plaatsing)
@Rollen(...Object.values(Rol))
export class PlaatsingResolver {
  constructor(
    private readonly plaatsingen: PlaatsingService,
    private readonly loaders: PlaatsingLoaders,
    private readonly werkgeverLoaders: WerkgeverLoaders,
  ) {}

  @Query(() => Plaatsing, { description: 'Eén plaatsing. Werkgevers zien alleen plaatsingen bij hun eigen organisatie.' })
  plaatsing(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Plaatsing> {
    return this.plaatsingen.getForActor(actor, id);
  }

  @Query(() => PlaatsingConnection, { name: 'plaatsingen', description: 'Plaatsingen, nieuwste start eerst. Werkgevers zien alleen hun eigen organisatie.' })
  lijst(@CurrentActor() actor: Actor, @Args() args: PlaatsingenArgs): Promise<Connection<Plaatsing>> {
    return this.plaatsingen.list(actor, args.filter, args);
  }

  @Rollen(...STAFF_ROLLEN)
  @Mutation(() => Plaatsing, { description: 'Legt een plaatsing vast; de kandidaat krijgt status GEPLAATST.' })
  maakPlaatsing(@CurrentActor() actor: Actor, @Args('input') input: PlaatsingInput): Promise<Plaatsing> {
    return this.plaatsingen.create(undefined, actor, input);
  }

  @Rollen(...STAFF_ROLLEN)
  @Mutation(() => Plaatsing, { description: 'Legt vast of de kandidaat na 6 of 12 maanden nog aan het werk is.' })
  registreerDuurzaamheid(
    @CurrentActor() actor: Actor,
    @Args('plaatsingId', { type: () => ID }) plaatsingId: string,
    @Args('moment', { type: () => DuurzaamheidMoment }) moment: DuurzaamheidMoment,
    @Args('aanHetWerk') aanHetWerk: boolean,
    @Args('peildatum', { type: () => String, nullable: true, description: 'JJJJ-MM-DD; standaard vandaag.' }) peildatum?: string,
  ): Promise<Plaatsing> {
    return this.plaatsingen.registreerDuurzaamheid(actor, plaatsingId, moment, aanHetWerk, peildatum);
  }

  @ResolveField(() => KandidaatKaart, { description: 'De geanonimiseerde kaart van de geplaatste kandidaat.' })
  kandidaatKaart(@CurrentActor() actor: Actor, @Parent() plaatsing: Plaatsing): Promise<KandidaatKaart> {
    return this.loaders.for(actor).kaart.load(plaatsing.kandidaatId);
  }

  @ResolveField(() => Kandidaat, { description: 'De kandidaat (alleen medewerkers; werkgevers gebruiken kandidaatKaart).' })
  kandidaat(@CurrentActor() actor: Actor, @Parent() plaatsing: Plaatsing): Promise<Kandidaat> {
    if (!isStaff(actor)) throw AppError.forbidden();
    return this.loaders.for(actor).kandidaat.load(plaatsing.kandidaatId);
  }

  @ResolveField(() => Werkgever, { nullable: true })
  werkgever(@CurrentActor() actor: Actor, @Parent() plaatsing: Plaatsing): Promise<Werkgever | null> {
    return this.werkgeverLoaders.for(actor).werkgever.load(plaatsing.werkgeverId);
  }

  @ResolveField(() => ID, { nullable: true, description: 'De gemeente van de kandidaat (alleen medewerkers).' })
  gemeenteId(@CurrentActor() actor: Actor, @Parent() plaatsing: Plaatsing): string {
    if (!isStaff(actor)) throw AppError.forbidden();
    return plaatsing.gemeenteId;
  }
}
