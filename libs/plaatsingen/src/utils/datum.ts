/** Calendar dates travel as `YYYY-MM-DD` strings; "today" is the date in the Netherlands. */
const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDatum(value: string): boolean {
  const match = ISO_DATUM.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function vandaag(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** `YYYY-MM-DD` plus whole months (the end of a shorter month clamps: 31 Jan + 1 month = 28/29 Feb). */
export function plusMaanden(datum: string, maanden: number): string {
  const [y, m, d] = datum.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + maanden, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}
