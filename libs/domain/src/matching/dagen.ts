import type { IsoDatum, TaalNiveau } from './types';
import { TAALNIVEAUS } from './types';

const DAG_MS = 86_400_000;
const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})/;

const CACHE_LIMIET = 10_000;
const cache = new Map<string, number>();

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date (time part, if any, ignored); throws on anything else.
 * Memoised (bounded): a ranking parses the same few hundred dates 50,000 times.
 */
export function dagnummer(datum: IsoDatum): number {
  const bekend = cache.get(datum);
  if (bekend !== undefined) return bekend;
  const m = ISO_DATUM.exec(datum);
  if (!m) throw new RangeError(`Ongeldige datum "${datum}", verwacht YYYY-MM-DD`);
  const dag = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAG_MS;
  if (cache.size >= CACHE_LIMIET) cache.clear();
  cache.set(datum, dag);
  return dag;
}

/** A1 = 0 … C2 = 5, MOEDERTAAL = 6 */
export function taalIndex(niveau: TaalNiveau): number {
  return TAALNIVEAUS.indexOf(niveau);
}
