import 'reflect-metadata';
import { Queue as BullQueue } from 'bullmq';
import { loadConfig, Queue, redisConnection } from '@matchpunt/common';
import { ReindexJobs } from './indexing/reindex-jobs.service';
import { SEARCH_DOCUMENT_TYPES, SearchDocumentType } from './port/search-document';

const USAGE = `npm run search:reindex -- [vacature|kandidaat|werkgever|functiecreatie|all] [--tenant <uuid>] [--no-wait]

Queues a full reindex for the worker (which has the features' document sources) and follows its progress.
A running worker is needed (npm run serve). Without --tenant every tenant is reindexed.`;

/** Full reindex from the command line: one `Reindex` job per type on the search-index queue. */
async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const tenantAt = argv.indexOf('--tenant');
  const tenantId = tenantAt >= 0 ? argv[tenantAt + 1] : undefined;
  const wanted = argv.find((arg, i) => !arg.startsWith('--') && i !== tenantAt + 1) ?? 'all';
  if (wanted !== 'all' && !SEARCH_DOCUMENT_TYPES.includes(wanted as SearchDocumentType)) {
    console.error(`unknown type "${wanted}"\n\n${USAGE}`);
    return 2;
  }
  const types = wanted === 'all' ? [...SEARCH_DOCUMENT_TYPES] : [wanted as SearchDocumentType];
  const config = loadConfig();
  const queue = new BullQueue(Queue.SEARCH_INDEX, { connection: redisConnection(config.REDIS_URL), prefix: config.QUEUE_PREFIX });
  try {
    let failed = 0;
    for (const type of types) {
      const jobId = await ReindexJobs.start(queue, type, tenantId);
      console.log(JSON.stringify({ queued: jobId }));
      if (!argv.includes('--no-wait') && !(await follow(queue, jobId))) failed += 1;
    }
    return failed > 0 ? 1 : 0;
  } finally {
    await queue.close();
  }
}

async function follow(queue: BullQueue, jobId: string): Promise<boolean> {
  const started = Date.now();
  let last = '';
  for (;;) {
    const status = await ReindexJobs.status(queue, jobId);
    if (!status) throw new Error(`job ${jobId} disappeared`);
    const line = JSON.stringify({ job: jobId, state: status.state, ...status.progress });
    if (line !== last) console.log(line);
    last = line;
    if (status.state === 'completed') {
      console.log(JSON.stringify({ job: jobId, report: status.report }));
      return true;
    }
    if (status.state === 'failed') {
      console.error(JSON.stringify({ job: jobId, failed: status.failedReason }));
      return false;
    }
    if (status.state === 'waiting' && Date.now() - started > 15_000 && (Date.now() - started) % 15_000 < 1000) {
      console.log('still waiting: is a worker running (npm run serve)?');
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
