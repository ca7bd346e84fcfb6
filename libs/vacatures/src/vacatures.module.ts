import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SearchIndexer } from '@matchpunt/search';
import { WerkgeversModule, WerkgeverWijzigingen } from '@matchpunt/werkgevers';
import { Vacature } from './vacature.entity';
import { VacatureBeheerService } from './vacature-beheer.service';
import { VacatureVeldenResolver } from './vacature-velden.resolver';
import { VacatureZoekResolver } from './vacature-zoek.resolver';
import { VacatureResolver } from './vacature.resolver';
import { VacatureSearchSource } from './vacature.search-source';
import { VacatureService } from './vacature.service';

@Module({
  imports: [TypeOrmModule.forFeature([Vacature]), WerkgeversModule],
  providers: [VacatureService, VacatureBeheerService, VacatureSearchSource, VacatureResolver, VacatureVeldenResolver, VacatureZoekResolver],
  exports: [VacatureService, VacatureBeheerService],
})
export class VacaturesModule implements OnModuleInit {
  constructor(
    private readonly werkgeverWijzigingen: WerkgeverWijzigingen,
    private readonly indexer: SearchIndexer,
  ) {}

  /** A vacature's search document carries its werkgever's sector and location: reindex them when the werkgever changes. */
  onModuleInit(): void {
    this.werkgeverWijzigingen.onGewijzigd(async (manager, werkgeverId) => {
      const rows: { id: string }[] = await manager.query(`SELECT id FROM vacature WHERE werkgever_id = $1`, [werkgeverId]);
      if (rows.length) await this.indexer.enqueue(manager, 'vacature', rows.map((row) => row.id));
    });
  }
}
