import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Connection, CurrentActor, Rol, Rollen } from '@matchpunt/common';
import { KaartenArgs, KandidaatKaartConnection } from './dto/kandidaat.args';
import { KaartIdentiteit, KandidaatKaart } from './kandidaat-kaart.type';
import { KandidaatLoaders } from './kandidaat.loaders';
import { KandidaatService } from './kandidaat.service';

/** Anonymised cards, for employer users (and for staff, as a preview of what employers see). */
@Resolver(() => KandidaatKaart)
@Rollen(...Object.values(Rol))
export class KandidaatKaartResolver {
  constructor(
    private readonly kandidaten: KandidaatService,
    private readonly loaders: KandidaatLoaders,
  ) {}

  @Query(() => KandidaatKaart, { description: 'De geanonimiseerde kaart van een kandidaat.' })
  kandidaatKaart(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<KandidaatKaart> {
    return this.kandidaten.kaart(actor, id);
  }

  @Query(() => KandidaatKaartConnection, { description: 'Kaarten van beschikbare kandidaten, langst beschikbaar eerst.' })
  kandidaatKaarten(@CurrentActor() actor: Actor, @Args() args: KaartenArgs): Promise<Connection<KandidaatKaart>> {
    return this.kandidaten.kaartenBeschikbaar(actor, args.filter ?? {}, args);
  }

  @ResolveField(() => KaartIdentiteit, {
    nullable: true,
    description: 'Naam en contactgegevens: alleen als de kandidaat uw organisatie toestemming gaf (elke inzage wordt gelogd). Anders null.',
  })
  identiteit(@CurrentActor() actor: Actor, @Parent() kaart: KandidaatKaart): Promise<KaartIdentiteit | null> {
    return this.loaders.for(actor).kaartIdentiteit.load(kaart.id);
  }
}
