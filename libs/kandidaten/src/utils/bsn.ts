/**
 * The BSN elfproef: nine digits d1…d9 with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11 (and not all zero).
 * Eight-digit numbers are valid with a leading zero.
 */
export function isGeldigBsn(bsn: string): boolean {
  if (!/^[0-9]{9}$/.test(bsn) || /^0+$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}

/** Strips spaces and dots people type ("1234.56.782"), and restores a dropped leading zero. */
export function normaliseerBsn(input: string): string {
  const digits = input.replace(/[\s.]/g, '');
  return /^[0-9]{8}$/.test(digits) ? `0${digits}` : digits;
}
