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
