import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Rol, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { MatchVoorKandidaat, MatchVoorVacature } from './dto/match.types';
import { MatchingService } from './matching.service';

/** Ranked, explained matches: aanbodgericht (from a candidate) and vraaggericht (from a vacature). */
@Resolver()
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  @Rollen(...STAFF_ROLLEN)
  @Query(() => [MatchVoorKandidaat], {
    description:
      'De best passende werkgevers (ook zonder open vacature) en open vacatures voor een kandidaat, met score en uitleg per factor. Alleen medewerkers.',
  })
  matchesVoorKandidaat(
    @CurrentActor() actor: Actor,
    @Args('kandidaatId', { type: () => ID }) kandidaatId: string,
    @Args('first', { type: () => Int, defaultValue: 20, description: '1–100' }) first: number,
  ): Promise<MatchVoorKandidaat[]> {
    return this.matching.matchesVoorKandidaat(actor, kandidaatId, first);
  }

  @Rollen(...Object.values(Rol))
  @Query(() => [MatchVoorVacature], {
    description:
      'De best passende beschikbare kandidaten voor een vacature. Werkgevers (alleen eigen vacatures) krijgen geanonimiseerde kaarten.',
  })
  matchesVoorVacature(
    @CurrentActor() actor: Actor,
    @Args('vacatureId', { type: () => ID }) vacatureId: string,
    @Args('first', { type: () => Int, defaultValue: 20, description: '1–100' }) first: number,
  ): Promise<MatchVoorVacature[]> {
    return this.matching.matchesVoorVacature(actor, vacatureId, first);
  }
}
