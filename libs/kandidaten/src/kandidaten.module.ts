import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenancyModule } from '@matchpunt/tenancy';
import { WerkgeversModule } from '@matchpunt/werkgevers';
import { KandidaatAccess } from './access/kandidaat-access';
import { KandidaatZichtbaarheid } from './access/kandidaat-zichtbaarheid';
import { KandidaatIdentiteit } from './kandidaat-identiteit.entity';
import { KandidaatIdentiteitService } from './kandidaat-identiteit.service';
import { KandidaatIndicatie } from './kandidaat-indicatie.entity';
import { KandidaatKaartResolver } from './kandidaat-kaart.resolver';
import { KandidaatKaartService } from './kandidaat-kaart.service';
import { KandidaatRegistratieService } from './kandidaat-registratie.service';
import { Kandidaat } from './kandidaat.entity';
import { KandidaatLoaders } from './kandidaat.loaders';
import { KandidaatResolver } from './kandidaat.resolver';
import { KandidaatSearchSource } from './kandidaat.search-source';
import { KandidaatService } from './kandidaat.service';
import { KandidaatZoekResolver } from './kandidaat-zoek.resolver';
import { Toestemming } from './toestemming.entity';
import { ToestemmingResolver } from './toestemming.resolver';
import { ToestemmingService } from './toestemming.service';

@Module({
  imports: [TypeOrmModule.forFeature([Kandidaat, KandidaatIdentiteit, KandidaatIndicatie, Toestemming]), TenancyModule, WerkgeversModule],
  providers: [
    KandidaatAccess,
    KandidaatZichtbaarheid,
    KandidaatService,
    KandidaatRegistratieService,
    KandidaatIdentiteitService,
    KandidaatKaartService,
    ToestemmingService,
    KandidaatLoaders,
    KandidaatSearchSource,
    KandidaatResolver,
    KandidaatKaartResolver,
    KandidaatZoekResolver,
    ToestemmingResolver,
  ],
  exports: [KandidaatService, KandidaatZichtbaarheid, KandidaatLoaders],
})
export class KandidatenModule {}
