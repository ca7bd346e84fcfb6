import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KandidatenModule } from '@matchpunt/kandidaten';
import { PlaatsingenModule } from '@matchpunt/plaatsingen';
import { VacaturesModule } from '@matchpunt/vacatures';
import { WerkgeversModule } from '@matchpunt/werkgevers';
import { VOORSTEL_ENTITIES } from './voorstel.entity';
import { VoorstelService } from './voorstel.service';

@Module({
  imports: [TypeOrmModule.forFeature(VOORSTEL_ENTITIES), KandidatenModule, WerkgeversModule, VacaturesModule, PlaatsingenModule],
  providers: [VoorstelService],
  exports: [VoorstelService],
})
export class VoorstellenModule {}
