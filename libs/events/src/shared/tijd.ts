const DATUM_TIJD = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "dinsdag 3 maart 2026 om 14:00", in Dutch time. */
export function datumTijd(d: Date): string {
  return DATUM_TIJD.format(d).replace(/ om |, /, ' om ');
}

export const MINUUT_MS = 60_000;
export const UUR_MS = 3_600_000;

/** A date (YYYY-MM-DD) and wall-clock time (HH:MM[:SS]) in Europe/Amsterdam as an instant. */
export function amsterdam(datum: string, tijd: string): Date {
  const [h, m] = tijd.split(':').map(Number);
  const guess = new Date(`${datum}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00Z`);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(guess);
  const local = Number(parts.find((p) => p.type === 'hour')!.value) * 60 + Number(parts.find((p) => p.type === 'minute')!.value);
  let offset = local - (h * 60 + m);
  if (offset > 720) offset -= 1440;
  if (offset < -720) offset += 1440;
  return new Date(guess.getTime() - offset * MINUUT_MS);
}
