import { Injectable, Logger } from '@nestjs/common';
import { SearchDocument, SearchDocumentType } from '../port/search-document';
import { SearchIndex } from '../port/search-index';
import { SearchSourceRegistry } from '../sources/search-source.registry';
import { SearchDocumentSource } from '../sources/search-document-source';

/**
 * Documents upserted less than this long before a reindex started are not removed as stale at its end
 * (room for clock differences between worker processes; such documents have their own index jobs).
 */
export const STALE_MARGIN_MS = 60_000;

/** Batches upserted at the same time during a full reindex (the database does the heavy work). */
export const REINDEX_CONCURRENCY = 2;

export interface ReindexProgress {
  /** ids handled so far */
  done: number;
  /** documents upserted so far */
  indexed: number;
}

export interface ReindexReport extends ReindexProgress {
  type: SearchDocumentType;
  tenantId: string | null;
  seconds: number;
  docsPerSecond: number;
}

/** Index work shared by the index job and the full reindex: load ids through the source, upsert, remove the rest. */
@Injectable()
export class SearchReindexer {
  private readonly logger = new Logger(SearchReindexer.name);

  constructor(
    private readonly index: SearchIndex,
    private readonly sources: SearchSourceRegistry,
  ) {}

  hasSource(type: SearchDocumentType): boolean {
    return this.sources.find(type) !== undefined;
  }

  /** Brings the index up to date for these ids: upserts what the source returns, removes the ids it does not. */
  async indexIds(type: SearchDocumentType, ids: readonly string[]): Promise<{ upserted: number; removed: number }> {
    const docs = await this.sources.get(type).load(ids);
    return this.apply(type, ids, docs);
  }

  /**
   * Every document of a type (of one tenant), batch by batch as the source streams its ids, with up to
   * `concurrency` batches being upserted at once. At the end, documents that were not upserted are removed.
   */
  async reindex(
    type: SearchDocumentType,
    options: { tenantId?: string; concurrency?: number; onProgress?: (progress: ReindexProgress) => Promise<void> | void } = {},
    source: SearchDocumentSource = this.sources.get(type),
  ): Promise<ReindexReport> {
    const started = Date.now();
    const progress: ReindexProgress = { done: 0, indexed: 0 };
    const concurrency = Math.max(1, options.concurrency ?? REINDEX_CONCURRENCY);
    const inFlight = new Set<Promise<void>>();
    let failure: unknown;
    for await (const ids of source.allIds(options.tenantId)) {
      if (failure) break;
      const docs = await source.load(ids);
      const batch: Promise<void> = this.apply(type, ids, docs)
        .then(async ({ upserted }) => {
          progress.done += ids.length;
          progress.indexed += upserted;
          await options.onProgress?.({ ...progress });
        })
        .catch((err) => {
          failure ??= err;
        })
        .finally(() => inFlight.delete(batch));
      inFlight.add(batch);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (failure) throw failure;
    await this.index.removeStale(type, new Date(started - STALE_MARGIN_MS), options.tenantId);
    const seconds = (Date.now() - started) / 1000;
    const report = { type, tenantId: options.tenantId ?? null, ...progress, seconds, docsPerSecond: Math.round(progress.indexed / Math.max(seconds, 0.001)) };
    this.logger.log(`reindexed ${report.indexed} ${type} documents in ${seconds.toFixed(1)} s`);
    return report;
  }

  private async apply(type: SearchDocumentType, ids: readonly string[], docs: SearchDocument[]): Promise<{ upserted: number; removed: number }> {
    const wanted = new Set(ids);
    const found = docs.filter((doc) => doc.type === type && wanted.has(doc.id));
    const present = new Set(found.map((doc) => doc.id));
    const gone = [...wanted].filter((id) => !present.has(id));
    await this.index.upsert(found);
    await this.index.remove(type, gone);
    return { upserted: found.length, removed: gone.length };
  }
}
