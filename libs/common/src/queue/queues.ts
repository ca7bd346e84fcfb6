import { JobsOptions } from 'bullmq';

/** Every queue in one place. A job's name is the name of the processor method's job type. */
export enum Queue {
  MAIL = 'mail',
  SEARCH_INDEX = 'search-index',
  OUTBOX = 'outbox',
  MATCHING = 'matching',
  AANBODSKRANT = 'aanbodskrant',
  SPEEDDATE = 'speeddate',
  JOBDATE = 'jobdate',
  SROI = 'sroi',
  PSO = 'pso',
  DOCUMENT = 'document',
}

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 10000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** Worker lock: a job whose worker dies is picked up again after the lock expires (stalled-job check). */
export const WORKER_LOCK_MS = 30000;

/**
 * A job one feature enqueues for another it may not import: the PSO position of a werkgever is recomputed when a
 * placement there is made (plaatsingen → pso). Data: `PsoHerberekenJob`.
 */
export const PSO_HERBEREKEN_JOB = 'HerberekenPso';
export interface PsoHerberekenJob {
  tenantId: string;
  werkgeverId: string;
}
