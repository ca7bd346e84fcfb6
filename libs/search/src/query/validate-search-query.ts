import { AppError, decodeCursor, MAX_PAGE_SIZE } from '@matchpunt/common';
import { SEARCH_DOCUMENT_TYPES, SearchDocumentType } from '../port/search-document';
import { SEARCH_FACET_NAMES, SearchFacetName, SearchNear, SearchQuery } from '../port/search-query';

export const MAX_SEARCH_TEXT_LENGTH = 200;
export const MAX_NEAR_KM = 300;
export const MAX_FILTER_VALUES = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/** A query after validation: what the adapters work from. */
export interface ValidSearchQuery {
  type: SearchDocumentType;
  tenantId: string;
  text: string;
  facetFilters: [SearchFacetName, string[]][];
  uren?: { min?: number; max?: number };
  werkgeverId?: string;
  ids?: string[];
  near?: SearchNear;
  facets: SearchFacetName[];
  first: number;
  offset: number;
  werkgeverScope?: { werkgeverId: string };
}

/**
 * Checks a query and brings it to one shape. Mistakes a user can make (page size, cursor, distance,
 * hours, text length) answer BAD_USER_INPUT with the field; mistakes of the calling code throw plainly.
 */
export function validateSearchQuery(query: SearchQuery): ValidSearchQuery {
  if (!SEARCH_DOCUMENT_TYPES.includes(query.type)) throw new Error(`unknown search document type "${query.type}"`);
  if (!query.tenantId || !isUuid(query.tenantId)) throw new Error('a search needs the tenantId (uuid) of the caller');
  if (query.werkgeverScope && !isUuid(query.werkgeverScope.werkgeverId)) throw new Error('werkgeverScope needs a werkgeverId (uuid)');
  if (!Number.isInteger(query.first) || query.first < 1 || query.first > MAX_PAGE_SIZE) {
    throw AppError.badInput(`first moet tussen 1 en ${MAX_PAGE_SIZE} liggen`, 'first');
  }
  const text = (query.text ?? '').trim();
  if (text.length > MAX_SEARCH_TEXT_LENGTH) {
    throw AppError.badInput(`De zoektekst mag hoogstens ${MAX_SEARCH_TEXT_LENGTH} tekens lang zijn`, 'text');
  }
  const filters = query.filters ?? {};
  const facetFilters: [SearchFacetName, string[]][] = [];
  for (const [name, values] of Object.entries(filters.facets ?? {})) {
    if (!SEARCH_FACET_NAMES.includes(name as SearchFacetName)) throw AppError.badInput(`Onbekend filter "${name}"`, `filters.facets.${name}`);
    if (!values || values.length === 0) continue;
    if (values.length > MAX_FILTER_VALUES) throw AppError.badInput(`Te veel waarden voor filter ${name}`, `filters.facets.${name}`);
    facetFilters.push([name as SearchFacetName, [...new Set(values.map(String))]]);
  }
  const uren = filters.uren;
  if (uren) {
    for (const key of ['min', 'max'] as const) {
      const value = uren[key];
      if (value != null && (!Number.isFinite(value) || value < 0 || value > 168)) {
        throw AppError.badInput('Uren per week liggen tussen 0 en 168', `filters.uren.${key}`);
      }
    }
    if (uren.min != null && uren.max != null && uren.min > uren.max) {
      throw AppError.badInput('Het minimum aantal uren is groter dan het maximum', 'filters.uren.min');
    }
  }
  if (filters.werkgeverId !== undefined && !isUuid(filters.werkgeverId)) throw AppError.badInput('Ongeldige werkgever', 'filters.werkgeverId');
  const facets = [...new Set(query.facets ?? [])];
  const unknownFacet = facets.find((name) => !SEARCH_FACET_NAMES.includes(name));
  if (unknownFacet) throw AppError.badInput(`Onbekend facet "${unknownFacet}"`, 'facets');
  return {
    type: query.type,
    tenantId: query.tenantId,
    text,
    facetFilters,
    ...(uren && (uren.min != null || uren.max != null) ? { uren: { min: uren.min ?? undefined, max: uren.max ?? undefined } } : {}),
    ...(filters.werkgeverId ? { werkgeverId: filters.werkgeverId } : {}),
    ...(filters.ids ? { ids: filters.ids.filter(isUuid) } : {}),
    ...(query.near ? { near: validateNear(query.near) } : {}),
    facets,
    first: query.first,
    offset: decodeCursor(query.after),
    ...(query.werkgeverScope ? { werkgeverScope: query.werkgeverScope } : {}),
  };
}

function validateNear(near: SearchNear): SearchNear {
  if (!Number.isFinite(near.km) || near.km <= 0 || near.km > MAX_NEAR_KM) {
    throw AppError.badInput(`De afstand moet tussen 0 en ${MAX_NEAR_KM} km liggen`, 'near.km');
  }
  if ('postcode' in near) {
    const pc4 = /^\s*([1-9][0-9]{3})\s*([a-z]{2})?\s*$/i.exec(near.postcode)?.[1];
    if (!pc4) throw AppError.badInput('Ongeldige postcode (verwacht: 1234 of 1234 AB)', 'near.postcode');
    return { km: near.km, postcode: pc4 };
  }
  if (!(Math.abs(near.lat) <= 90) || !(Math.abs(near.lon) <= 180)) throw AppError.badInput('Ongeldige coördinaten', 'near');
  return { km: near.km, lat: near.lat, lon: near.lon };
}
