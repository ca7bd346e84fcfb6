import { ValidSearchQuery } from '../query/validate-search-query';
import { ResolvedNear } from '../query/geo-resolver';
import { boundingBox } from '@matchpunt/domain';

/** Collects positional parameters while SQL text is built: `sql.p(value)` → "$n". Values never enter the text. */
export class SqlParams {
  readonly values: unknown[] = [];
  p(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Great-circle distance in km from the row `d` to a point (haversine, same radius as libs/domain geo). */
export function distanceSql(params: SqlParams, near: ResolvedNear): string {
  const lat = params.p(near.lat);
  const lon = params.p(near.lon);
  return `(2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(d.lat - ${lat}::float8) / 2), 2)
    + cos(radians(${lat}::float8)) * cos(radians(d.lat)) * power(sin(radians(d.lon - ${lon}::float8) / 2), 2)))))`;
}

/**
 * The WHERE conditions on `search_document d` for a query, without the free text: type, tenant, facet
 * values (OR within a facet, AND across), hours overlap, werkgever, ids, what an employer user may see,
 * and the distance (bounding box on the lat/lon index first, then the exact haversine).
 */
export function filterConditions(params: SqlParams, query: ValidSearchQuery, near: ResolvedNear | undefined, distance: string | null): string[] {
  const where = [`d.type = ${params.p(query.type)}`, `d.tenant_id = ${params.p(query.tenantId)}::uuid`];
  for (const [name, values] of query.facetFilters) {
    where.push(`d.facet_values && ${params.p(values.map((value) => `${name}=${value}`))}::text[]`);
  }
  if (query.uren?.min != null) where.push(`d.uren_max >= ${params.p(query.uren.min)}`);
  if (query.uren?.max != null) where.push(`d.uren_min <= ${params.p(query.uren.max)}`);
  if (query.werkgeverId) where.push(`d.werkgever_id = ${params.p(query.werkgeverId)}::uuid`);
  if (query.ids) where.push(`d.id = ANY(${params.p(query.ids)}::uuid[])`);
  if (query.werkgeverScope) {
    where.push(`(d.visible_to_werkgever OR d.werkgever_id = ${params.p(query.werkgeverScope.werkgeverId)}::uuid)`);
  }
  if (near && distance) {
    const box = boundingBox(near.lat, near.lon, near.km);
    where.push(`d.lat BETWEEN ${params.p(box.minLat)} AND ${params.p(box.maxLat)}`);
    where.push(`d.lon BETWEEN ${params.p(box.minLon)} AND ${params.p(box.maxLon)}`);
    where.push(`${distance} <= ${params.p(near.km)}`);
  }
  return where;
}
