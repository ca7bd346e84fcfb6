import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '@matchpunt/common';
import { GeoPoint } from '../port/search-document';
import { SearchNear } from '../port/search-query';

export interface ResolvedNear extends GeoPoint {
  km: number;
}

/** Turns `near` into coordinates: a PC4 postcode is looked up in the `postcode` table (GeoNames). */
@Injectable()
export class GeoResolver {
  constructor(private readonly dataSource: DataSource) {}

  async resolve(near: SearchNear | undefined): Promise<ResolvedNear | undefined> {
    if (!near) return undefined;
    if (!('postcode' in near)) return { lat: near.lat, lon: near.lon, km: near.km };
    const [row]: { lat: number | null; lon: number | null }[] = await this.dataSource.query(
      `SELECT avg(lat) AS lat, avg(lon) AS lon FROM postcode WHERE pc4 = $1`,
      [near.postcode],
    );
    if (row?.lat == null || row.lon == null) throw AppError.badInput(`Postcode ${near.postcode} is onbekend`, 'near.postcode');
    return { lat: Number(row.lat), lon: Number(row.lon), km: near.km };
  }
}
