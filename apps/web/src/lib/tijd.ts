/** Dates and times as the region reads them: always in Dutch time (Europe/Amsterdam), whatever the device says. */
const ZONE = 'Europe/Amsterdam';

const DATUM_TIJD = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: ZONE,
});
const TIJD = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: ZONE });
const DELEN = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: ZONE,
});

/** An ISO date-time → "donderdag 3 december 2026 om 14:00". */
export function formatDatumTijd(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATUM_TIJD.format(date);
}

/** An ISO date-time → "14:00". */
export function formatTijd(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : TIJD.format(date);
}

/** The wall-clock date ("2026-12-03") and time ("14:00") in Dutch time of an instant. */
export function nederlandseTijd(moment: Date): { datum: string; tijd: string } {
  const deel = Object.fromEntries(DELEN.formatToParts(moment).map((p) => [p.type, p.value]));
  return { datum: `${deel.year}-${deel.month}-${deel.day}`, tijd: `${deel.hour}:${deel.minute}` };
}

/**
 * A date ("2026-12-03") and time ("14:00") typed in Dutch time → the ISO instant the API expects,
 * or null when either is not a valid value. Handles summer and winter time.
 */
export function naarIsoTijdstip(datum: string, tijd: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(datum) || !/^\d{2}:\d{2}$/.test(tijd)) return null;
  const alsUtc = Date.parse(`${datum}T${tijd}:00Z`);
  if (Number.isNaN(alsUtc)) return null;
  // The offset of Dutch time at an instant, in ms; asked twice because the offset near a switch depends on the answer.
  const verschil = (moment: number) => {
    const { datum: d, tijd: t } = nederlandseTijd(new Date(moment));
    return Date.parse(`${d}T${t}:00Z`) - moment;
  };
  let moment = alsUtc - verschil(alsUtc);
  moment = alsUtc - verschil(moment);
  const terug = nederlandseTijd(new Date(moment));
  if (terug.datum !== datum || terug.tijd !== tijd) return null;
  return new Date(moment).toISOString();
}
