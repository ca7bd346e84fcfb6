import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ParametersModule } from '@matchpunt/parameters';
import { PlaatsingenModule } from '@matchpunt/plaatsingen';
import { WerkgeversModule } from '@matchpunt/werkgevers';
import { PsoPositieService } from './pso-positie.service';
import { PsoBestandRij, PsoInkoop, PsoMedewerker, PsoPositieRij } from './pso.entities';
import { PsoResolver } from './pso.resolver';
import { PsoService } from './pso.service';

@Module({
  imports: [TypeOrmModule.forFeature([PsoBestandRij, PsoMedewerker, PsoInkoop, PsoPositieRij]), ParametersModule, WerkgeversModule, PlaatsingenModule],
  providers: [PsoService, PsoPositieService, PsoResolver],
  exports: [PsoService, PsoPositieService],
})
export class PsoModule {}
