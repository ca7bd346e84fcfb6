import type { TermHerkenning } from '../vocabulary';

/**
 * How well two recognised terms agree: 1 for the same term or the same synonym group, `groepFractie`
 * for the same beroepsgroep, else 0.
 */
export function overeenkomst(a: TermHerkenning, b: TermHerkenning, groepFractie: number): number {
  if (a.sleutel.length > 0 && a.sleutel === b.sleutel) return 1;
  if (a.groep !== undefined && a.groep === b.groep) return 1;
  if (a.beroepsgroep !== undefined && a.beroepsgroep === b.beroepsgroep) return groepFractie;
  return 0;
}

/** Index of the term in `termen` that agrees best with `doel` (first among equals), or -1 if none agrees. */
export function besteIndex(termen: readonly TermHerkenning[], doel: TermHerkenning, groepFractie: number): number {
  let beste = -1;
  let besteWaarde = 0;
  for (let i = 0; i < termen.length; i++) {
    const waarde = overeenkomst(termen[i], doel, groepFractie);
    if (waarde > besteWaarde) {
      beste = i;
      besteWaarde = waarde;
      if (waarde === 1) break;
    }
  }
  return beste;
}

/** The best agreement of `doel` with any of `termen` (0 when none). */
export function besteOvereenkomst(
  termen: readonly TermHerkenning[],
  doel: TermHerkenning,
  groepFractie: number,
): number {
  const i = besteIndex(termen, doel, groepFractie);
  return i < 0 ? 0 : overeenkomst(termen[i], doel, groepFractie);
}
