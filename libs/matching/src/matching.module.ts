import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KandidatenModule } from '@matchpunt/kandidaten';
import { VacaturesModule } from '@matchpunt/vacatures';
import { VoorstellenModule } from '@matchpunt/voorstellen';
import { WerkgeversModule } from '@matchpunt/werkgevers';
import { MatchConfig } from './match-config.entity';
import { MatchConfigResolver } from './match-config.resolver';
import { MatchConfigService } from './match-config.service';
import { MatchingResolver } from './matching.resolver';
import { MatchingService } from './matching.service';
import { MatchBronnen } from './retrieval/match-bronnen';

@Module({
  imports: [
    TypeOrmModule.forFeature([MatchConfig]),
    KandidatenModule,
    WerkgeversModule,
    VacaturesModule,
    VoorstellenModule,
  ],
  providers: [MatchBronnen, MatchConfigService, MatchingService, MatchingResolver, MatchConfigResolver],
  exports: [MatchingService, MatchConfigService, MatchBronnen],
})
export class MatchingModule {}
