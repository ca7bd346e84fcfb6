import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, AppError, CurrentActor, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { naarPercentage } from '@matchpunt/parameters';
import { KandidaatKaart } from '@matchpunt/kandidaten';
import { CalculatieService } from '../calculatie.service';
import { LksBerekeningInput } from '../dto/calculatie.input';
import { LksIndicatie, LksUitkomst } from '../offerte.types';
import { LksKaartService } from './lks-kaart.service';

@Resolver(() => LksUitkomst)
export class LksResolver {
  constructor(private readonly calculaties: CalculatieService) {}

  @Rollen(...STAFF_ROLLEN)
  @Query(() => LksUitkomst, { description: 'Loonkostensubsidie voor één medewerker (RULES.md §1), met de geldende parameterset.' })
  async berekenLks(@CurrentActor() actor: Actor, @Args('input') input: LksBerekeningInput): Promise<LksUitkomst> {
    const r = await this.calculaties.lks(actor, input);
    return { ...r, loonwaarde: naarPercentage(r.loonwaarde), voorlopigTot: r.voorlopig?.eindDatum ?? null };
  }
}

/** Adds the LKS estimate to the anonymised card (employers and staff); the loonwaarde itself is never shown. */
@Resolver(() => KandidaatKaart)
export class KandidaatKaartLksResolver {
  constructor(private readonly lks: LksKaartService) {}

  @ResolveField(() => LksIndicatie, {
    nullable: true,
    description: 'Geschatte LKS ("LKS ca. € 820 per maand bij 24 uur") als LKS mogelijk is en de loonwaarde gemeten is; anders leeg.',
  })
  lksIndicatie(
    @CurrentActor() actor: Actor,
    @Parent() kaart: KandidaatKaart,
    @Args('urenPerWeek', { type: () => Int, nullable: true, description: 'Standaard het maximum aantal uren van de kandidaat.' }) urenPerWeek?: number,
  ): Promise<LksIndicatie | null> {
    const uren = urenPerWeek ?? kaart.urenMax;
    if (!Number.isInteger(uren) || uren < 1 || uren > 60) throw AppError.badInput('urenPerWeek: moet een geheel getal van 1 tot 60 zijn.', 'urenPerWeek');
    return this.lks.indicatie(actor, kaart.id, uren);
  }
}
