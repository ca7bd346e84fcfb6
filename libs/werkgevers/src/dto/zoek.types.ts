import { Type } from '@nestjs/common';
import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AppError, PageInfo } from '@matchpunt/common';
import { FacetCount, SearchFacetName, SearchNear, SearchResult } from '@matchpunt/search';
import { Getal, Postcode } from './validatie';

/** GraphQL shapes of a search result, shared by zoekWerkgevers and zoekVacatures. */

@ObjectType({ description: 'Fragmenten waarin de zoektermen gevonden zijn; HTML-veilig, treffers tussen <mark> en </mark>.' })
export class ZoekMarkering {
  @Field(() => String, { nullable: true }) titel?: string;
  @Field(() => String, { nullable: true }) tekst?: string;
}

@ObjectType()
export class ZoekFacetWaarde {
  @Field() waarde: string;
  @Field(() => Int) aantal: number;
}

@ObjectType({ description: 'Aantallen per waarde van één facet, over alle resultaten.' })
export class ZoekFacet {
  @Field() naam: string;
  @Field(() => [ZoekFacetWaarde]) waarden: ZoekFacetWaarde[];
}

@InputType({ description: 'Binnen een afstand van een postcode.' })
export class ZoekNabij {
  @Field() @Postcode() postcode: string;
  @Field(() => Int) @Getal(1, 300) km: number;
}

export interface ZoekTreffer<T> {
  node: T;
  score: number;
  markering: ZoekMarkering;
  afstandKm: number | null;
  cursor: string;
}

export interface ZoekResultaat<T> {
  edges: ZoekTreffer<T>[];
  totalCount: number;
  pageInfo: PageInfo;
  facetten: ZoekFacet[];
}

export function ZoekResultaatType<T>(node: Type<T>, name: string): Type<ZoekResultaat<T>> {
  @ObjectType(`${name}Treffer`)
  class Treffer {
    @Field(() => node) node: T;
    @Field(() => Float) score: number;
    @Field(() => ZoekMarkering) markering: ZoekMarkering;
    @Field(() => Float, { nullable: true }) afstandKm: number | null;
    @Field() cursor: string;
  }
  @ObjectType(`${name}ZoekResultaat`)
  class Resultaat {
    @Field(() => [Treffer]) edges: Treffer[];
    @Field(() => Int) totalCount: number;
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => [ZoekFacet]) facetten: ZoekFacet[];
  }
  return Resultaat as Type<ZoekResultaat<T>>;
}

/** The free text of a search: trimmed, at most 200 characters. */
export function zoektermVan(zoekterm?: string | null): string | undefined {
  const text = zoekterm?.trim();
  if (text && text.length > 200) throw AppError.badInput('zoekterm mag hoogstens 200 tekens hebben.', 'zoekterm');
  return text || undefined;
}

/** Facet filters without the facets that were not asked for. */
export function facetFilters(filters: Partial<Record<SearchFacetName, string[] | undefined>>): Partial<Record<SearchFacetName, string[]>> {
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values && values.length > 0)) as Partial<Record<SearchFacetName, string[]>>;
}

export const toNear = (nabij?: ZoekNabij | null): SearchNear | undefined => (nabij ? { postcode: nabij.postcode, km: nabij.km } : undefined);

/** Search hits → GraphQL result, with the nodes the caller may see (a hit without a visible row is left out). */
export function toZoekResultaat<T extends { id: string }>(result: SearchResult, nodes: T[]): ZoekResultaat<T> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edges = result.hits.flatMap((hit) => {
    const node = byId.get(hit.id);
    return node
      ? [{ node, score: hit.score, markering: { titel: hit.highlights.title, tekst: hit.highlights.text }, afstandKm: hit.distanceKm ?? null, cursor: hit.cursor }]
      : [];
  });
  const facetten = Object.entries(result.facets).map(([naam, counts]) => ({
    naam: naam as SearchFacetName,
    waarden: (counts as FacetCount[]).map((c) => ({ waarde: c.value, aantal: c.count })),
  }));
  return { edges, totalCount: result.totalCount, pageInfo: { hasNextPage: result.hasNextPage, endCursor: result.endCursor }, facetten };
}
