import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { QueueRegistry } from '../queue/queue.module';
import { Queue } from '../queue/queues';

export interface OutboxJob {
  queue: Queue;
  name: string;
  /** Ids only, never whole objects. */
  data: Record<string, unknown>;
  /** Derived from what the job does, so a duplicate enqueue is a no-op in BullMQ. No colons (BullMQ's key separator). */
  jobId: string;
  delayMs?: number;
}

/**
 * Transactional outbox: jobs are written in the same transaction as the change that causes them and
 * handed to BullMQ after commit. A crash between commit and enqueue leaves the row, which the relay
 * job (worker) hands over later. Handing over twice is harmless: job ids are deterministic.
 */
@Injectable()
export class JobOutbox {
  private readonly logger = new Logger(JobOutbox.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
  ) {}

  async add(manager: EntityManager, ...jobs: OutboxJob[]): Promise<void> {
    if (jobs.length === 0) return;
    const bad = jobs.find((job) => job.jobId.includes(':'));
    if (bad) throw new Error(`job id "${bad.jobId}" may not contain ':'`);
    const values = jobs.map((job) => [job.queue, job.name, JSON.stringify(job.data), job.jobId, job.delayMs ?? 0]);
    const placeholders = values.map((_, i) => `($${i * 5 + 1}, $${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5})`);
    await manager.query(
      `INSERT INTO job_outbox (queue, name, data, job_id, delay_ms) VALUES ${placeholders.join(', ')}`,
      values.flat(),
    );
  }

  /** Hands pending rows to BullMQ. Safe to run concurrently: rows are claimed with SKIP LOCKED. */
  async flush(limit = 1000): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string; queue: Queue; name: string; data: Record<string, unknown>; job_id: string; delay_ms: number }[] =
        await manager.query(
          `SELECT id, queue, name, data, job_id, delay_ms FROM job_outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [limit],
        );
      if (rows.length === 0) return 0;
      const byQueue = new Map<Queue, typeof rows>();
      for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      for (const [queue, jobs] of byQueue) {
        await this.queues.get(queue).addBulk(
          jobs.map((job) => ({ name: job.name, data: job.data, opts: { jobId: job.job_id, delay: job.delay_ms || undefined } })),
        );
      }
      await manager.query(`DELETE FROM job_outbox WHERE id = ANY($1)`, [rows.map((row) => row.id)]);
      return rows.length;
    });
  }

  /** Called after a commit; a failure here is not the caller's problem, the relay retries. */
  flushSoon(): void {
    this.flush().catch((err) => this.logger.warn(`outbox flush failed, relay will retry: ${err}`));
  }
}
