/**
 * PSO — Prestatieladder Socialer Ondernemen (RULES.md §3). Matchpunt's result is a labelled estimate; MijnPSO is
 * authoritative.
 *
 *   direct   = D / T      D = Σ FTE × weight(uitgangspositie) × weight(contract type), target-group employees
 *   indirect = I / (T + I) I = Σ supplier's target-group FTE × invoice excl. VAT / supplier's annual turnover
 *   score    = direct + indirect;  trede from the norms for size T (pso-normen.ts);  30+ when direct ≥ drempel
 *
 * Gap to a trede with norm n: the least extra weight-1 FTE x with (D + x)/(T + x) + I/(T + x + I) ≥ n, the norm
 * of the current size (as RULES.md's examples). Without indirect contribution x = (n·T − D)/(1 − n); otherwise
 * bisection. The set {x : score(x) ≥ n} is always [x*, ∞) — score(x) rises, and if it ever falls again it falls
 * towards 1 from above — so bisection on that predicate finds x*. x is rounded to 0.01 FTE (nearest, half away
 * from zero; at least 0.01 while the trede is not reached). In candidates of `uren` hours: ceil(rounded x / (uren / voltijdUren)), consistent with the FTE shown.
 *
 * Eligibility: an uitgangspositie with `telbaarJaren` counts until that many years after the employee's
 * `referentieDatum` (instroom, or the loss of the doelgroepstatus); one with `alleenZolangLks` counts while the
 * LKS runs on the peildatum (`lksLooptTot` null = still running). Employees that do not count are listed with
 * the reason.
 */
import type Decimal from 'decimal.js';
import { DomainValidationError } from '../errors';
import { addMonths, type IsoDate, parseIsoDate } from './dates';
import {
  Dec,
  type DecimalInput,
  formatFixed,
  formatPercentage,
  ONE,
  param,
  roundHalfAwayFromZero,
  ZERO,
} from './money';
import type { PsoParameters, WithId } from './parameters';
import { psoNormenVoorOmvang, type PsoTrede, psoTrede } from './pso-normen';
import { UREN_IN_EEN_WEEK } from './lks';
import { requireInRangeExclusiveZero, requireNonNegative, requirePositive } from './validation';

export interface PsoMedewerker {
  fte: DecimalInput;
  /** Code of an uitgangspositie of the set (at instroom). */
  uitgangspositie: string;
  /** Code of a contract type of the set. */
  contractType: string;
  /** Instroom date (or the date the doelgroepstatus was lost); required when the uitgangspositie counts for limited years. */
  referentieDatum?: IsoDate;
  /** Last day of the LKS, null = still running; required when the uitgangspositie counts only while the LKS runs. */
  lksLooptTot?: IsoDate | null;
}

/** A purchase from a PSO-certified organisation or an SW-bedrijf (other purchases do not count). */
export interface PsoInkoop {
  leverancierType: 'PSO_GECERTIFICEERD' | 'SW_BEDRIJF';
  factuurbedragExclBtw: DecimalInput;
  leverancierJaaromzet: DecimalInput;
  leverancierDoelgroepFte: DecimalInput;
}

export interface PsoInput {
  /** T: the organisation's total FTE in the peiljaar. */
  totaalFte: DecimalInput;
  medewerkers: readonly PsoMedewerker[];
  inkopen?: readonly PsoInkoop[];
  /** Reference date for eligibility (e.g. the last day of the peiljaar). */
  peildatum: IsoDate;
  /** Express gaps also in candidates of this many hours per week. */
  kandidaatUrenPerWeek?: DecimalInput;
  /** Full-time hours per week of this organisation; default the set's pso.voltijdUren. */
  voltijdUren?: DecimalInput;
}

export interface PsoGap {
  trede: 1 | 2 | 3;
  /** Norm in percent ("7.04"). */
  normPct: string;
  /** Extra weight-1 FTE needed, rounded to 0.01 ("0.73"). */
  fte: string;
  /** Candidates of `kandidaatUrenPerWeek` hours needed; null when no hours were given. */
  kandidaten: number | null;
}

