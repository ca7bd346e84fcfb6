import { Injectable } from '@nestjs/common';
import { SearchDocument, TableSearchSource } from '@matchpunt/search';
import { SBI_SECTIES, SbiSectie } from './sbi';

interface Row {
  id: string;
  tenant_id: string;
  naam: string;
  kvk_nummer: string;
  sbi_code: string | null;
  sector: SbiSectie;
  soort: string;
  open_doelgroepen: string[];
  geaccepteerde_instrumenten: string[];
  updated_at: Date;
  plaatsen: string[] | null;
  gemeente: string | null;
  lat: number | null;
  lon: number | null;
}

/**
 * Werkgevers as search documents (staff search them; employer users never: visibleToWerkgever false).
 * Location and gemeente are those of the first vestiging; notities and contacts stay out of the index.
 */
@Injectable()
export class WerkgeverSearchSource extends TableSearchSource {
  readonly type = 'werkgever' as const;
  protected readonly table = 'werkgever';

  protected async documents(ids: string[]): Promise<SearchDocument[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT w.id, w.tenant_id, w.naam, w.kvk_nummer, w.sbi_code, w.sector, w.soort, w.open_doelgroepen,
              w.geaccepteerde_instrumenten, w.updated_at, v.plaatsen, v.gemeente, v.lat, v.lon
       FROM werkgever w
       LEFT JOIN LATERAL (
         SELECT array_agg(DISTINCT x.plaats) AS plaatsen,
                (array_agg(g.naam ORDER BY x.created_at, x.id))[1] AS gemeente,
                (array_agg(x.lat ORDER BY x.created_at, x.id))[1] AS lat,
                (array_agg(x.lon ORDER BY x.created_at, x.id))[1] AS lon
         FROM vestiging x LEFT JOIN gemeente g ON g.id = x.gemeente_id
         WHERE x.werkgever_id = w.id) v ON true
       WHERE w.id = ANY($1)`,
      [ids],
    );
    return rows.map((row) => ({
      type: 'werkgever',
      id: row.id,
      tenantId: row.tenant_id,
      werkgeverId: row.id,
      title: row.naam,
      text: [SBI_SECTIES[row.sector].omschrijving, ...(row.plaatsen ?? [])].join('\n'),
      keywords: [row.kvk_nummer, ...(row.sbi_code ? [row.sbi_code] : []), row.soort === 'UITZENDBUREAU' ? 'uitzendbureau' : 'werkgever'],
      facets: {
        sector: row.sector,
        gemeente: row.gemeente,
        doelgroepen: row.open_doelgroepen,
        instrumenten: row.geaccepteerde_instrumenten,
      },
      geo: row.lat == null || row.lon == null ? null : { lat: row.lat, lon: row.lon },
      visibleToWerkgever: false,
      updatedAt: row.updated_at,
    }));
  }
}
