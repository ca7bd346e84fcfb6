import { Injectable } from '@nestjs/common';
import { Rol } from '@matchpunt/common';
import { SearchDocument, SearchSourceRegistry, TableSearchSource } from '@matchpunt/search';
import { WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource } from 'typeorm';
import { FunctiecreatieKans } from './functiecreatie-kans.entity';

/**
 * Kansen as search documents (type `functiecreatie`), for staff only (never visible to employer users):
 * title, the tasks and description as text, skills, beroep, the werkgever's name and the place as keywords;
 * facets sector (the werkgever's), gemeente (the vestiging's), hours and status; the vestiging as location.
 */
@Injectable()
export class KansSearchSource extends TableSearchSource {
  readonly type = 'functiecreatie' as const;
  protected readonly table = 'functiecreatie_kans';

  constructor(registry: SearchSourceRegistry, dataSource: DataSource, private readonly werkgevers: WerkgeverService) {
    super(registry, dataSource);
  }

  protected async documents(ids: string[]): Promise<SearchDocument[]> {
    const rows = await this.dataSource.manager.createQueryBuilder(FunctiecreatieKans, 'k').where('k.id = ANY(:ids)', { ids }).getMany();
    if (rows.length === 0) return [];
    const kenmerken = await this.werkgevers.indexKenmerken([...new Set(rows.map((r) => r.werkgeverId))], rows.map((r) => r.vestigingId));
    const namen = await this.werkgeverNamen(rows);
    return rows.map((row) => {
      const plek = kenmerken.vestiging.get(row.vestigingId);
      return {
        type: 'functiecreatie',
        id: row.id,
        tenantId: row.tenantId,
        werkgeverId: row.werkgeverId,
        title: row.titel,
        text: [row.omschrijving, row.afdeling && `Afdeling ${row.afdeling}`, ...row.taken.map((t) => t.taak)].filter(Boolean).join('\n'),
        keywords: [...row.vaardigheden, ...(row.beroep ? [row.beroep] : []), ...(namen.get(row.werkgeverId) ? [namen.get(row.werkgeverId)!] : []), ...(plek ? [plek.plaats] : [])],
        facets: {
          sector: kenmerken.sector.get(row.werkgeverId) ?? null,
          gemeente: plek?.gemeente ?? null,
          urenMin: row.urenMin,
          urenMax: row.urenMax,
          status: row.status,
        },
        geo: plek ? { lat: plek.lat, lon: plek.lon } : null,
        visibleToWerkgever: false,
        updatedAt: row.updatedAt,
      };
    });
  }

  /** Werkgever names per tenant, read as that tenant's staff would (the worker has no caller). */
  private async werkgeverNamen(rows: FunctiecreatieKans[]): Promise<Map<string, string>> {
    const perTenant = new Map<string, { gevondenDoor: string; ids: Set<string> }>();
    for (const row of rows) {
      const t = perTenant.get(row.tenantId) ?? { gevondenDoor: row.gevondenDoor, ids: new Set<string>() };
      t.ids.add(row.werkgeverId);
      perTenant.set(row.tenantId, t);
    }
    const namen = new Map<string, string>();
    for (const [tenantId, { gevondenDoor, ids }] of perTenant) {
      const werkgevers = await this.werkgevers.byIds({ userId: gevondenDoor, tenantId, rol: Rol.JOBHUNTER, werkgeverId: null }, [...ids]);
      for (const w of werkgevers) namen.set(w.id, w.naam);
    }
    return namen;
  }
}
