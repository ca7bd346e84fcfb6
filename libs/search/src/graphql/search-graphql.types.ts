import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { SearchFilters, SearchHit, SearchNear, SearchResult } from '../port/search-query';

/**
 * GraphQL building blocks for the feature resolvers (`zoekVacatures`, `zoekKandidaten`, `zoekWerkgevers`):
 * facet counts, highlights, filter and distance inputs, and their mapping to the port. Use them so every
 * search in the schema has the same shape.
 */
export enum ZoekFacet {
  SECTOR = 'sector',
  GEMEENTE = 'gemeente',
  UREN = 'uren',
  DOELGROEP = 'doelgroep',
  INSTRUMENT = 'instrument',
  RIJBEWIJS = 'rijbewijs',
  STATUS = 'status',
}
registerEnumType(ZoekFacet, { name: 'ZoekFacet', description: 'Facetten die een zoekopdracht kan tellen.' });

@ObjectType('FacetWaarde')
export class FacetWaardeType {
  @Field() waarde: string;
  @Field(() => Int) aantal: number;
}

@ObjectType('ZoekFacetten', { description: 'Aantallen per facetwaarde over alle treffers (met alle filters); alleen de gevraagde facetten.' })
export class ZoekFacettenType {
  @Field(() => [FacetWaardeType], { nullable: true }) sector?: FacetWaardeType[];
  @Field(() => [FacetWaardeType], { nullable: true }) gemeente?: FacetWaardeType[];
  @Field(() => [FacetWaardeType], { nullable: true, description: 'Urenklassen: 0-16, 16-24, 24-32, 32+.' }) uren?: FacetWaardeType[];
  @Field(() => [FacetWaardeType], { nullable: true }) doelgroep?: FacetWaardeType[];
  @Field(() => [FacetWaardeType], { nullable: true }) instrument?: FacetWaardeType[];
  @Field(() => [FacetWaardeType], { nullable: true }) rijbewijs?: FacetWaardeType[];
  @Field(() => [FacetWaardeType], { nullable: true }) status?: FacetWaardeType[];
}

@ObjectType('ZoekMarkering', { description: 'Fragmenten met de gevonden woorden in <mark>…</mark>; de rest is HTML-escaped.' })
export class ZoekMarkeringType {
  @Field({ nullable: true }) titel?: string;
  @Field({ nullable: true }) tekst?: string;
}

@ObjectType('ZoekCentrum', { description: 'Het middelpunt (de postcode als coördinaten) en de straal van een zoekopdracht met nabij.' })
export class ZoekCentrumType {
  @Field(() => Float) lat: number;
  @Field(() => Float) lon: number;
  @Field(() => Float, { description: 'Straal in km.' }) km: number;
}

@InputType('UrenBereikInput')
export class UrenBereikInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(168) min?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(168) max?: number;
}

@InputType('ZoekFilterInput', { description: 'Waarden binnen één facet: OF; facetten samen: EN.' })
export class ZoekFilterInput {
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsString({ each: true }) @MaxLength(100, { each: true }) sector?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsString({ each: true }) @MaxLength(100, { each: true }) gemeente?: string[];
  @Field(() => [String], { nullable: true, description: 'Urenklassen zoals in het facet uren.' }) @IsOptional() @ArrayMaxSize(10) @IsString({ each: true }) @MaxLength(10, { each: true }) uren?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsString({ each: true }) @MaxLength(100, { each: true }) doelgroep?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsString({ each: true }) @MaxLength(100, { each: true }) instrument?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(20, { each: true }) rijbewijs?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(40, { each: true }) status?: string[];
  @Field(() => UrenBereikInput, { nullable: true, description: 'Uren per week: treffers waarvan het bereik dit overlapt.' })
  @IsOptional() @ValidateNested() @Type(() => UrenBereikInput) urenBereik?: UrenBereikInput;
}

@InputType('NabijInput', { description: 'Binnen km van een postcode (PC4, "4001" of "4001 AB") of van coördinaten.' })
export class NabijInput {
  @Field({ nullable: true }) @IsOptional() @Matches(/^\s*[1-9][0-9]{3}\s*([a-zA-Z]{2})?\s*$/, { message: 'Ongeldige postcode (verwacht: 1234 of 1234 AB)' }) postcode?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(-90) @Max(90) lat?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(-180) @Max(180) lon?: number;
  @Field(() => Float) @IsNumber() @Min(0.1) @Max(300) km: number;
}

export function toSearchFilters(input: ZoekFilterInput | null | undefined): SearchFilters {
  if (!input) return {};
  const { urenBereik, ...facets } = input;
  return {
    facets: Object.fromEntries(Object.entries(facets).filter(([, values]) => values && values.length > 0)),
    ...(urenBereik ? { uren: { min: urenBereik.min ?? undefined, max: urenBereik.max ?? undefined } } : {}),
  };
}

/** Undefined without input; a postcode wins over coordinates. Throws nothing: the port validates. */
export function toSearchNear(input: NabijInput | null | undefined): SearchNear | undefined {
  if (!input) return undefined;
  if (input.postcode) return { postcode: input.postcode, km: input.km };
  return { lat: input.lat ?? Number.NaN, lon: input.lon ?? Number.NaN, km: input.km };
}

export function toZoekFacetten(facets: SearchResult['facets']): ZoekFacettenType {
  return Object.fromEntries(
    Object.entries(facets).map(([name, counts]) => [name, (counts ?? []).map(({ value, count }) => ({ waarde: value, aantal: count }))]),
  );
}

export function toZoekMarkering(highlights: SearchHit['highlights']): ZoekMarkeringType {
  return { titel: highlights.title, tekst: highlights.text };
}
