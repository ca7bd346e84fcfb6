import { Injectable } from '@nestjs/common';
import { JobOutbox } from '@matchpunt/common';
import { SearchIndexer } from '@matchpunt/search';
import { EntityManager } from 'typeorm';

export type WerkgeverGewijzigdListener = (manager: EntityManager, werkgeverId: string) => Promise<void>;

/**
 * Called in the transaction of every write to a werkgever or its parts: enqueues the werkgever's search
 * document (transactional outbox) and tells listeners, such as vacatures, whose documents carry the
 * werkgever's sector and locations. Listeners register at module start; werkgevers imports none of them.
 */
@Injectable()
export class WerkgeverWijzigingen {
  private readonly listeners: WerkgeverGewijzigdListener[] = [];

  constructor(
    private readonly indexer: SearchIndexer,
    private readonly outbox: JobOutbox,
  ) {}

  onGewijzigd(listener: WerkgeverGewijzigdListener): void {
    this.listeners.push(listener);
  }

  async gewijzigd(manager: EntityManager, werkgeverId: string): Promise<void> {
    await this.indexer.enqueue(manager, 'werkgever', [werkgeverId]);
    for (const listener of this.listeners) await listener(manager, werkgeverId);
  }

  /** After commit: hand the outbox to BullMQ now (the relay does it later otherwise). */
  naCommit(): void {
    this.outbox.flushSoon();
  }
}
