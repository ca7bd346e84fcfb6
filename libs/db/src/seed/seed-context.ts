import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface SeedSizes {
  werkgevers: number;
  vacatures: number;
  kandidaten: number;
}

export interface SeedContext {
  db: DataSource;
  seed: number;
  sizes: SeedSizes;
  random: () => number;
  /** A stable uuid for the n-th thing of a kind, the same for the same seed number. */
  id: (kind: string, n: number | string) => string;
  pick: <T>(items: readonly T[]) => T;
  log: (line: string) => void;
  /** Shared facts between steps (tenant ids, demo accounts …). */
  state: Record<string, unknown>;
}

/** mulberry32: small, fast, good enough for demo data, deterministic per seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createContext(db: DataSource, seed: number, sizes: SeedSizes, log: (line: string) => void): SeedContext {
  const random = prng(seed);
  return {
    db,
    seed,
    sizes,
    random,
    log,
    state: {},
    id: (kind, n) => {
      const hex = createHash('sha1').update(`${seed}:${kind}:${n}`).digest('hex');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
    pick: (items) => items[Math.floor(random() * items.length)],
  };
}

/** Inserts rows in chunks with one multi-row INSERT each; columns from the first row. */
export async function insertRows(db: DataSource, table: string, rows: Record<string, unknown>[], chunk = 1000): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const params: unknown[] = [];
    const tuples = part.map((row) => `(${columns.map((c) => {
      const value = row[c];
      params.push(value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value) ? JSON.stringify(value) : value);
      return `$${params.length}`;
    }).join(', ')})`);
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
  }
}
