import { MailService, SendMailProcessor } from '@matchpunt/mail';
import { Job } from 'bullmq';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

describe('worker: mail job and transactional outbox', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const queueMail = (dedupeKey: string) =>
    app.db.transaction((manager) =>
      app.get(MailService).queue(manager, {
        tenantId: null,
        dedupeKey,
        to: 'iemand@werkzaak.demo',
        subject: 'Test',
        html: '<p>Test</p>',
        text: 'Test',
      }),
    );

  it('queues a mail once per dedupe key', async () => {
    expect(await queueMail('test:eenmaal')).toBe(true);
    expect(await queueMail('test:eenmaal')).toBe(false);
    const [{ count }] = await app.db.query(`SELECT count(*)::int AS count FROM mail_outbox WHERE dedupe_key = 'test:eenmaal'`);
    expect(count).toBe(1);
  });

  it('sends a mail once even when its job runs twice (retry or duplicate)', async () => {
    await queueMail('test:tweemaal');
    const [mail] = await app.db.query(`SELECT id FROM mail_outbox WHERE dedupe_key = 'test:tweemaal'`);
    const worker = await app.startWorker();
    const processor = worker.get(SendMailProcessor);
    const job = { data: { mailId: mail.id } } as Job<{ mailId: string }>;
    const results = await Promise.all([processor.process(job), processor.process(job)]);
    expect(results.sort()).toEqual(['sent', 'skipped']);
  });

  it('hands over jobs that were committed but never enqueued (crash between commit and enqueue)', async () => {
    await queueMail('test:relay');
    const [mail] = await app.db.query(`SELECT id, status FROM mail_outbox WHERE dedupe_key = 'test:relay'`);
    expect(mail.status).toBe('WACHTRIJ');
    // Nothing called flush: only the relay job in the worker can deliver it.
    await app.startWorker();
    await waitFor(async () => {
      const [row] = await app.db.query(`SELECT status FROM mail_outbox WHERE id = $1`, [mail.id]);
      return row.status === 'VERZONDEN';
    }, 20000);
    const [{ count }] = await app.db.query(`SELECT count(*)::int AS count FROM job_outbox`);
    expect(count).toBe(0);
  });
});
