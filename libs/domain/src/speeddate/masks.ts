/** Rounds are kept as bit masks (bit r = round r + 1), which caps an event at 30 rounds. */
export const MAX_SPEEDDATE_ROUNDS = 30;

export function windowMask(from: number, to: number): number {
  let mask = 0;
  for (let r = from; r <= to; r++) mask |= 1 << (r - 1);
  return mask;
}

export function popcount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Zero-based indices of the set bits, ascending. */
export function bits(mask: number): number[] {
  const out: number[] = [];
  for (let m = mask; m !== 0; m &= m - 1) out.push(31 - Math.clz32(m & -m));
  return out;
}
