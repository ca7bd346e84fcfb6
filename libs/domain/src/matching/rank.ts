import { AARDSTRAAL_KM, binnenBoundingBox, boundingBox } from '../geo';
import { kandidaatFeiten, vacatureFeiten, vacaturePaar, werkgeverFeiten, werkgeverPaar } from './feiten';
import { maxPuntenVoor, snelleScore, uitleg, UITGESLOTEN } from './regels';
import { VACATURE_REGELS, WERKGEVER_REGELS } from './regelsets';
import { legUit, snelScoren } from './score';
import { TopN } from './top-n';
import type { MatchContext, MatchDoel, MatchKandidaat, MatchResultaat } from './types';
import type { MatchWeights } from './weights';

export interface RankOpties extends MatchContext {
  /** how many results to return (the best N) */
  readonly limit: number;
}

export interface RankTreffer<T> extends MatchResultaat {
  readonly item: T;
}

/** km per degree of latitude: no two points are closer than this times their latitude difference */
const KM_PER_BREEDTEGRAAD = (AARDSTRAAL_KM * Math.PI) / 180;
/** tolerance for the latitude prefilter, so rounding never drops a pair the exact check would keep */
const MARGE_KM = 1e-6;

/**
 * Aanbodgericht: the best `limit` vacancies and employers (mixed) for one candidate, best first,
 * excluded ones left out. Targets outside the candidate's travel bounding box or needing a licence
 * the candidate lacks are skipped before scoring; the rest get a score without explanation, a
 * bounded heap keeps the best, and only those are explained. Ties are ordered by id.
 */
export function rank<T extends MatchDoel>(
  kandidaat: MatchKandidaat,
  items: readonly T[],
  weights: MatchWeights,
  opties: RankOpties,
): RankTreffer<T>[] {
  const top = new TopN<number>(opties.limit, (i) => items[i].id);
  if (opties.limit === 0) return [];
  const box = boundingBox(kandidaat.lat, kandidaat.lon, Math.max(0, kandidaat.reisbereidheidKm));
  const kf = kandidaatFeiten(kandidaat);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.soort === 'VACATURE') {
      if (item.rijbewijsVereist && !kandidaat.rijbewijs) continue;
      if (!binnenBoundingBox(box, item.lat, item.lon)) continue;
    } else if (!item.vestigingen.some((v) => binnenBoundingBox(box, v.lat, v.lon))) {
      continue;
    }
    const score = snelScoren(kandidaat, item, weights, opties, kf);
    if (score !== UITGESLOTEN) top.aanbieden(score, i);
  }
  return top
    .gesorteerd()
    .map(({ item: i }) => ({ item: items[i], ...legUit(kandidaat, items[i], weights, opties, kf) }));
}

/**
 * Vraaggericht: the best `limit` candidates for one vacancy or employer, best first, excluded ones
 * left out. Candidates that lack a required licence or live farther (in latitude alone) than they
 * will travel are skipped before the distance is computed; the rest are scored without explanation
 * into a bounded heap, and only the best are explained. Ties are ordered by candidate id.
 */
export function rankKandidaten(
  doel: MatchDoel,
  kandidaten: readonly MatchKandidaat[],
  weights: MatchWeights,
  opties: RankOpties,
): RankTreffer<MatchKandidaat>[] {
  const top = new TopN<number>(opties.limit, (i) => kandidaten[i].id);
  if (opties.limit === 0) return [];
  if (doel.soort === 'VACATURE') {
    const d = vacatureFeiten(doel, opties, weights);
    const maxen = maxPuntenVoor(VACATURE_REGELS, d, weights);
    for (let i = 0; i < kandidaten.length; i++) {
      const k = kandidaten[i];
      if (doel.rijbewijsVereist && !k.rijbewijs) continue;
      if (Math.abs(k.lat - doel.lat) * KM_PER_BREEDTEGRAAD > k.reisbereidheidKm + MARGE_KM) continue;
      const score = snelleScore(VACATURE_REGELS, vacaturePaar(k, d), weights, maxen);
      if (score !== UITGESLOTEN) top.aanbieden(score, i);
    }
    return top.gesorteerd().map(({ item: i }) => ({
      item: kandidaten[i],
      ...uitleg(VACATURE_REGELS, vacaturePaar(kandidaten[i], d), weights),
    }));
  }
  const d = werkgeverFeiten(doel, opties, weights);
  const maxen = maxPuntenVoor(WERKGEVER_REGELS, d, weights);
  for (let i = 0; i < kandidaten.length; i++) {
    const score = snelleScore(WERKGEVER_REGELS, werkgeverPaar(kandidaten[i], d), weights, maxen);
    if (score !== UITGESLOTEN) top.aanbieden(score, i);
  }
  return top.gesorteerd().map(({ item: i }) => ({
    item: kandidaten[i],
    ...uitleg(WERKGEVER_REGELS, werkgeverPaar(kandidaten[i], d), weights),
  }));
}
