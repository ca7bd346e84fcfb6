import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobOutbox, Queue } from '@matchpunt/common';
import { MailService } from '@matchpunt/mail';
import { Queue as BullQueue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { UUR_MS } from '../shared/tijd';
import { BOEKING_SELECT, BoekingRij } from './jobdate-boeking.rows';
import { JobdateMails } from './jobdate.mails';

export const JOBDATE_HERINNERING_JOB = 'JobdateHerinnering';
export type HerinneringSoort = '24h' | '1h';
export interface JobdateHerinneringJob {
  tenantId: string;
  boekingId: string;
  soort: HerinneringSoort;
}
export const HERINNERINGEN: { soort: HerinneringSoort; voorMs: number }[] = [
  { soort: '24h', voorMs: 24 * UUR_MS },
  { soort: '1h', voorMs: UUR_MS },
];

export const herinneringJobId = (boekingId: string, soort: HerinneringSoort) => `jobdate-herinnering-${boekingId}-${soort}`;

/**
 * Reminders 24 h and 1 h before a jobdate: delayed jobs on queue `jobdate`, written through the outbox with ids
 * derived from the booking, so planning twice is a no-op. Cancelling drops the outbox rows, the delayed jobs and
 * any reminder mail still waiting; the job itself re-checks that the booking is active (idempotent).
 */
@Injectable()
export class JobdateHerinneringen {
  private readonly logger = new Logger(JobdateHerinneringen.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(Queue.JOBDATE) private readonly queue: BullQueue,
    private readonly outbox: JobOutbox,
    private readonly mail: MailService,
    private readonly mails: JobdateMails,
  ) {}

  async plan(m: EntityManager, tenantId: string, boekingId: string, start: Date, nu = Date.now()): Promise<HerinneringSoort[]> {
    const gepland: HerinneringSoort[] = [];
    for (const { soort, voorMs } of HERINNERINGEN) {
      const delayMs = start.getTime() - voorMs - nu;
      if (delayMs <= 0) continue;
      await this.outbox.add(m, { queue: Queue.JOBDATE, name: JOBDATE_HERINNERING_JOB, data: { tenantId, boekingId, soort }, jobId: herinneringJobId(boekingId, soort), delayMs });
      gepland.push(soort);
    }
    return gepland;
  }

  /** Inside the cancelling transaction: outbox rows not yet handed over, and waiting reminder mail. */
  async schrap(m: EntityManager, boekingId: string): Promise<void> {
    await m.query(`DELETE FROM job_outbox WHERE job_id = ANY($1)`, [HERINNERINGEN.map((h) => herinneringJobId(boekingId, h.soort))]);
    for (const { soort } of HERINNERINGEN) await this.mail.cancel(m, JobdateMails.sleutel(boekingId, `herinnering-${soort}`));
  }

  /** After commit: the delayed jobs in BullMQ. A failure is harmless (the job finds the booking inactive). */
  async verwijderJobs(boekingId: string): Promise<void> {
    for (const { soort } of HERINNERINGEN) {
      try {
        await this.queue.remove(herinneringJobId(boekingId, soort));
      } catch (err) {
        this.logger.warn(`kon herinnering ${soort} van ${boekingId} niet verwijderen: ${err}`);
      }
    }
  }

  /** The job: mail both sides once, only while the booking is active and still ahead. */
  async verstuur(job: JobdateHerinneringJob): Promise<'verstuurd' | 'overgeslagen'> {
    const n = await this.dataSource.transaction(async (m) => {
      const [b]: BoekingRij[] = await m.query(`${BOEKING_SELECT} WHERE b.tenant_id = $1 AND b.id = $2 FOR SHARE OF b`, [job.tenantId, job.boekingId]);
      if (!b || b.boeking_status !== 'GEBOEKT' || new Date(b.start).getTime() <= Date.now()) return -1;
      return this.mails.stuur(m, b, `herinnering-${job.soort}`);
    });
    if (n > 0) this.outbox.flushSoon();
    return n < 0 ? 'overgeslagen' : 'verstuurd';
  }

  /** Delayed jobs waiting in BullMQ for this booking (for tests and the status of a booking). */
  async wachtend(boekingId: string): Promise<HerinneringSoort[]> {
    const uit: HerinneringSoort[] = [];
    for (const { soort } of HERINNERINGEN) {
      const job = await this.queue.getJob(herinneringJobId(boekingId, soort));
      if (job && (await job.getState()) === 'delayed') uit.push(soort);
    }
    return uit;
  }
}
