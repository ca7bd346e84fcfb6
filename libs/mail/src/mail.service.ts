import { Injectable } from '@nestjs/common';
import { JobOutbox, Queue } from '@matchpunt/common';
import { EntityManager } from 'typeorm';
import { MailAttachment } from './mail-transport';

export interface MailMessage {
  tenantId: string | null;
  /** What this mail is about, e.g. `voorstel:<id>:<contactId>`: the same key is never sent twice. */
  dedupeKey: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: MailAttachment[];
}

export const SEND_MAIL_JOB = 'SendMail';

export type MailStatus = 'WACHTRIJ' | 'VERZONDEN' | 'GEANNULEERD';

@Injectable()
export class MailService {
  constructor(private readonly outbox: JobOutbox) {}

  /**
   * Queues mail inside the caller's transaction. Returns false when a mail with this dedupe key was
   * already queued (then nothing is added).
   */
  async queue(manager: EntityManager, message: MailMessage): Promise<boolean> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO mail_outbox (tenant_id, dedupe_key, to_address, subject, html, text, attachments)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [message.tenantId, message.dedupeKey, message.to, message.subject, message.html, message.text, JSON.stringify(message.attachments ?? [])],
    );
    if (rows.length === 0) return false;
    await this.outbox.add(manager, { queue: Queue.MAIL, name: SEND_MAIL_JOB, data: { mailId: rows[0].id }, jobId: `mail-${rows[0].id}` });
    return true;
  }

  /**
   * `queue` for many messages at once (e.g. a newsletter's fan-out): one INSERT and one outbox write. Returns the
   * dedupe keys that were queued now; keys queued before are skipped, exactly as `queue` does one by one.
   */
  async queueMany(manager: EntityManager, messages: readonly MailMessage[]): Promise<string[]> {
    if (messages.length === 0) return [];
    const values = messages.map((m) => [m.tenantId, m.dedupeKey, m.to, m.subject, m.html, m.text, JSON.stringify(m.attachments ?? [])]);
    const rows: { id: string; dedupe_key: string }[] = await manager.query(
      `INSERT INTO mail_outbox (tenant_id, dedupe_key, to_address, subject, html, text, attachments)
       VALUES ${values.map((_, i) => `(${Array.from({ length: 7 }, (_, j) => `$${i * 7 + j + 1}`).join(', ')})`).join(', ')}
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id, dedupe_key`,
      values.flat(),
    );
    await this.outbox.add(manager, ...rows.map((row) => ({ queue: Queue.MAIL, name: SEND_MAIL_JOB, data: { mailId: row.id }, jobId: `mail-${row.id}` })));
    return rows.map((row) => row.dedupe_key);
  }

  /** How many mails with dedupe keys starting with this prefix are waiting, sent or cancelled (e.g. one aanbodskrant edition). */
  async tel(manager: EntityManager, dedupeKeyPrefix: string): Promise<Record<MailStatus, number>> {
    const rows: { status: MailStatus; n: number }[] = await manager.query(
      `SELECT status, count(*)::int AS n FROM mail_outbox WHERE dedupe_key LIKE $1 GROUP BY status`,
      [`${dedupeKeyPrefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
    );
    const telling: Record<MailStatus, number> = { WACHTRIJ: 0, VERZONDEN: 0, GEANNULEERD: 0 };
    for (const row of rows) telling[row.status] = row.n;
    return telling;
  }

  /** Drops mail still waiting (e.g. a reminder for a cancelled booking). */
  async cancel(manager: EntityManager, dedupeKeyPrefix: string): Promise<number> {
    const [rows] = await manager.query(
      `UPDATE mail_outbox SET status = 'GEANNULEERD' WHERE status = 'WACHTRIJ' AND dedupe_key LIKE $1 || '%' RETURNING id`,
      [dedupeKeyPrefix],
    );
    return rows.length;
  }
}
