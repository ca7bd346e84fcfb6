import { Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Queue, WORKER_LOCK_MS } from '@matchpunt/common';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { MailTransport } from './mail-transport';

/**
 * Sends one queued mail. The row is locked for the duration, and a mail already VERZONDEN or
 * GEANNULEERD is skipped, so retries and duplicate jobs never send twice through the outbox adapter.
 */
@Processor(Queue.MAIL, { lockDuration: WORKER_LOCK_MS, concurrency: 5 })
export class SendMailProcessor extends WorkerHost {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job<{ mailId: string }>): Promise<'sent' | 'skipped'> {
    return this.dataSource.transaction(async (manager) => {
      const [mail] = await manager.query(`SELECT * FROM mail_outbox WHERE id = $1 FOR UPDATE`, [job.data.mailId]);
      if (!mail || mail.status !== 'WACHTRIJ') return 'skipped';
      await this.transport.send({
        id: mail.id,
        from: this.config.MAIL_FROM,
        to: mail.to_address,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        attachments: mail.attachments,
      });
      await manager.query(`UPDATE mail_outbox SET status = 'VERZONDEN', transport = $2, sent_at = now() WHERE id = $1`, [
        mail.id,
        this.transport.name,
      ]);
      return 'sent';
    });
  }
}
