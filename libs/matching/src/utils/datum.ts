/** "Today" in the Netherlands as `YYYY-MM-DD`. */
export function vandaag(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** `YYYY-MM-DD` plus whole days. */
export function plusDagen(datum: string, dagen: number): string {
  const [y, m, d] = datum.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + dagen)).toISOString().slice(0, 10);
}
