import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KandidatenModule } from '@matchpunt/kandidaten';
import { VacaturesModule } from '@matchpunt/vacatures';
import { WerkgeversModule } from '@matchpunt/werkgevers';
import { DuurzaamheidResolver } from './duurzaamheid.resolver';
import { DuurzaamheidService } from './duurzaamheid.service';
import { Plaatsing } from './plaatsing.entity';
import { PlaatsingLoaders } from './plaatsing.loaders';
import { PlaatsingResolver } from './plaatsing.resolver';
import { PlaatsingService } from './plaatsing.service';

@Module({
  imports: [TypeOrmModule.forFeature([Plaatsing]), KandidatenModule, WerkgeversModule, VacaturesModule],
  providers: [PlaatsingService, DuurzaamheidService, PlaatsingLoaders, PlaatsingResolver, DuurzaamheidResolver],
  exports: [PlaatsingService, DuurzaamheidService],
})
export class PlaatsingenModule {}
