/** Mean Earth radius (IUGG), km. */
export const AARDSTRAAL_KM = 6371.0088;

const RAD = Math.PI / 180;
const GRAAD = 180 / Math.PI;
/** Widening of a bounding box (radians, ~1 mm) so floating-point rounding never drops a point on the edge. */
const RAND = 1e-10;

/** Great-circle distance in km between two WGS84 points (haversine). */
export function afstandKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const sinDLat = Math.sin(((lat2 - lat1) * RAD) / 2);
  const sinDLon = Math.sin(((lon2 - lon1) * RAD) / 2);
  const a = sinDLat * sinDLat + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * sinDLon * sinDLon;
  return 2 * AARDSTRAAL_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A latitude/longitude rectangle in degrees. */
export interface BoundingBox {
  readonly minLat: number;
  readonly maxLat: number;
  readonly minLon: number;
  readonly maxLon: number;
}

/**
 * The smallest lat/lon rectangle that holds every point within `km` of (lat, lon), for an SQL or
 * in-memory prefilter before the exact `afstandKm` (J. Matuschek's method). Near a pole or across the
 * antimeridian the longitude range widens to the full −180..180 (still a superset, never a miss).
 */
export function boundingBox(lat: number, lon: number, km: number): BoundingBox {
  if (!(km >= 0) || !Number.isFinite(km))
    throw new RangeError(`boundingBox: km must be a finite number ≥ 0, got ${km}`);
  const r = km / AARDSTRAAL_KM + RAND;
  const latR = lat * RAD;
  const minLat = latR - r;
  const maxLat = latR + r;
  if (minLat <= -Math.PI / 2 || maxLat >= Math.PI / 2) {
    return { minLat: Math.max(minLat * GRAAD, -90), maxLat: Math.min(maxLat * GRAAD, 90), minLon: -180, maxLon: 180 };
  }
  const dLon = Math.asin(Math.min(1, Math.sin(r) / Math.cos(latR))) * GRAAD;
  if (lon - dLon < -180 || lon + dLon > 180) {
    return { minLat: minLat * GRAAD, maxLat: maxLat * GRAAD, minLon: -180, maxLon: 180 };
  }
  return { minLat: minLat * GRAAD, maxLat: maxLat * GRAAD, minLon: lon - dLon, maxLon: lon + dLon };
}

/** Whether a point lies inside (or on the edge of) a bounding box. */
export function binnenBoundingBox(box: BoundingBox, lat: number, lon: number): boolean {
  return lat >= box.minLat && lat <= box.maxLat && lon >= box.minLon && lon <= box.maxLon;
}
