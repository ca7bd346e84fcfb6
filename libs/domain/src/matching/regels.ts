import type { DoelFeiten, Paar } from './feiten';
import type { MatchFactor, MatchFactorUitleg, MatchResultaat, UitsluitReden } from './types';
import { REACTIE_LABELS } from './labels';
import type { MatchWeights } from './weights';

/** A constraint that excludes a pair outright. */
export interface HardeEis<P extends Paar> {
  readonly reden: UitsluitReden;
  geschonden(p: P, w: MatchWeights): boolean;
  zin(p: P, w: MatchWeights): string;
}

/** A soft factor: a share 0..1 of its points, or NaN when it does not apply to this pair. */
export interface ZachteFactor<P extends Paar> {
  readonly factor: MatchFactor;
  fractie(p: P, w: MatchWeights): number;
  zin(p: P, w: MatchWeights, fractie: number): string;
}

export interface Regelset<P extends Paar> {
  readonly eisen: readonly HardeEis<P>[];
  readonly factoren: readonly ZachteFactor<P>[];
  /** the factor's base maximum points from the weights */
  basisPunten(factor: MatchFactor, w: MatchWeights): number;
}

/** Signals "excluded" from `snelleScore`; every real score is ≥ 0. */
export const UITGESLOTEN = -1;

/**
 * Maximum points of each factor of `regels` (in order) for one target: the weight times the target
 * employer's reinforcement. The same for every candidate, so a ranking computes it once.
 */
export function maxPuntenVoor<P extends Paar>(regels: Regelset<P>, d: DoelFeiten, w: MatchWeights): number[] {
  return regels.factoren.map((f) => regels.basisPunten(f.factor, w) * (d.versterking[f.factor]?.multiplier ?? 1));
}

/**
 * The score alone, without sentences or objects: what a ranking computes for every pair. Returns
 * `UITGESLOTEN` when a hard constraint fails. Equal to `uitleg(...).score` by construction.
 */
export function snelleScore<P extends Paar>(
  regels: Regelset<P>,
  p: P,
  w: MatchWeights,
  maxen: readonly number[] = maxPuntenVoor(regels, p.doel, w),
): number {
  for (const eis of regels.eisen) if (eis.geschonden(p, w)) return UITGESLOTEN;
  return tel(regels, p, w, maxen);
}

/** The full explanation: every factor with its points and sentence, and the first failed constraint. */
export function uitleg<P extends Paar>(regels: Regelset<P>, p: P, w: MatchWeights): MatchResultaat {
  const eis = regels.eisen.find((e) => e.geschonden(p, w));
  const factors: MatchFactorUitleg[] = [];
  const score = tel(regels, p, w, maxPuntenVoor(regels, p.doel, w), (f, fractie, m) =>
    factors.push({
      factor: f.factor,
      punten: eenDecimaal(fractie * m),
      maxPunten: eenDecimaal(m),
      zin: f.zin(p, w, fractie) + versterkingZin(f.factor, p.doel),
    }),
  );
  return eis ? { score: 0, excluded: { reason: eis.reden, zin: eis.zin(p, w) }, factors } : { score, factors };
}

/** Σ punten / Σ maxPunten × 100 over the factors that apply; `meld` sees each applying factor. */
function tel<P extends Paar>(
  regels: Regelset<P>,
  p: P,
  w: MatchWeights,
  maxen: readonly number[],
  meld?: (f: ZachteFactor<P>, fractie: number, maxPunten: number) => void,
): number {
  let punten = 0;
  let max = 0;
  for (let i = 0; i < regels.factoren.length; i++) {
    const m = maxen[i];
    if (m <= 0) continue;
    const f = regels.factoren[i];
    const fractie = f.fractie(p, w);
    if (Number.isNaN(fractie)) continue;
    punten += fractie * m;
    max += m;
    meld?.(f, fractie, m);
  }
  return max > 0 ? eenDecimaal((100 * punten) / max) : 0;
}

function versterkingZin(factor: MatchFactor, d: DoelFeiten): string {
  const v = d.versterking[factor];
  return v
    ? `; weegt ×${String(v.multiplier).replace('.', ',')}: werkgever gaf eerder "${REACTIE_LABELS[v.reden]}" aan`
    : '';
}

function eenDecimaal(n: number): number {
  return Math.round(n * 10) / 10;
}
