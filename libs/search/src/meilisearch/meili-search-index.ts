import type { Index, Meilisearch } from './meili-types';
import { synonymGroups } from '../analysis/synonyms';
import { SearchDocument, SearchDocumentType } from '../port/search-document';
import { SearchIndex } from '../port/search-index';
import { SearchQuery, SearchResult } from '../port/search-query';
import { GeoResolver } from '../query/geo-resolver';
import { isUuid, validateSearchQuery } from '../query/validate-search-query';
import {
  fromMeiliResponse,
  meiliIndexUid,
  meiliQueryText,
  meiliSearchParams,
  meiliSettings,
  meiliString,
  MeiliDocument,
  toMeiliDocument,
} from './meili-mapping';

/** How long a write waits for Meilisearch to apply it (the index job fails and is retried after that). */
export const MEILI_TASK_TIMEOUT_MS = 60_000;

/**
 * Meilisearch adapter: one index per document type, settings and mappings from `meili-mapping.ts`.
 * Writes wait for their task, so an index job is done only when its documents are searchable.
 */
export class MeiliSearchIndex extends SearchIndex {
  private readonly ready = new Map<SearchDocumentType, Promise<Index<MeiliDocument>>>();

  constructor(
    private readonly client: Meilisearch,
    private readonly geo: GeoResolver,
    private readonly indexPrefix: string,
  ) {
    super();
  }

  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    const byType = new Map<SearchDocumentType, Map<string, SearchDocument>>();
    for (const doc of docs) {
      const latest = byType.get(doc.type) ?? new Map<string, SearchDocument>();
      const known = latest.get(doc.id);
      if (!known || known.updatedAt <= doc.updatedAt) latest.set(doc.id, doc);
      byType.set(doc.type, latest);
    }
    const indexedAt = new Date();
    for (const [type, latest] of byType) {
      const index = await this.index(type);
      await index.addDocuments([...latest.values()].map((doc) => toMeiliDocument(doc, indexedAt)), { primaryKey: 'id' }).waitTask({ timeout: MEILI_TASK_TIMEOUT_MS });
    }
  }

  async remove(type: SearchDocumentType, ids: readonly string[]): Promise<void> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return;
    const index = await this.index(type);
    await index.deleteDocuments(valid).waitTask({ timeout: MEILI_TASK_TIMEOUT_MS });
  }

  async clear(type: SearchDocumentType, tenantId?: string): Promise<void> {
    const index = await this.index(type);
    const task = tenantId ? index.deleteDocuments({ filter: `tenantId = ${meiliString(tenantId)}` }) : index.deleteAllDocuments();
    await task.waitTask({ timeout: MEILI_TASK_TIMEOUT_MS });
  }

  async removeStale(type: SearchDocumentType, indexedBefore: Date, tenantId?: string): Promise<void> {
    const index = await this.index(type);
    const filter = [`indexedAt < ${indexedBefore.getTime()}`, ...(tenantId ? [`tenantId = ${meiliString(tenantId)}`] : [])];
    await index.deleteDocuments({ filter }).waitTask({ timeout: MEILI_TASK_TIMEOUT_MS });
  }

  async search(input: SearchQuery): Promise<SearchResult> {
    const query = validateSearchQuery(input);
    const near = await this.geo.resolve(query.near);
    const index = await this.index(query.type);
    const params = meiliSearchParams(query, near);
    const response = await index.search(meiliQueryText(query.text), params);
    return { ...fromMeiliResponse(response as never, query, near), ...(near && { near }) };
  }

  /** The index of a type, created with its settings on first use in this process (both are idempotent). */
  private index(type: SearchDocumentType): Promise<Index<MeiliDocument>> {
    let ready = this.ready.get(type);
    if (!ready) {
      ready = this.prepare(meiliIndexUid(this.indexPrefix, type));
      ready.catch(() => this.ready.delete(type));
      this.ready.set(type, ready);
    }
    return ready;
  }

  private async prepare(uid: string): Promise<Index<MeiliDocument>> {
    const existing = await this.client.getIndex<MeiliDocument>(uid).catch(() => undefined);
    if (!existing) await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: MEILI_TASK_TIMEOUT_MS });
    const index = this.client.index<MeiliDocument>(uid);
    await index.updateSettings(meiliSettings(synonymGroups())).waitTask({ timeout: MEILI_TASK_TIMEOUT_MS });
    return index;
  }
}
