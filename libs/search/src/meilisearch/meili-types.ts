/**
 * Types of the `meilisearch` client. The package ships ESM with `exports` only, which this workspace's
 * `moduleResolution: node` cannot follow; the types are taken from its files directly (type-only, erased),
 * and the client itself is loaded at run time by `createMeiliClient`.
 */
export type {
  Index,
  Meilisearch,
  SearchParams,
  SearchResponse,
  Settings,
} from '../../../../node_modules/meilisearch/dist/index';
