import { Args, Field, InputType, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Doelgroep, Instrument, PageArgs, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { SearchIndex } from '@matchpunt/search';
import { IsOptional } from 'class-validator';
import { Keuzes, Lijst } from './dto/validatie';
import { facetFilters, toNear, toZoekResultaat, zoektermVan, ZoekNabij, ZoekResultaat, ZoekResultaatType } from './dto/zoek.types';
import { SbiSectie } from './sbi';
import { Werkgever } from './werkgever.entity';
import { WerkgeverService } from './werkgever.service';

export const WerkgeverZoekResultaat = ZoekResultaatType(Werkgever, 'Werkgever');

@InputType()
export class WerkgeverZoekFilter {
  @Field(() => [SbiSectie], { nullable: true }) @IsOptional() @Keuzes(SbiSectie) sector?: SbiSectie[];
  @Field(() => [String], { nullable: true, description: 'Namen van gemeenten.' }) @IsOptional() @Lijst(20, 100) gemeente?: string[];
  @Field(() => [Doelgroep], { nullable: true }) @IsOptional() @Keuzes(Doelgroep) doelgroep?: Doelgroep[];
  @Field(() => [Instrument], { nullable: true }) @IsOptional() @Keuzes(Instrument) instrument?: Instrument[];
}

/** Full-text search over werkgevers (staff): ranking, facets, highlights and distance from a postcode. */
@Resolver(() => Werkgever)
export class WerkgeverZoekResolver {
  constructor(
    private readonly search: SearchIndex,
    private readonly werkgevers: WerkgeverService,
  ) {}

  @Rollen(...STAFF_ROLLEN)
  @Query(() => WerkgeverZoekResultaat, { description: 'Zoekt werkgevers op naam, sector en plaats, met facetten.' })
  async zoekWerkgevers(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('zoekterm', { type: () => String, nullable: true }) zoekterm?: string,
    @Args('filter', { type: () => WerkgeverZoekFilter, nullable: true }) filter?: WerkgeverZoekFilter,
    @Args('nabij', { type: () => ZoekNabij, nullable: true }) nabij?: ZoekNabij,
  ): Promise<ZoekResultaat<Werkgever>> {
    const result = await this.search.search({
      type: 'werkgever',
      tenantId: actor.tenantId,
      text: zoektermVan(zoekterm),
      filters: { facets: facetFilters({ sector: filter?.sector, gemeente: filter?.gemeente, doelgroep: filter?.doelgroep, instrument: filter?.instrument }) },
      near: toNear(nabij),
      facets: ['sector', 'gemeente', 'doelgroep', 'instrument'],
      first: page.first,
      after: page.after,
    });
    return toZoekResultaat(result, await this.werkgevers.byIds(actor, result.hits.map((hit) => hit.id)));
  }
}
