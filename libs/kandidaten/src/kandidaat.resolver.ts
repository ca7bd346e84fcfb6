import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, AppError, Connection, CurrentActor, isStaff, Rol, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { Gemeente } from '@matchpunt/tenancy';
import { Medewerker, WerkgeverLoaders } from '@matchpunt/werkgevers';
import { KandidaatConnection, KandidatenArgs } from './dto/kandidaat.args';
import { NieuweKandidaatInput, WijzigKandidaatInput } from './dto/kandidaat.inputs';
import { KandidaatIdentiteit } from './kandidaat-identiteit.entity';
import { KandidaatIdentiteitService } from './kandidaat-identiteit.service';
import { KandidaatIndicatie } from './kandidaat-indicatie.entity';
import { KandidaatRegistratieService } from './kandidaat-registratie.service';
import { Kandidaat } from './kandidaat.entity';
import { KandidaatStatus } from './kandidaat.enums';
import { KandidaatLoaders } from './kandidaat.loaders';
import { KandidaatService } from './kandidaat.service';
import { Toestemming } from './toestemming.entity';

/** The staff view of candidates. Employer users get FORBIDDEN on all of it; they use KandidaatKaart. */
@Resolver(() => Kandidaat)
@Rollen(...STAFF_ROLLEN)
export class KandidaatResolver {
  constructor(
    private readonly service: KandidaatService,
    private readonly registratie: KandidaatRegistratieService,
    private readonly identiteiten: KandidaatIdentiteitService,
    private readonly loaders: KandidaatLoaders,
    private readonly werkgeverLoaders: WerkgeverLoaders,
  ) {}

  @Query(() => Kandidaat, { description: 'Eén kandidaat (medewerkers). Zonder identiteit: zie kandidaatIdentiteit.' })
  kandidaat(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Kandidaat> {
    return this.service.getForActor(actor, id);
  }

  @Query(() => KandidaatConnection, { description: 'Kandidaten van uw organisatie (medewerkers), op pseudoniemcode.' })
  kandidaten(@CurrentActor() actor: Actor, @Args() args: KandidatenArgs): Promise<Connection<Kandidaat>> {
    return this.service.list(actor, args.filter, args);
  }

  @Query(() => KandidaatIdentiteit, {
    description: 'De persoonsgegevens van een kandidaat. Elke inzage wordt met de reden vastgelegd in het auditlog.',
  })
  kandidaatIdentiteit(
    @CurrentActor() actor: Actor,
    @Args('kandidaatId', { type: () => ID }) kandidaatId: string,
    @Args('reden', { description: 'Waarom u de gegevens inziet (5–500 tekens); komt in het auditlog.' }) reden: string,
  ): Promise<KandidaatIdentiteit> {
    return this.identiteiten.lees(actor, kandidaatId, reden);
  }

  @Rollen(Rol.WERKCOACH, Rol.ADMIN)
  @Mutation(() => Kandidaat, { description: 'Registreert een kandidaat (werkcoach of beheerder).' })
  maakKandidaat(@CurrentActor() actor: Actor, @Args('input') input: NieuweKandidaatInput): Promise<Kandidaat> {
    return this.registratie.maak(actor, input);
  }

  @Rollen(Rol.WERKCOACH, Rol.ADMIN)
  @Mutation(() => Kandidaat, { description: 'Wijzigt profiel, identiteit, indicaties of instrumenten (de eigen werkcoach of een beheerder).' })
  wijzigKandidaat(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: WijzigKandidaatInput,
  ): Promise<Kandidaat> {
    return this.registratie.wijzig(actor, id, input);
  }

  @Mutation(() => Kandidaat, { description: 'Zet de beschikbaarheid van een kandidaat.' })
  zetKandidaatStatus(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => KandidaatStatus }) status: KandidaatStatus,
  ): Promise<Kandidaat> {
    return this.service.setStatus(undefined, actor, id, status);
  }

  @ResolveField(() => KandidaatIndicatie, { nullable: true, description: 'Indicaties (alleen medewerkers).' })
  indicaties(@CurrentActor() actor: Actor, @Parent() kandidaat: Kandidaat): Promise<KandidaatIndicatie | null> {
    alleenStaf(actor);
    return this.loaders.for(actor).indicaties.load(kandidaat.id);
  }

  @ResolveField(() => [Toestemming], { description: 'Gegeven en ingetrokken toestemmingen, nieuwste eerst.' })
  toestemmingen(@CurrentActor() actor: Actor, @Parent() kandidaat: Kandidaat): Promise<Toestemming[]> {
    alleenStaf(actor);
    return this.loaders.for(actor).toestemmingen.load(kandidaat.id);
  }

  @ResolveField(() => Gemeente)
  async gemeente(@CurrentActor() actor: Actor, @Parent() kandidaat: Kandidaat): Promise<Gemeente> {
    alleenStaf(actor);
    return (await this.loaders.for(actor).gemeente.load(kandidaat.gemeenteId))!;
  }

  @ResolveField(() => Medewerker, { nullable: true })
  werkcoach(@CurrentActor() actor: Actor, @Parent() kandidaat: Kandidaat): Promise<Medewerker | null> {
    alleenStaf(actor);
    return this.werkgeverLoaders.for(actor).medewerker.load(kandidaat.werkcoachId);
  }
}

/** Field resolvers are not guarded by @Rollen; the staff type checks again at every nested field. */
export function alleenStaf(actor: Actor): void {
  if (!isStaff(actor)) throw AppError.forbidden();
}
