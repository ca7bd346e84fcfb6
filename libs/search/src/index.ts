export * from './port/search-document';
export * from './port/search-query';
export * from './port/search-index';
export * from './sources/search-document-source';
export * from './sources/search-source.registry';
export * from './indexing/index-jobs';
export * from './indexing/search-indexer.service';
export * from './search.module';
