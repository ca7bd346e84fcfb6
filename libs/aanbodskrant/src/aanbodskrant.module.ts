import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KandidatenModule } from '@matchpunt/kandidaten';
import { TenancyModule } from '@matchpunt/tenancy';
import { VoorstellenModule } from '@matchpunt/voorstellen';
import { WerkgeversModule } from '@matchpunt/werkgevers';
import { AANBODSKRANT_ENTITIES } from './aanbodskrant-editie.entity';
import { AanbodskrantLinkResolver } from './aanbodskrant-link.resolver';
import { AanbodskrantLinks } from './aanbodskrant-links.service';
import { AanbodskrantReacties } from './aanbodskrant-reacties.service';
import { AanbodskrantSuggesties } from './aanbodskrant-suggesties.service';
import { AanbodskrantVerzending } from './aanbodskrant-verzending.service';
import { AanbodskrantResolver } from './aanbodskrant.resolver';
import { AanbodskrantService } from './aanbodskrant.service';

@Module({
  imports: [TypeOrmModule.forFeature(AANBODSKRANT_ENTITIES), KandidatenModule, WerkgeversModule, VoorstellenModule, TenancyModule],
  providers: [
    AanbodskrantService,
    AanbodskrantVerzending,
    AanbodskrantSuggesties,
    AanbodskrantLinks,
    AanbodskrantReacties,
    AanbodskrantResolver,
    AanbodskrantLinkResolver,
  ],
  exports: [AanbodskrantVerzending],
})
export class AanbodskrantModule {}
