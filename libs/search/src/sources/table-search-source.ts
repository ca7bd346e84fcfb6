import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SearchDocument, SearchDocumentType } from '../port/search-document';
import { isUuid } from '../query/validate-search-query';
import { INDEX_BATCH_SIZE, SearchDocumentSource } from './search-document-source';
import { SearchSourceRegistry } from './search-source.registry';

/**
 * A source whose documents are the rows of one feature table. It registers itself when its module starts (in
 * the API and in the worker alike), passes only well-formed ids to `documents` (a malformed one names no row)
 * and pages through the table by id for a full reindex. A subclass without other dependencies needs no
 * constructor.
 */
@Injectable()
export abstract class TableSearchSource implements SearchDocumentSource, OnModuleInit {
  abstract readonly type: SearchDocumentType;
  /** The feature's table, with `id` and `tenant_id` columns (a constant, never input). */
  protected abstract readonly table: string;

  constructor(
    private readonly registry: SearchSourceRegistry,
    protected readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async load(ids: readonly string[]): Promise<SearchDocument[]> {
    const wanted = ids.filter(isUuid);
    return wanted.length === 0 ? [] : this.documents(wanted);
  }

  async *allIds(tenantId?: string): AsyncIterable<string[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM ${this.table} WHERE id > $1 AND ($2::uuid IS NULL OR tenant_id = $2) ORDER BY id LIMIT $3`,
        [after, tenantId ?? null, INDEX_BATCH_SIZE],
      );
      if (rows.length === 0) return;
      yield rows.map((row) => row.id);
      after = rows[rows.length - 1].id;
    }
  }

  /** The current documents of these ids (see `SearchDocumentSource.load`). */
  protected abstract documents(ids: string[]): Promise<SearchDocument[]>;
}
