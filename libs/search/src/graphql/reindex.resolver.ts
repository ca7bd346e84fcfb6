import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, AppError, CurrentActor, Rol, Rollen } from '@matchpunt/common';
import { ReindexJobs, ReindexStatus } from '../indexing/reindex-jobs.service';
import { ReindexJobType, toSearchDocumentType, ZoekIndexType } from './reindex.types';

/** ADMIN: rebuild the search index of the own organisation, and follow the job. */
@Resolver(() => ReindexJobType)
@Rollen(Rol.ADMIN)
export class ReindexResolver {
  constructor(private readonly jobs: ReindexJobs) {}

  @Mutation(() => ReindexJobType, { description: 'Bouwt de zoekindex van één soort documenten van uw organisatie opnieuw op (als taak).' })
  async reindex(@CurrentActor() actor: Actor, @Args('type', { type: () => ZoekIndexType }) type: ZoekIndexType): Promise<ReindexJobType> {
    const jobId = await this.jobs.start(toSearchDocumentType(type), actor.tenantId);
    return this.view((await this.jobs.status(jobId)) ?? waiting(jobId, type, actor.tenantId));
  }

  @Query(() => ReindexJobType, { description: 'Voortgang van een herindexering.' })
  async reindexTaak(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ReindexJobType> {
    const status = await this.jobs.status(id);
    if (!status || status.tenantId !== actor.tenantId) throw AppError.notFound('Herindexering', id);
    return this.view(status);
  }

  private view(status: ReindexStatus): ReindexJobType {
    return {
      id: status.jobId,
      type: status.type as ZoekIndexType,
      status: status.state,
      verwerkt: status.report?.done ?? status.progress.done,
      geindexeerd: status.report?.indexed ?? status.progress.indexed,
      documentenPerSeconde: status.report?.docsPerSecond,
      fout: status.failedReason,
    };
  }
}

function waiting(jobId: string, type: ZoekIndexType, tenantId: string): ReindexStatus {
  return { jobId, type: toSearchDocumentType(type), tenantId, state: 'waiting', progress: { done: 0, indexed: 0 }, report: null, failedReason: null };
}
