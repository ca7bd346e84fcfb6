import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Rol, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { DecimalScalar } from '@matchpunt/parameters';
import { WerkgeverService } from '@matchpunt/werkgevers';
import { PsoInkoopInput, PsoMedewerkerInput, PsoPersoneelsbestandInput } from './dto/pso.input';
import { PsoPositieService } from './pso-positie.service';
import { PsoInkoop, PsoMedewerker } from './pso.entities';
import { PsoService } from './pso.service';
import { PsoCodes, PsoPersoneelsbestand, PsoPositie } from './pso.types';

const IEDEREEN = [...STAFF_ROLLEN, Rol.WERKGEVER];
const SCHRIJVERS = [Rol.ACCOUNTMANAGER, Rol.ADMIN, Rol.WERKGEVER];

/** PSO: staff and the werkgever itself (its own only; another answers NOT_FOUND). */
@Resolver(() => PsoPositie)
export class PsoResolver {
  constructor(
    private readonly pso: PsoService,
    private readonly posities: PsoPositieService,
    private readonly werkgevers: WerkgeverService,
  ) {}

  @Rollen(...IEDEREEN)
  @Query(() => PsoPositie, {
    nullable: true,
    description: 'De PSO-positie zoals laatst berekend: score, trede, 30+, het tekort tot de volgende trede in FTE en in kandidaten. Leeg zonder personeelsbestand.',
  })
  async psoPositie(
    @CurrentActor() actor: Actor,
    @Args('werkgeverId', { type: () => ID }) werkgeverId: string,
    @Args('kandidaatUrenPerWeek', { type: () => DecimalScalar, nullable: true, description: 'Uren per kandidaat voor het tekort (standaard 24).' }) uren?: string,
  ): Promise<PsoPositie | null> {
    await this.werkgevers.getForActor(actor, werkgeverId);
    return this.posities.positie(actor, werkgeverId, uren);
  }

  @Rollen(...IEDEREEN)
  @Query(() => PsoPersoneelsbestand, { nullable: true, description: 'Het personeelsbestand voor de PSO, met de lopende Matchpunt-plaatsingen.' })
  psoPersoneelsbestand(@CurrentActor() actor: Actor, @Args('werkgeverId', { type: () => ID }) werkgeverId: string): Promise<PsoPersoneelsbestand | null> {
    return this.pso.bestand(actor, werkgeverId);
  }

  @Rollen(...IEDEREEN)
  @Query(() => PsoCodes, { description: 'De codes voor uitgangspositie en contracttype, met gewichten.' })
  psoCodes(@CurrentActor() actor: Actor, @Args('datum', { type: () => String, nullable: true }) datum?: string): Promise<PsoCodes> {
    return this.pso.codes(actor, datum);
  }

  @Rollen(...SCHRIJVERS)
  @Mutation(() => PsoPersoneelsbestand, { description: 'Legt het totaal FTE (en voltijduren, checklist) vast.' })
  stelPsoPersoneelsbestandIn(
    @CurrentActor() actor: Actor,
    @Args('werkgeverId', { type: () => ID }) werkgeverId: string,
    @Args('input') input: PsoPersoneelsbestandInput,
  ): Promise<PsoPersoneelsbestand> {
    return this.pso.stelIn(actor, werkgeverId, input);
  }

  @Rollen(...SCHRIJVERS)
  @Mutation(() => PsoMedewerker, { description: 'Voegt een medewerker uit de doelgroep toe.' })
  voegPsoMedewerkerToe(
    @CurrentActor() actor: Actor,
    @Args('werkgeverId', { type: () => ID }) werkgeverId: string,
    @Args('input') input: PsoMedewerkerInput,
  ): Promise<PsoMedewerker> {
    return this.pso.voegMedewerkerToe(actor, werkgeverId, input);
  }

  @Rollen(...SCHRIJVERS)
  @Mutation(() => Boolean)
  verwijderPsoMedewerker(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.pso.verwijderMedewerker(actor, id);
  }

  @Rollen(...SCHRIJVERS)
  @Mutation(() => PsoInkoop, { description: 'Voegt inkoop bij een PSO-gecertificeerde organisatie of SW-bedrijf toe.' })
  voegPsoInkoopToe(
    @CurrentActor() actor: Actor,
    @Args('werkgeverId', { type: () => ID }) werkgeverId: string,
    @Args('input') input: PsoInkoopInput,
  ): Promise<PsoInkoop> {
    return this.pso.voegInkoopToe(actor, werkgeverId, input);
  }

  @Rollen(...SCHRIJVERS)
  @Mutation(() => Boolean)
  verwijderPsoInkoop(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.pso.verwijderInkoop(actor, id);
  }
}
