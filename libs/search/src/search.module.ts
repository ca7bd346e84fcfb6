import { Global, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@matchpunt/common';
import { SearchIndexer } from './indexing/search-indexer.service';
import { SearchIndex } from './port/search-index';
import { PostgresSearchIndex } from './postgres/postgres-search-index';
import { SearchSourceRegistry } from './sources/search-source.registry';

/**
 * Global: the `SearchIndex` port (adapter picked by SEARCH_ENGINE), the source registry and the indexer.
 * Imported once by the platform's infrastructure.
 */
@Global()
@Module({
  providers: [
    SearchSourceRegistry,
    SearchIndexer,
    {
      provide: SearchIndex,
      inject: [AppConfig, getDataSourceToken()],
      useFactory: (_config: AppConfig, dataSource: DataSource): SearchIndex => new PostgresSearchIndex(dataSource),
    },
  ],
  exports: [SearchIndex, SearchSourceRegistry, SearchIndexer],
})
export class SearchModule {}
