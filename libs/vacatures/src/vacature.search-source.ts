import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INDEX_BATCH_SIZE, SearchDocument, SearchDocumentSource, SearchSourceRegistry } from '@matchpunt/search';
import { isUuid, WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource } from 'typeorm';
import { Vacature } from './vacature.entity';
import { VacatureStatus } from './vacature.enums';

/**
 * Vacatures as search documents: every status is indexed (staff filter on the status facet); employer users
 * of other werkgevers may find only OPEN ones. Sector and location come from the werkgever and vestiging.
 */
@Injectable()
export class VacatureSearchSource implements SearchDocumentSource, OnModuleInit {
  readonly type = 'vacature' as const;

  constructor(
    private readonly registry: SearchSourceRegistry,
    private readonly werkgevers: WerkgeverService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async load(ids: readonly string[]): Promise<SearchDocument[]> {
    const wanted = ids.filter(isUuid);
    if (wanted.length === 0) return [];
    const rows = await this.dataSource.manager.createQueryBuilder(Vacature, 'v').where('v.id = ANY(:ids)', { ids: wanted }).getMany();
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

  async *allIds(tenantId?: string): AsyncIterable<string[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM vacature WHERE id > $1 AND ($2::uuid IS NULL OR tenant_id = $2) ORDER BY id LIMIT $3`,
        [after, tenantId ?? null, INDEX_BATCH_SIZE],
      );
      if (rows.length === 0) return;
      yield rows.map((row) => row.id);
      after = rows[rows.length - 1].id;
    }
  }
}
