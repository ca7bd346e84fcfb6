import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SearchDocument, SearchDocumentType } from '../port/search-document';
import { SearchIndex } from '../port/search-index';
import { SearchQuery, SearchResult } from '../port/search-query';

/** PostgreSQL full-text adapter (default): table `search_document`. */
@Injectable()
export class PostgresSearchIndex extends SearchIndex {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async upsert(_docs: readonly SearchDocument[]): Promise<void> {
    throw new Error('not implemented yet');
  }

  async remove(_type: SearchDocumentType, _ids: readonly string[]): Promise<void> {
    throw new Error('not implemented yet');
  }

  async search(_query: SearchQuery): Promise<SearchResult> {
    throw new Error('not implemented yet');
  }

  async clear(_type: SearchDocumentType, _tenantId?: string): Promise<void> {
    throw new Error('not implemented yet');
  }
}
