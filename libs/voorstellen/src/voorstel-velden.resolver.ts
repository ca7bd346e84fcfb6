import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, AppError, CurrentActor, isStaff, Rol, Rollen } from '@matchpunt/common';
import { dagenInFase } from '@matchpunt/domain';
import { Kandidaat, KandidaatKaart } from '@matchpunt/kandidaten';
import { Vacature } from '@matchpunt/vacatures';
import { Medewerker, Werkgever, WerkgeverLoaders } from '@matchpunt/werkgevers';
import { VoorstelLoaders } from './voorstel.loaders';
import { Voorstel, VoorstelOvergang } from './voorstel.entity';

/** The parts of a voorstel, batched per request. The candidate's identity stays behind `kaart.identiteit` (consent). */
@Resolver(() => Voorstel)
@Rollen(...Object.values(Rol))
export class VoorstelVeldenResolver {
  constructor(
    private readonly loaders: VoorstelLoaders,
    private readonly werkgeverLoaders: WerkgeverLoaders,
  ) {}

  @ResolveField(() => KandidaatKaart, {
    description: 'De geanonimiseerde kaart; naam en contact alleen via identiteit, na toestemming van de kandidaat.',
  })
  kaart(@CurrentActor() actor: Actor, @Parent() voorstel: Voorstel): Promise<KandidaatKaart> {
    return this.loaders.for(actor).kaart.load(voorstel.kandidaatId);
  }

  @ResolveField(() => Kandidaat, { description: 'De kandidaat (alleen medewerkers; werkgevers gebruiken kaart).' })
  kandidaat(@CurrentActor() actor: Actor, @Parent() voorstel: Voorstel): Promise<Kandidaat> {
    if (!isStaff(actor)) throw AppError.forbidden();
    return this.loaders.for(actor).kandidaat.load(voorstel.kandidaatId);
  }

  @ResolveField(() => Werkgever, { nullable: true })
  werkgever(@CurrentActor() actor: Actor, @Parent() voorstel: Voorstel): Promise<Werkgever | null> {
    return this.werkgeverLoaders.for(actor).werkgever.load(voorstel.werkgeverId);
  }

  @ResolveField(() => Vacature, { nullable: true })
  vacature(@CurrentActor() actor: Actor, @Parent() voorstel: Voorstel): Promise<Vacature | null> | null {
    return voorstel.vacatureId ? this.loaders.for(actor).vacature.load(voorstel.vacatureId) : null;
  }

  @ResolveField(() => Medewerker, { nullable: true, description: 'Wie het voorstel opvolgt.' })
  accountmanager(@CurrentActor() actor: Actor, @Parent() voorstel: Voorstel): Promise<Medewerker | null> | null {
    return voorstel.accountmanagerId
      ? this.werkgeverLoaders.for(actor).medewerker.load(voorstel.accountmanagerId)
      : null;
  }

  @ResolveField(() => [VoorstelOvergang], {
    description: 'Elke stap met tijd en gebruiker, oudste eerst (alleen medewerkers).',
  })
  geschiedenis(@CurrentActor() actor: Actor, @Parent() voorstel: Voorstel): Promise<VoorstelOvergang[]> {
    if (!isStaff(actor)) throw AppError.forbidden();
    return this.loaders.for(actor).geschiedenis.load(voorstel.id);
  }

  @ResolveField(() => Int, { description: 'Hele dagen in de huidige fase.' })
  dagenInFase(@Parent() voorstel: Voorstel): number {
    return dagenInFase(voorstel.statusSinds, new Date());
  }
}
