import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@matchpunt/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Contactpersoon } from './contactpersoon.entity';
import { Medewerker } from './medewerker.type';
import { isUuid } from './uuid';
import { Vestiging } from './vestiging.entity';
import { Werkgever } from './werkgever.entity';
import { WerkgeverService } from './werkgever.service';

export interface WerkgeverLoaderSet {
  werkgever: DataLoader<string, Werkgever | null>;
  vestiging: DataLoader<string, Vestiging | null>;
  vestigingen: DataLoader<string, Vestiging[]>;
  contactpersonen: DataLoader<string, Contactpersoon[]>;
  medewerker: DataLoader<string, Medewerker | null>;
}

/**
 * DataLoaders per request: keyed by the request's Actor object (one per request, set by the guard), so
 * one page of werkgevers costs one query per kind of child instead of one per werkgever.
 */
@Injectable()
export class WerkgeverLoaders {
  private readonly perRequest = new WeakMap<Actor, WerkgeverLoaderSet>();

  constructor(
    private readonly werkgevers: WerkgeverService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  for(actor: Actor): WerkgeverLoaderSet {
    let set = this.perRequest.get(actor);
    if (!set) {
      set = this.create(actor);
      this.perRequest.set(actor, set);
    }
    return set;
  }

  private create(actor: Actor): WerkgeverLoaderSet {
    return {
      werkgever: new DataLoader(async (ids) => byId(ids, await this.werkgevers.byIds(actor, ids))),
      vestiging: new DataLoader(async (ids) => {
        const wanted = ids.filter(isUuid);
        const rows = wanted.length
          ? await this.dataSource.manager
              .createQueryBuilder(Vestiging, 'v')
              .where('v.tenant_id = :tenantId AND v.id = ANY(:ids)', { tenantId: actor.tenantId, ids: wanted })
              .getMany()
          : [];
        return byId(ids, rows);
      }),
      vestigingen: new DataLoader(async (ids) => groupBy(ids, await this.werkgevers.vestigingenVan(actor, ids))),
      contactpersonen: new DataLoader(async (ids) => groupBy(ids, await this.werkgevers.contactpersonenVan(actor, ids))),
      medewerker: new DataLoader(async (ids) => {
        const wanted = ids.filter(isUuid);
        // Names of staff (app_user is auth's table; werkgevers may not import auth, which depends on it).
        const rows: Medewerker[] = wanted.length
          ? await this.dataSource.query(`SELECT id, naam, email FROM app_user WHERE tenant_id = $1 AND id = ANY($2) AND rol <> 'WERKGEVER'`, [
              actor.tenantId,
              wanted,
            ])
          : [];
        return byId(ids, rows);
      }),
    };
  }
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T extends { werkgeverId: string }>(ids: readonly string[], rows: T[]): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.werkgeverId, [...(map.get(row.werkgeverId) ?? []), row]);
  return ids.map((id) => map.get(id) ?? []);
}
