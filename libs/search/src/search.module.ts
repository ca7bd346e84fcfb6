import { Global, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@matchpunt/common';
import { ReindexResolver } from './graphql/reindex.resolver';
import { ReindexJobs } from './indexing/reindex-jobs.service';
import { SearchIndexer } from './indexing/search-indexer.service';
import { SearchReindexer } from './indexing/search-reindexer.service';
import { createMeiliClient } from './meilisearch/meili-client';
import { MeiliSearchIndex } from './meilisearch/meili-search-index';
import { SearchIndex } from './port/search-index';
import { PostgresSearchIndex } from './postgres/postgres-search-index';
import { GeoResolver } from './query/geo-resolver';
import { SearchSourceRegistry } from './sources/search-source.registry';

/** The adapter SEARCH_ENGINE asks for. Meilisearch indexes are named after QUEUE_PREFIX (one server, several environments). */
export async function createSearchIndex(config: AppConfig, dataSource: DataSource): Promise<SearchIndex> {
  const geo = new GeoResolver(dataSource);
  if (config.SEARCH_ENGINE !== 'meilisearch') return new PostgresSearchIndex(dataSource, geo);
  if (!config.MEILI_URL) throw new Error('SEARCH_ENGINE=meilisearch vraagt om MEILI_URL');
  return new MeiliSearchIndex(await createMeiliClient(config.MEILI_URL, config.MEILI_MASTER_KEY), geo, config.QUEUE_PREFIX);
}

/**
 * Global (imported once by the platform): the `SearchIndex` port with the adapter picked by SEARCH_ENGINE,
 * the source registry features register with, the indexer they enqueue through, the reindexer the worker's
 * `IndexDocumentsProcessor` uses, and the ADMIN reindex mutation.
 */
@Global()
@Module({
  providers: [
    SearchSourceRegistry,
    SearchIndexer,
    SearchReindexer,
    ReindexJobs,
    ReindexResolver,
    {
      provide: SearchIndex,
      inject: [AppConfig, getDataSourceToken()],
      useFactory: createSearchIndex,
    },
  ],
  exports: [SearchIndex, SearchSourceRegistry, SearchIndexer, SearchReindexer, ReindexJobs],
})
export class SearchModule {}