export interface PsoResultaat {
  parameterSetId: string;
  bron: 'MATCHPUNT_SCHATTING';
  peildatum: IsoDate;
  totaalFte: string;
  directFte: string;
  indirectFte: string;
  directPct: string;
  indirectPct: string;
  scorePct: string;
  /** Direct share ≥ the 30+ threshold (Aanbestedingswet art. 2.82). */
  dertigPlus: boolean;
  normen: { trede1Pct: string; trede2Pct: string; trede3Pct: string; geschat: boolean; rijen: number[] };
  trede: PsoTrede;
  /** The trede is an estimate because the norms were interpolated. */
  geschat: boolean;
  volgendeTrede: PsoGap | null;
  /** Gaps to every trede above the current one. */
  gaps: PsoGap[];
  medewerkers: { gewogenFte: string; telt: boolean; reden: string | null }[];
}

function gewicht<T extends { code: string; gewicht: string }>(
  list: T[],
  code: string,
  field: string,
  soort: string,
): T {
  const item = list.find((x) => x.code === code);
  if (!item) throw new DomainValidationError(field, `onbekende ${soort} ${code}`, `unknown ${soort} ${code}`);
  return item;
}

function telbaarheid(m: PsoMedewerker, pso: PsoParameters, peildatum: IsoDate, field: string): string | null {
  const u = gewicht(pso.uitgangsposities, m.uitgangspositie, `${field}.uitgangspositie`, 'uitgangspositie');
  if (u.telbaarJaren !== null) {
    if (!m.referentieDatum) {
      throw new DomainValidationError(
        `${field}.referentieDatum`,
        `is verplicht voor uitgangspositie ${u.code}`,
        `is required for uitgangspositie ${u.code}`,
      );
    }
    parseIsoDate(m.referentieDatum, `${field}.referentieDatum`);
    if (peildatum >= addMonths(m.referentieDatum, u.telbaarJaren * 12))
      return `telt ${u.telbaarJaren} jaar na ${m.referentieDatum}`;
  }
  if (u.alleenZolangLks) {
    if (m.lksLooptTot === undefined) {
      throw new DomainValidationError(
        `${field}.lksLooptTot`,
        `is verplicht voor uitgangspositie ${u.code} (null = loopt nog)`,
        `is required for uitgangspositie ${u.code} (null = still running)`,
      );
    }
    if (m.lksLooptTot !== null) {
      parseIsoDate(m.lksLooptTot, `${field}.lksLooptTot`);
      if (m.lksLooptTot < peildatum) return `LKS liep tot ${m.lksLooptTot}`;
    }
  }
  return null;
}

/** score(x) = (D + x)/(T + x) + I/(T + x + I). */
function scoreMet(d: Decimal, t: Decimal, i: Decimal, x: Decimal): Decimal {
  const direct = d.plus(x).dividedBy(t.plus(x));
  return i.isZero() ? direct : direct.plus(i.dividedBy(t.plus(x).plus(i)));
}

const BISECTIE_TOLERANTIE = new Dec('1e-9');

/**
 * Least extra weight-1 FTE so that the score reaches `norm`; null when norm ≥ 1.
 * Without `decimalen` the result is exact (closed form) or within 1e-9 (bisection). With `decimalen` it is
 * rounded to that many decimals (half away from zero), and the bisection stops as soon as both ends of the
 * bracket round alike — the rounded answer is then determined.
 */
export function psoGapFte(d: Decimal, t: Decimal, i: Decimal, norm: Decimal, decimalen?: number): Decimal | null {
  const rond = (x: Decimal) => (decimalen === undefined ? x : roundHalfAwayFromZero(x, decimalen));
  if (scoreMet(d, t, i, ZERO).greaterThanOrEqualTo(norm)) return ZERO;
  if (norm.greaterThanOrEqualTo(1)) return null;
  if (i.isZero()) return rond(norm.times(t).minus(d).dividedBy(ONE.minus(norm)));
  let lo: Decimal = ZERO;
  let hi: Decimal = Dec.max(ONE, t);
  while (scoreMet(d, t, i, hi).lessThan(norm)) {
    lo = hi;
    hi = hi.times(2);
  }
  // invariant: score(lo) < norm ≤ score(hi), so x* ∈ (lo, hi]
  while (hi.minus(lo).greaterThan(BISECTIE_TOLERANTIE)) {
    if (decimalen !== undefined && rond(lo).equals(rond(hi))) break;
    const mid = lo.plus(hi).dividedBy(2);
    if (scoreMet(d, t, i, mid).greaterThanOrEqualTo(norm)) hi = mid;
    else lo = mid;
  }
  return rond(hi);
}

const fte2 = (d: Decimal) => formatFixed(d, 2);
const MINSTE_GAP = new Dec('0.01');

