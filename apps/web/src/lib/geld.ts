const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** An exact decimal from the API ("14.71") as Dutch money ("€ 14,71"). */
export function formatEuro(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const number = Number(value);
  return Number.isFinite(number) ? EURO.format(number) : value;
}

/** "27,5" or "27.5" → "27.5" (the API's Decimal), or null when it is not a number. */
export function parseDecimal(text: string): string | null {
  const normalised = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalised) ? normalised : null;
}
