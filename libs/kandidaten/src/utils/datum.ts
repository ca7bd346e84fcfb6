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

/** Whole years between a birth date and a reference date (both `YYYY-MM-DD`). */
export function leeftijdOp(geboortedatum: string, peildatum: string): number {
  const [gy, gm, gd] = geboortedatum.split('-').map(Number);
  const [py, pm, pd] = peildatum.split('-').map(Number);
  return py - gy - (pm < gm || (pm === gm && pd < gd) ? 1 : 0);
}

export function formatDatumNl(datum: string): string {
  const [y, m, d] = datum.split('-').map(Number);
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
