/**
 * Pure helpers for the charts: a rounded top for the value axis and which labels fit on a narrow axis.
 * The charts draw from these; the tests pin them down.
 */

/** The smallest "round" number (1, 2, 2.5, 5 × 10ⁿ) at or above the highest value; at least 1. */
export function schaalMax(hoogste: number): number {
  if (!(hoogste > 0)) return 1;
  const macht = 10 ** Math.floor(Math.log10(hoogste));
  const stap = [1, 2, 2.5, 5, 10].find((factor) => factor * macht >= hoogste) ?? 10;
  return stap * macht;
}

/** Values for the gridlines from 0 to max: whole steps where they fit (0–5 by one, 0–100 by 20). */
export function schaalStappen(max: number): number[] {
  const aantal = max <= 5 && Number.isInteger(max) ? max : ([5, 4].find((n) => Number.isInteger((max / n) * 10)) ?? 4);
  return Array.from({ length: aantal + 1 }, (_, i) => (max * i) / aantal);
}

/** Every how-many-th label to show so that at most `ruimte` labels stand on the axis. */
export function labelInterval(aantal: number, ruimte: number): number {
  return Math.max(1, Math.ceil(aantal / Math.max(1, ruimte)));
}

/** A value as a share of the axis, 0–100 (clipped: a value over the top fills the axis). */
export function aandeel(waarde: number, max: number): number {
  if (!(max > 0) || !(waarde > 0)) return 0;
  return Math.min(100, (waarde / max) * 100);
}
