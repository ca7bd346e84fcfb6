import { DataSource } from 'typeorm';

/**
 * Bulk insert with one array parameter per column (`INSERT … SELECT * FROM unnest(…)`): a handful of
 * parameters per chunk instead of one per value, which PostgreSQL parses much faster for wide rows.
 * Array columns travel as array literals and are cast back (`text[]`).
 */
export async function insertKolommen(db: DataSource, table: string, types: Record<string, string>, rows: Record<string, unknown>[], chunk = 5000): Promise<void> {
  const columns = Object.keys(types);
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const params = columns.map((c) => part.map((row) => (types[c].endsWith('[]') ? arrayLiteral(row[c] as string[]) : (row[c] ?? null))));
    const unnest = columns.map((c, j) => `$${j + 1}::${types[c].endsWith('[]') ? 'text' : types[c]}[]`).join(', ');
    const select = columns.map((c) => (types[c].endsWith('[]') ? `${c}::${types[c]}` : c)).join(', ');
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) SELECT ${select} FROM unnest(${unnest}) AS t(${columns.join(', ')})`, params);
  }
}

function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
