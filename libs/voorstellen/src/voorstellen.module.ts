import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KandidatenModule } from '@matchpunt/kandidaten';
import { PlaatsingenModule } from '@matchpunt/plaatsingen';
import { VacaturesModule } from '@matchpunt/vacatures';
import { WerkgeversModule } from '@matchpunt/werkgevers';
import { VoorstelOvergangen } from './voorstel-overgangen';
import { VoorstelPipelineService } from './voorstel-pipeline.service';
import { VoorstelQueryService } from './voorstel-query.service';
import { VoorstelReactieService } from './voorstel-reactie.service';
import { VoorstelVeldenResolver } from './voorstel-velden.resolver';
import { VOORSTEL_ENTITIES } from './voorstel.entity';
import { VoorstelLoaders } from './voorstel.loaders';
import { VoorstelResolver } from './voorstel.resolver';
import { VoorstelService } from './voorstel.service';

@Module({
  imports: [
    TypeOrmModule.forFeature(VOORSTEL_ENTITIES),
    KandidatenModule,
    WerkgeversModule,
    VacaturesModule,
    PlaatsingenModule,
  ],
  providers: [
    VoorstelService,
    VoorstelOvergangen,
    VoorstelReactieService,
    VoorstelPipelineService,
    VoorstelQueryService,
    VoorstelLoaders,
    VoorstelResolver,
    VoorstelVeldenResolver,
  ],
  exports: [VoorstelService, VoorstelQueryService, VoorstelPipelineService],
})
export class VoorstellenModule {}
