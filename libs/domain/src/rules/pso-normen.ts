/**
 * PSO norms by organisation size (RULES.md §3). The published table has rows for some sizes; between two rows
 * the norm is interpolated linearly at the exact size (FTE, not rounded) and marked `geschat`. From the last row
 * on ("105 and more") that row applies exactly. Below the first row (2 FTE) there is no norm: the rule refuses
 * (a DomainValidationError on `totaalFte`) rather than guess.
 */
import type Decimal from 'decimal.js';
import { DomainValidationError } from '../errors';
import { param } from './money';
import type { PsoNormRegel, PsoParameters } from './parameters';

export type PsoTrede = 0 | 'ASPIRANT' | 1 | 2 | 3;

export interface PsoNormenExact {
  /** Norms as fractions, index 0 = trede 1. */
  normen: [Decimal, Decimal, Decimal];
  /** True when interpolated between published rows. */
  geschat: boolean;
  /** The published row(s) used. */
  rijen: number[];
}

const waarden = (r: PsoNormRegel): [Decimal, Decimal, Decimal] => [param(r.trede1), param(r.trede2), param(r.trede3)];

export function psoNormenVoorOmvang(omvang: Decimal, pso: PsoParameters, field = 'totaalFte'): PsoNormenExact {
  const rows = pso.normen;
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (omvang.lessThan(first.omvang)) {
    throw new DomainValidationError(
      field,
      `PSO-normen gelden vanaf ${first.omvang} FTE; omvang ${omvang.toString()} valt onder de tabel`,
      `PSO norms apply from ${first.omvang} FTE; size ${omvang.toString()} is below the table`,
    );
  }
  if (omvang.greaterThanOrEqualTo(last.omvang)) return { normen: waarden(last), geschat: false, rijen: [last.omvang] };
  const exact = rows.find((r) => omvang.equals(r.omvang));
  if (exact) return { normen: waarden(exact), geschat: false, rijen: [exact.omvang] };

  const upperIndex = rows.findIndex((r) => omvang.lessThan(r.omvang));
  const lo = rows[upperIndex - 1];
  const hi = rows[upperIndex];
  const t = omvang.minus(lo.omvang).dividedBy(hi.omvang - lo.omvang);
  const a = waarden(lo);
  const b = waarden(hi);
  const interpolate = (i: number) => a[i].plus(b[i].minus(a[i]).times(t));
  return { normen: [interpolate(0), interpolate(1), interpolate(2)], geschat: true, rijen: [lo.omvang, hi.omvang] };
}

/** The highest trede whose norm ≤ score; 'ASPIRANT' for a score above 0 below trede 1; 0 for no score. */
export function psoTrede(score: Decimal, normen: readonly Decimal[]): PsoTrede {
  for (let i = normen.length - 1; i >= 0; i--) {
    if (normen[i].lessThanOrEqualTo(score)) return (i + 1) as 1 | 2 | 3;
  }
  return score.greaterThan(0) ? 'ASPIRANT' : 0;
}
