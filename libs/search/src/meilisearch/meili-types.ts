/**
 * Types of the `meilisearch` client. The package ships ESM with `exports` only, which this workspace's
 * `moduleResolution: node` follows only for imports marked `resolution-mode: import` (type-only, erased);
 * the client itself is loaded at run time by `createMeiliClient`.
 */
export type { Index, Meilisearch, SearchParams, SearchResponse, Settings } from 'meilisearch' with { 'resolution-mode': 'import' };
