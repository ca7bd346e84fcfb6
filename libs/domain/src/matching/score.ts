import { KandidaatFeiten, vacatureFeiten, vacaturePaar, werkgeverFeiten, werkgeverPaar } from './feiten';
import { snelleScore, uitleg } from './regels';
import { VACATURE_REGELS, WERKGEVER_REGELS } from './regelsets';
import type { MatchContext, MatchDoel, MatchKandidaat, MatchResultaat, MatchVacature, MatchWerkgever } from './types';
import type { MatchWeights } from './weights';

/** Scores a candidate against a vacancy, with the explanation. */
export function scoreVacature(
  kandidaat: MatchKandidaat,
  vacature: MatchVacature,
  weights: MatchWeights,
  context: MatchContext,
): MatchResultaat {
  return legUit(kandidaat, vacature, weights, context);
}

/**
 * Scores a candidate against an employer that need not have an open vacancy: sector wishes, past
 * placements in the candidate's beroepsgroep, openness to the candidate's doelgroepen, accepted
 * instruments and the distance to the nearest vestiging.
 */
export function scoreWerkgever(
  kandidaat: MatchKandidaat,
  werkgever: MatchWerkgever,
  weights: MatchWeights,
  context: MatchContext,
): MatchResultaat {
  return legUit(kandidaat, werkgever, weights, context);
}

/** `scoreVacature` or `scoreWerkgever`, by the target's `soort`. */
export function scoreDoel(
  kandidaat: MatchKandidaat,
  doel: MatchDoel,
  weights: MatchWeights,
  context: MatchContext,
): MatchResultaat {
  return legUit(kandidaat, doel, weights, context);
}

/** The explained score of a pair, reusing the candidate's facts when the caller has them. */
export function legUit(
  k: MatchKandidaat,
  doel: MatchDoel,
  w: MatchWeights,
  ctx: MatchContext,
  kf?: KandidaatFeiten,
): MatchResultaat {
  return doel.soort === 'VACATURE'
    ? uitleg(VACATURE_REGELS, vacaturePaar(k, vacatureFeiten(doel, ctx, w), kf), w)
    : uitleg(WERKGEVER_REGELS, werkgeverPaar(k, werkgeverFeiten(doel, ctx, w), kf), w);
}

/** The score alone (`UITGESLOTEN` when excluded), for rankings. */
export function snelScoren(
  k: MatchKandidaat,
  doel: MatchDoel,
  w: MatchWeights,
  ctx: MatchContext,
  kf?: KandidaatFeiten,
): number {
  return doel.soort === 'VACATURE'
    ? snelleScore(VACATURE_REGELS, vacaturePaar(k, vacatureFeiten(doel, ctx, w), kf), w)
    : snelleScore(WERKGEVER_REGELS, werkgeverPaar(k, werkgeverFeiten(doel, ctx, w), kf), w);
}
