import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@matchpunt/common';
import { DataSource, EntityManager } from 'typeorm';

export interface Locatie {
  postcode: string;
  plaats: string;
  lat: number;
  lon: number;
}

const POSTCODE = /^([1-9][0-9]{3})\s?([A-Za-z]{2})?$/;

/** Turns a Dutch postcode (1234 or 1234 AB) into the centre of its PC4 area (GeoNames data). */
@Injectable()
export class PostcodeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async locatie(postcode: string, field = 'postcode', manager: EntityManager = this.dataSource.manager): Promise<Locatie> {
    const match = POSTCODE.exec(postcode.trim());
    if (!match) throw AppError.badInput(`"${postcode}" is geen geldige postcode (bijv. 4001 AB).`, field);
    const [row] = await manager.query(`SELECT plaats, lat, lon FROM postcode WHERE pc4 = $1 ORDER BY plaats LIMIT 1`, [match[1]]);
    if (!row) throw AppError.badInput(`Postcode ${match[1]} bestaat niet.`, field);
    const normalised = match[2] ? `${match[1]} ${match[2].toUpperCase()}` : match[1];
    return { postcode: normalised, plaats: row.plaats, lat: row.lat, lon: row.lon };
  }
}
