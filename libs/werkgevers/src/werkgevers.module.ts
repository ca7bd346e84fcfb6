import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenancyModule } from '@matchpunt/tenancy';
import { Contactmoment } from './contactmoment.entity';
import { ContactmomentService } from './contactmoment.service';
import { Contactpersoon } from './contactpersoon.entity';
import { ContactpersoonService } from './contactpersoon.service';
import { Vestiging } from './vestiging.entity';
import { VestigingService } from './vestiging.service';
import { Werkgever } from './werkgever.entity';
import { WerkgeverBeheerService } from './werkgever-beheer.service';
import { WerkgeverOnderdelenResolver } from './werkgever-onderdelen.resolver';
import { WerkgeverVeldenResolver } from './werkgever-velden.resolver';
import { WerkgeverWijzigingen } from './werkgever-wijzigingen';
import { WerkgeverZoekResolver } from './werkgever-zoek.resolver';
import { WerkgeverLoaders } from './werkgever.loaders';
import { WerkgeverResolver } from './werkgever.resolver';
import { WerkgeverSearchSource } from './werkgever.search-source';
import { WerkgeverService } from './werkgever.service';

@Module({
  imports: [TypeOrmModule.forFeature([Werkgever, Vestiging, Contactpersoon, Contactmoment]), TenancyModule],
  providers: [
    WerkgeverService,
    WerkgeverBeheerService,
    VestigingService,
    ContactpersoonService,
    ContactmomentService,
    WerkgeverWijzigingen,
    WerkgeverLoaders,
    WerkgeverSearchSource,
    WerkgeverResolver,
    WerkgeverVeldenResolver,
    WerkgeverOnderdelenResolver,
    WerkgeverZoekResolver,
  ],
  exports: [WerkgeverService, ContactpersoonService, ContactmomentService, WerkgeverWijzigingen, WerkgeverLoaders],
})
export class WerkgeversModule {}
