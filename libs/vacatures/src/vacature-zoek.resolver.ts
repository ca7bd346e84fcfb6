import { Args, Field, InputType, Int, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Doelgroep, Instrument, PageArgs, Rol, Rollen, STAFF_ROLLEN, werkgeverScope } from '@matchpunt/common';
import { SearchIndex } from '@matchpunt/search';
import {
  facetFilters,
  Getal,
  JaNee,
  Keuzes,
  Lijst,
  SbiSectie,
  toNear,
  toZoekResultaat,
  ZoekNabij,
  ZoekResultaat,
  ZoekResultaatType,
  zoektermVan,
} from '@matchpunt/werkgevers';
import { IsOptional } from 'class-validator';
import { Vacature } from './vacature.entity';
import { VacatureStatus } from './vacature.enums';
import { VacatureService } from './vacature.service';

export const VacatureZoekResultaat = ZoekResultaatType(Vacature, 'Vacature');

@InputType()
export class VacatureZoekFilter {
  @Field(() => [VacatureStatus], { nullable: true }) @IsOptional() @Keuzes(VacatureStatus) status?: VacatureStatus[];
  @Field(() => [SbiSectie], { nullable: true }) @IsOptional() @Keuzes(SbiSectie) sector?: SbiSectie[];
  @Field(() => [String], { nullable: true, description: 'Namen van gemeenten.' }) @IsOptional() @Lijst(20, 100) gemeente?: string[];
  @Field(() => [Doelgroep], { nullable: true }) @IsOptional() @Keuzes(Doelgroep) doelgroep?: Doelgroep[];
  @Field(() => [Instrument], { nullable: true }) @IsOptional() @Keuzes(Instrument) instrument?: Instrument[];
  @Field({ nullable: true, description: 'true: alleen vacatures waarvoor een rijbewijs nodig is.' }) @IsOptional() @JaNee() rijbewijs?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @Getal(1, 40) urenMin?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Getal(1, 40) urenMax?: number;
}

/** Full-text search over vacatures: ranking, facets, highlights and distance. Employer users find only their own. */
@Resolver(() => Vacature)
export class VacatureZoekResolver {
  constructor(
    private readonly search: SearchIndex,
    private readonly vacatures: VacatureService,
  ) {}

  @Rollen(...STAFF_ROLLEN, Rol.WERKGEVER)
  @Query(() => VacatureZoekResultaat, { description: 'Zoekt vacatures op tekst (met synoniemen en typefouten), filters, facetten en afstand.' })
  async zoekVacatures(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('zoekterm', { type: () => String, nullable: true }) zoekterm?: string,
    @Args('filter', { type: () => VacatureZoekFilter, nullable: true }) filter?: VacatureZoekFilter,
    @Args('nabij', { type: () => ZoekNabij, nullable: true }) nabij?: ZoekNabij,
  ): Promise<ZoekResultaat<Vacature>> {
    const scope = werkgeverScope(actor);
    const result = await this.search.search({
      type: 'vacature',
      tenantId: actor.tenantId,
      text: zoektermVan(zoekterm),
      filters: {
        facets: facetFilters({
          status: filter?.status,
          sector: filter?.sector,
          gemeente: filter?.gemeente,
          doelgroep: filter?.doelgroep,
          instrument: filter?.instrument,
          rijbewijs: filter?.rijbewijs ? ['B'] : undefined,
        }),
        ...((filter?.urenMin || filter?.urenMax) && { uren: { min: filter.urenMin, max: filter.urenMax } }),
        ...(scope && { werkgeverId: scope }),
      },
      near: toNear(nabij),
      facets: ['status', 'sector', 'gemeente', 'uren', 'doelgroep', 'instrument', 'rijbewijs'],
      first: page.first,
      after: page.after,
      ...(scope && { werkgeverScope: { werkgeverId: scope } }),
    });
    return toZoekResultaat(result, await this.vacatures.byIds(actor, result.hits.map((hit) => hit.id)));
  }
}
