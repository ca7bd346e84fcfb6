import type { Meilisearch } from './meili-types';

/**
 * Loads the `meilisearch` client (an ES module) only when the Meilisearch adapter is used, so the default
 * PostgreSQL setup never loads it.
 */
export async function createMeiliClient(host: string, apiKey?: string): Promise<Meilisearch> {
  const specifier = 'meilisearch';
  const { Meilisearch: Client } = (await import(specifier)) as { Meilisearch: new (config: { host: string; apiKey?: string }) => Meilisearch };
  return new Client({ host, apiKey });
}
