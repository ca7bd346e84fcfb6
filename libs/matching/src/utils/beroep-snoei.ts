import {
  MatchFactor,
  MatchKandidaat,
  MatchVacature,
  MatchWeights,
  MatchWerkgever,
  scoreVacature,
} from '@matchpunt/domain';

/**
 * Exact pruning for a vacature ranking. A candidate whose every beroepswens scores 0 on BEROEP can score at
 * most `bovengrens` (all other factors full, with the werkgever's reinforcements). So the candidates whose
 * wishes can match (`relevant`, or no wish at all) are ranked first; when the N-th best of them already
 * scores above `bovengrens`, no other candidate can enter the top N and they need not be loaded at all.
 *
 * Which wishes match is asked of the engine itself (a probe candidate per distinct wish), so this follows
 * the engine's synonyms, compounds and beroepsgroepen without knowing them. Returns null when pruning is
 * not safe with these weights (BEROEP off, or so light that a partial match would round to 0 points).
 */
export interface BeroepSnoei {
  relevant: string[];
  bovengrens: number;
}

/** Smallest rounded score difference the engine reports (one decimal), plus a margin. */
const MARGE = 0.1;

export function beroepSnoei(
  vacature: MatchVacature,
  werkgever: MatchWerkgever | undefined,
  wensen: readonly string[],
  w: MatchWeights,
  peildatum: string,
): BeroepSnoei | null {
  const multipliers = versterkingen(werkgever, w);
  const beroepMax = w.vacatureFactoren.BEROEP * (multipliers.BEROEP ?? 1);
  const kleinsteDeel = w.beroep.zelfdeBeroepsgroep > 0 ? Math.min(1, w.beroep.zelfdeBeroepsgroep) : 1;
  if (!(beroepMax * kleinsteDeel >= 0.05)) return null;

  const relevant = wensen.filter((wens) => {
    const beroep = scoreVacature(probe(vacature, wens, peildatum), vacature, w, { peildatum }).factors.find(
      (f) => f.factor === 'BEROEP',
    );
    return beroep !== undefined && beroep.punten > 0;
  });

  // Every factor applying and full except BEROEP: the most a candidate without a matching wish can reach.
  let alles = 0;
  for (const [factor, punten] of Object.entries(w.vacatureFactoren) as [MatchFactor, number][]) {
    if (punten > 0) alles += punten * (multipliers[factor] ?? 1);
  }
  const bovengrens = Math.round((1000 * (alles - beroepMax)) / alles) / 10 + MARGE;
  return { relevant, bovengrens };
}

/** Whether the N-th best score of the relevant candidates leaves no room for the others. */
export function snoeiVolstaat(snoei: BeroepSnoei, scores: readonly number[], limit: number): boolean {
  return scores.length >= limit && scores[limit - 1] > snoei.bovengrens;
}

/** The engine's reinforcement per factor for this werkgever: the largest multiplier of its declines' reasons. */
function versterkingen(werkgever: MatchWerkgever | undefined, w: MatchWeights): Partial<Record<MatchFactor, number>> {
  const uit: Partial<Record<MatchFactor, number>> = {};
  for (const { reden } of werkgever?.history.reacties ?? []) {
    const regel = w.reactieVersterking[reden];
    if (regel && regel.multiplier > (uit[regel.factor] ?? 1)) uit[regel.factor] = regel.multiplier;
  }
  return uit;
}

function probe(vacature: MatchVacature, wens: string, peildatum: string): MatchKandidaat {
  return {
    id: 'probe',
    beroepswensen: [wens],
    skills: [],
    lat: vacature.lat,
    lon: vacature.lon,
    reisbereidheidKm: 0,
    urenMin: vacature.urenMin,
    urenMax: vacature.urenMax,
    beschikbaarVanaf: peildatum,
    rijbewijs: true,
    vervoer: [],
    sectorWensen: [],
    doelgroepen: [],
    instrumenten: [],
  };
}
