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

/**
 * An amount as people type it ("€ 1.200.000", "1200000,50", "40 000") → the API's Decimal ("1200000.50"),
 * or null when it is not an amount. A point followed by groups of three digits is a thousands separator.
 */
export function parseBedrag(text: string): string | null {
  let value = text.replace(/[€\s]/g, '');
  if (value.includes(',')) value = value.replace(/\./g, '');
  else if (/^\d{1,3}(\.\d{3})+$/.test(value)) value = value.replace(/\./g, '');
  return parseDecimal(value);
}