/** PSO score, trede, 30+ and the gaps to the higher tredes. */
export function psoBerekening(input: PsoInput, params: WithId<'pso'>): PsoResultaat {
  const { pso } = params;
  parseIsoDate(input.peildatum, 'peildatum');
  const t = requirePositive(input.totaalFte, 'totaalFte');

  let d: Decimal = ZERO;
  let doelgroepFte: Decimal = ZERO;
  const medewerkers = input.medewerkers.map((m, index) => {
    const field = `medewerkers[${index}]`;
    const fte = requireNonNegative(m.fte, `${field}.fte`);
    doelgroepFte = doelgroepFte.plus(fte);
    const u = gewicht(pso.uitgangsposities, m.uitgangspositie, `${field}.uitgangspositie`, 'uitgangspositie');
    const c = gewicht(pso.contractTypes, m.contractType, `${field}.contractType`, 'contracttype');
    const reden = telbaarheid(m, pso, input.peildatum, field);
    const gewogen = reden === null ? fte.times(param(u.gewicht)).times(param(c.gewicht)) : ZERO;
    d = d.plus(gewogen);
    return { gewogenFte: fte2(gewogen), telt: reden === null, reden };
  });
  if (doelgroepFte.greaterThan(t)) {
    throw new DomainValidationError(
      'medewerkers',
      `samen ${doelgroepFte.toString()} FTE, meer dan totaalFte ${t.toString()}`,
      `together ${doelgroepFte.toString()} FTE, more than totaalFte ${t.toString()}`,
    );
  }

  let i: Decimal = ZERO;
  (input.inkopen ?? []).forEach((k, index) => {
    const field = `inkopen[${index}]`;
    const factuur = requireNonNegative(k.factuurbedragExclBtw, `${field}.factuurbedragExclBtw`);
    const omzet = requirePositive(k.leverancierJaaromzet, `${field}.leverancierJaaromzet`);
    const fte = requireNonNegative(k.leverancierDoelgroepFte, `${field}.leverancierDoelgroepFte`);
    i = i.plus(fte.times(factuur).dividedBy(omzet));
  });

  const direct = d.dividedBy(t);
  const indirect = i.dividedBy(t.plus(i));
  const score = direct.plus(indirect);
  const normen = psoNormenVoorOmvang(t, pso);
  const trede = psoTrede(score, normen.normen);

  const voltijd =
    input.voltijdUren === undefined ? param(pso.voltijdUren) : requirePositive(input.voltijdUren, 'voltijdUren');
  const kandidaatFte =
    input.kandidaatUrenPerWeek === undefined
      ? null
      : requireInRangeExclusiveZero(input.kandidaatUrenPerWeek, UREN_IN_EEN_WEEK, 'kandidaatUrenPerWeek').dividedBy(
          voltijd,
        );
  const huidig = typeof trede === 'number' ? trede : 0;
  const gaps: PsoGap[] = [];
  for (let n = huidig + 1; n <= 3; n++) {
    const norm = normen.normen[n - 1];
    const gap = psoGapFte(d, t, i, norm, 2);
    if (gap === null) continue;
    // the trede is not reached, so at least 0.01 FTE is needed even when the gap rounds to 0.00
    const rounded = gap.isZero() ? MINSTE_GAP : gap;
    gaps.push({
      trede: n as 1 | 2 | 3,
      normPct: formatPercentage(norm),
      fte: fte2(rounded),
      kandidaten: kandidaatFte === null ? null : rounded.dividedBy(kandidaatFte).ceil().toNumber(),
    });
  }

  return {
    parameterSetId: params.id,
    bron: 'MATCHPUNT_SCHATTING',
    peildatum: input.peildatum,
    totaalFte: fte2(t),
    directFte: fte2(d),
    indirectFte: fte2(i),
    directPct: formatPercentage(direct),
    indirectPct: formatPercentage(indirect),
    scorePct: formatPercentage(score),
    dertigPlus: direct.greaterThanOrEqualTo(param(pso.dertigPlusDrempel)),
    normen: {
      trede1Pct: formatPercentage(normen.normen[0]),
      trede2Pct: formatPercentage(normen.normen[1]),
      trede3Pct: formatPercentage(normen.normen[2]),
      geschat: normen.geschat,
      rijen: normen.rijen,
    },
    trede,
    geschat: normen.geschat,
    volgendeTrede: gaps[0] ?? null,
    gaps,
    medewerkers,
  };
}
