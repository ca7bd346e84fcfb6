import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KandidatenModule } from '@matchpunt/kandidaten';
import { ParametersModule } from '@matchpunt/parameters';
import { PlaatsingenModule } from '@matchpunt/plaatsingen';
import { WerkgeversModule } from '@matchpunt/werkgevers';
import { SroiHerberekening } from './sroi-herberekening.service';
import { SroiInzet } from './sroi-inzet.entity';
import { SroiOverzichtService } from './sroi-overzicht.service';
import { SroiRapportageResolver } from './sroi-rapportage.resolver';
import { SroiRapportageService } from './sroi-rapportage.service';
import { SroiVerplichting } from './sroi-verplichting.entity';
import { SroiResolver } from './sroi.resolver';
import { SroiService } from './sroi.service';

@Module({
  imports: [TypeOrmModule.forFeature([SroiVerplichting, SroiInzet]), ParametersModule, WerkgeversModule, KandidatenModule, PlaatsingenModule],
  providers: [SroiService, SroiHerberekening, SroiOverzichtService, SroiRapportageService, SroiResolver, SroiRapportageResolver],
  exports: [SroiService, SroiHerberekening],
})
export class SroiModule {}
