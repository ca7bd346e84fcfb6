import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Queue, WORKER_LOCK_MS } from '@matchpunt/common';
import { Job } from 'bullmq';
import { DocumentService } from './document.service';
import { RENDER_OFFERTE_PDF_JOB, RenderOffertePdfJob } from './offerte.service';

/** Queue `document`: renders PDFs. Idempotent: a document that exists is not made again. */
@Processor(Queue.DOCUMENT, { lockDuration: WORKER_LOCK_MS, concurrency: 2 })
export class DocumentProcessor extends WorkerHost {
  constructor(private readonly documenten: DocumentService) {
    super();
  }

  async process(job: Job): Promise<string> {
    switch (job.name) {
      case RENDER_OFFERTE_PDF_JOB: {
        const { tenantId, versieId } = job.data as RenderOffertePdfJob;
        return this.documenten.renderOfferte(tenantId, versieId);
      }
      default:
        throw new Error(`unknown job ${job.name} on queue ${Queue.DOCUMENT}`);
    }
  }
}
