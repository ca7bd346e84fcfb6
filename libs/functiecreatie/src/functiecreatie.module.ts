import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KandidatenModule } from '@matchpunt/kandidaten';
import { MatchingModule } from '@matchpunt/matching';
import { SearchIndexer } from '@matchpunt/search';
import { VacaturesModule } from '@matchpunt/vacatures';
import { VoorstellenModule } from '@matchpunt/voorstellen';
import { WerkgeversModule, WerkgeverWijzigingen } from '@matchpunt/werkgevers';
import { FUNCTIECREATIE_ENTITIES } from './functiecreatie-kans.entity';
import { KansBeheerService } from './kans-beheer.service';
import { KansMatchingService } from './kans-matching.service';
import { KansZoekResolver } from './kans-zoek.resolver';
import { KansResolver } from './kans.resolver';
import { KansSearchSource } from './kans.search-source';
import { KansService } from './kans.service';

@Module({
  imports: [TypeOrmModule.forFeature(FUNCTIECREATIE_ENTITIES), WerkgeversModule, VacaturesModule, KandidatenModule, VoorstellenModule, MatchingModule],
  providers: [KansService, KansBeheerService, KansMatchingService, KansSearchSource, KansResolver, KansZoekResolver],
  exports: [KansService],
})
export class FunctiecreatieModule implements OnModuleInit {
  constructor(
    private readonly werkgeverWijzigingen: WerkgeverWijzigingen,
    private readonly indexer: SearchIndexer,
  ) {}

  /** A kans's search document carries its werkgever's name, sector and the vestiging's place: reindex on change. */
  onModuleInit(): void {
    this.werkgeverWijzigingen.onGewijzigd(async (manager, werkgeverId) => {
      const rows: { id: string }[] = await manager.query(`SELECT id FROM functiecreatie_kans WHERE werkgever_id = $1`, [werkgeverId]);
      if (rows.length) await this.indexer.enqueue(manager, 'functiecreatie', rows.map((row) => row.id));
    });
  }
}
