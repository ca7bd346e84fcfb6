import { Args, createUnionType, Field, InputType, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Instrument, isStaff, PageArgs, Rol, Rollen } from '@matchpunt/common';
import { SearchIndex } from '@matchpunt/search';
import { facetFilters, Keuzes, Lijst, toNear, toZoekResultaat, zoektermVan, ZoekNabij, ZoekResultaat, ZoekResultaatType } from '@matchpunt/werkgevers';
import { IsBoolean, IsOptional } from 'class-validator';
import { KandidaatKaart } from './kandidaat-kaart.type';
import { Kandidaat } from './kandidaat.entity';
import { KandidaatStatus } from './kandidaat.enums';
import { KandidaatService } from './kandidaat.service';

/** A hit is a Kandidaat for staff and an anonymised KandidaatKaart for employer users. */
export const KandidaatZoekNode = createUnionType({
  name: 'KandidaatZoekNode',
  description: 'Medewerkers krijgen Kandidaat, werkgevers KandidaatKaart.',
  types: () => [Kandidaat, KandidaatKaart] as const,
  resolveType: (value) => (value instanceof Kandidaat ? Kandidaat : KandidaatKaart),
});

export const KandidaatZoekResultaat = ZoekResultaatType(KandidaatZoekNode as never, 'Kandidaat');

@InputType()
export class KandidaatZoekFilter {
  @Field(() => [String], { nullable: true, description: 'Namen van gemeenten.' }) @IsOptional() @Lijst(20, 100) gemeente?: string[];
  @Field(() => [Instrument], { nullable: true }) @IsOptional() @Keuzes(Instrument) instrument?: Instrument[];
  @Field({ nullable: true, description: 'Alleen kandidaten met rijbewijs.' }) @IsOptional() @IsBoolean() rijbewijs?: boolean;
  @Field(() => [KandidaatStatus], { nullable: true, description: 'Alleen voor medewerkers; werkgevers vinden alleen beschikbare kandidaten.' })
  @IsOptional()
  @Keuzes(KandidaatStatus)
  status?: KandidaatStatus[];
}

/** Full-text search over candidates' profiles (never identity), with facets and distance from a postcode. */
@Resolver()
export class KandidaatZoekResolver {
  constructor(
    private readonly search: SearchIndex,
    private readonly kandidaten: KandidaatService,
  ) {}

  @Rollen(...Object.values(Rol))
  @Query(() => KandidaatZoekResultaat, {
    description: 'Zoekt kandidaten op beroepswens, vaardigheden en pitch. Medewerkers krijgen Kandidaat, werkgevers alleen kaarten van beschikbare kandidaten.',
  })
  async zoekKandidaten(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('zoekterm', { type: () => String, nullable: true }) zoekterm?: string,
    @Args('filter', { type: () => KandidaatZoekFilter, nullable: true }) filter?: KandidaatZoekFilter,
    @Args('nabij', { type: () => ZoekNabij, nullable: true }) nabij?: ZoekNabij,
  ): Promise<ZoekResultaat<Kandidaat | KandidaatKaart>> {
    const staf = isStaff(actor);
    const result = await this.search.search({
      type: 'kandidaat',
      tenantId: actor.tenantId,
      text: zoektermVan(zoekterm),
      filters: {
        facets: facetFilters({
          gemeente: filter?.gemeente,
          instrument: filter?.instrument,
          rijbewijs: filter?.rijbewijs ? ['B'] : undefined,
          status: staf ? filter?.status : [KandidaatStatus.BESCHIKBAAR],
        }),
      },
      near: toNear(nabij),
      facets: staf ? ['gemeente', 'uren', 'instrument', 'rijbewijs', 'status'] : ['gemeente', 'uren', 'instrument', 'rijbewijs'],
      first: page.first,
      after: page.after,
      ...(!staf && actor.werkgeverId && { werkgeverScope: { werkgeverId: actor.werkgeverId } }),
    });
    const ids = result.hits.map((hit) => hit.id);
    // The index may lag a write by a moment: show only what the caller may see now.
    const nodes = staf ? await this.kandidaten.getMany(actor, ids).catch(() => this.zichtbaar(actor, ids)) : await this.kaarten(actor, ids);
    return toZoekResultaat<Kandidaat | KandidaatKaart>(result, nodes);
  }

  private async zichtbaar(actor: Actor, ids: string[]): Promise<Kandidaat[]> {
    const found = await Promise.all(ids.map((id) => this.kandidaten.getForActor(actor, id).catch(() => null)));
    return found.filter((k): k is Kandidaat => k !== null);
  }

  private async kaarten(actor: Actor, ids: string[]): Promise<KandidaatKaart[]> {
    const found = await this.kandidaten.kaarten(actor, ids).catch(() => null);
    if (found) return found;
    const each = await Promise.all(ids.map((id) => this.kandidaten.kaart(actor, id).catch(() => null)));
    return each.filter((k): k is KandidaatKaart => k !== null);
  }
}
