import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, PageArgs, Rol, Rollen } from '@matchpunt/common';
import { SearchIndex } from '@matchpunt/search';
import { facetFilters, toNear, toZoekResultaat, ZoekNabij, ZoekResultaat, zoektermVan } from '@matchpunt/werkgevers';
import { FunctiecreatieZoekFilter } from './dto/kans.input';
import { FunctiecreatieKans } from './functiecreatie-kans.entity';
import { FunctiecreatieKansZoekResultaat } from './functiecreatie.types';
import { KansService } from './kans.service';

/** Full-text search over kansen through the search port: ranking, highlights, facets and distance to the vestiging. */
@Resolver(() => FunctiecreatieKans)
@Rollen(Rol.JOBHUNTER, Rol.ACCOUNTMANAGER, Rol.ADMIN)
export class KansZoekResolver {
  constructor(
    private readonly search: SearchIndex,
    private readonly kansen: KansService,
  ) {}

  @Query(() => FunctiecreatieKansZoekResultaat, {
    description: 'Zoekt functiecreatie-kansen op tekst (titel, taken, vaardigheden, werkgever, plaats), filters, facetten en afstand tot de vestiging.',
  })
  async zoekFunctiecreatieKansen(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('tekst', { type: () => String, nullable: true }) tekst?: string,
    @Args('filters', { type: () => FunctiecreatieZoekFilter, nullable: true }) filters?: FunctiecreatieZoekFilter,
    @Args('nabij', { type: () => ZoekNabij, nullable: true }) nabij?: ZoekNabij,
  ): Promise<ZoekResultaat<FunctiecreatieKans>> {
    const result = await this.search.search({
      type: 'functiecreatie',
      tenantId: actor.tenantId,
      text: zoektermVan(tekst),
      filters: {
        facets: facetFilters({ status: filters?.status, sector: filters?.sector, gemeente: filters?.gemeente, uren: filters?.uren }),
        ...(filters?.urenMin && { uren: { min: filters.urenMin } }),
      },
      near: toNear(nabij),
      facets: ['status', 'sector', 'gemeente', 'uren'],
      first: page.first,
      after: page.after,
    });
    return toZoekResultaat(result, await this.kansen.byIds(actor, result.hits.map((hit) => hit.id)));
  }
}
