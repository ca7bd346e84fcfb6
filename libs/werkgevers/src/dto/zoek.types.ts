import { Type } from '@nestjs/common';
import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';
import { AppError, PageInfo } from '@matchpunt/common';
import {
  SearchFacetName,
  SearchNear,
  SearchResult,
  toSearchNear,
  toZoekFacetten,
  toZoekMarkering,
  ZoekCentrumType,
  ZoekFacettenType,
  ZoekMarkeringType,
} from '@matchpunt/search';

/**
 * The shape of a search result in GraphQL, shared by zoekWerkgevers, zoekVacatures and zoekKandidaten, built
 * on the search lib's building blocks (facets, highlights, distance input).
 */
@InputType({ description: 'Binnen km van een postcode (PC4, "4001" of "4001 AB") of van coördinaten.' })
export class ZoekNabij {
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^\s*[1-9][0-9]{3}\s*([a-zA-Z]{2})?\s*$/, { message: 'nabij.postcode is geen geldige postcode (bijv. 4001 of 4001 AB).' })
  postcode?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(-90) @Max(90) lat?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(-180) @Max(180) lon?: number;
  // Required in GraphQL; optional here because the ValidationPipe turns an absent `nabij` into {}.
  @Field(() => Float, { description: 'Straal in km (0,1–300).' })
  @IsOptional()
  @IsNumber()
  @Min(0.1, { message: 'nabij.km moet minstens 0,1 zijn.' })
  @Max(300, { message: 'nabij.km mag hoogstens 300 zijn.' })
  km: number;
}

/** No distance filter when `nabij` is absent (or empty); a postcode wins over coordinates. */
export function toNear(nabij?: ZoekNabij | null): SearchNear | undefined {
  if (!nabij || nabij.km === undefined || nabij.km === null) return undefined;
  return toSearchNear({ ...nabij, km: nabij.km });
}

export interface ZoekTreffer<T> {
  node: T;
  score: number;
  markering: ZoekMarkeringType;
  afstandKm: number | null;
  cursor: string;
}

export interface ZoekResultaat<T> {
  edges: ZoekTreffer<T>[];
  totalCount: number;
  pageInfo: PageInfo;
  facetten: ZoekFacettenType;
  centrum: ZoekCentrumType | null;
}

export function ZoekResultaatType<T>(node: Type<T>, name: string): Type<ZoekResultaat<T>> {
  @ObjectType(`${name}Treffer`)
  class Treffer {
    @Field(() => node) node: T;
    @Field(() => Float, { description: 'Hoger is beter; alleen binnen één resultaat te vergelijken.' }) score: number;
    @Field(() => ZoekMarkeringType) markering: ZoekMarkeringType;
    @Field(() => Float, { nullable: true, description: 'Afstand in km, als er met nabij is gezocht.' }) afstandKm: number | null;
    @Field() cursor: string;
  }
  @ObjectType(`${name}ZoekResultaat`)
  class Resultaat {
    @Field(() => [Treffer]) edges: Treffer[];
    @Field(() => Int) totalCount: number;
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => ZoekFacettenType) facetten: ZoekFacettenType;
    @Field(() => ZoekCentrumType, { nullable: true, description: 'Waar en hoe ver er is gezocht, als er met nabij is gezocht (voor een kaart).' })
    centrum: ZoekCentrumType | null;
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

/** Search hits → GraphQL result, with the nodes the caller may see (a hit without a visible row is left out). */
export function toZoekResultaat<T extends { id: string }>(result: SearchResult, nodes: T[]): ZoekResultaat<T> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edges = result.hits.flatMap((hit) => {
    const node = byId.get(hit.id);
    return node ? [{ node, score: hit.score, markering: toZoekMarkering(hit.highlights), afstandKm: hit.distanceKm ?? null, cursor: hit.cursor }] : [];
  });
  return {
    edges,
    totalCount: result.totalCount,
    pageInfo: { hasNextPage: result.hasNextPage, endCursor: result.endCursor },
    facetten: toZoekFacetten(result.facets),
    centrum: result.near ?? null,
  };
}
