const DATUM = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

/** "2026-03-01" or an ISO date-time → "1 maart 2026". */
export function formatDatum(value: string | null | undefined): string {
  if (!value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : DATUM.format(date);
}

/** "heftruck, orderpicken,," → ["heftruck", "orderpicken"]. */
export function parseLijst(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item, i, all) => item && all.indexOf(item) === i);
}

export function formatLijst(items: readonly string[]): string {
  return items.join(', ');
}

/** A whole number from a form field, or null when it is not one. */
export function parseGetal(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

/** An exact decimal from the API ("29.63", "0.5") the Dutch way ("29,63", "0,50"), with two decimals. */
export function formatDecimaal(value: string | null | undefined, decimalen = 2): string {
  if (value === null || value === undefined || value === '') return '';
  const number = Number(value);
  return Number.isFinite(number)
    ? number.toLocaleString('nl-NL', { minimumFractionDigits: decimalen, maximumFractionDigits: decimalen })
    : value;
}
