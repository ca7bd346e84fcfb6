import { Injectable } from '@nestjs/common';
import { SearchDocument, SearchSourceRegistry, TableSearchSource } from '@matchpunt/search';
import { WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource } from 'typeorm';
import { Vacature } from './vacature.entity';
import { VacatureStatus } from './vacature.enums';

/**
 * Vacatures as search documents: every status is indexed (staff filter on the status facet); employer users
 * of other werkgevers may find only OPEN ones. Sector and location come from the werkgever and vestiging.
 */
@Injectable()
export class VacatureSearchSource extends TableSearchSource {
  readonly type = 'vacature' as const;
  protected readonly table = 'vacature';

  constructor(registry: SearchSourceRegistry, dataSource: DataSource, private readonly werkgevers: WerkgeverService) {
    super(registry, dataSource);
  }

  protected async documents(ids: string[]): Promise<SearchDocument[]> {
    const rows = await this.dataSource.manager.createQueryBuilder(Vacature, 'v').where('v.id = ANY(:ids)', { ids }).getMany();
    const kenmerken = await this.werkgevers.indexKenmerken(
      [...new Set(rows.map((row) => row.werkgeverId))],
      rows.flatMap((row) => (row.vestigingId ? [row.vestigingId] : [])),
    );
    return rows.map((row) => {
      const plek = row.vestigingId ? kenmerken.vestiging.get(row.vestigingId) : undefined;
      return {
        type: 'vacature',
        id: row.id,
        tenantId: row.tenantId,
        werkgeverId: row.werkgeverId,
        title: row.titel,
        text: [row.omschrijving, row.taken].filter(Boolean).join('\n'),
        keywords: [...row.vereisteVaardigheden, ...row.gewensteVaardigheden, ...(row.beroep ? [row.beroep] : []), ...(plek ? [plek.plaats] : [])],
        facets: {
          sector: kenmerken.sector.get(row.werkgeverId) ?? null,
          gemeente: plek?.gemeente ?? null,
          urenMin: row.urenMin,
          urenMax: row.urenMax,
          doelgroepen: row.doelgroepen,
          instrumenten: row.instrumenten,
          rijbewijs: row.rijbewijsVereist ? 'B' : null,
          status: row.status,
        },
        geo: plek ? { lat: plek.lat, lon: plek.lon } : null,
        visibleToWerkgever: row.status === VacatureStatus.OPEN,
        updatedAt: row.updatedAt,
      };
    });
  }
}
