import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ParametersModule } from '@matchpunt/parameters';
import { WerkgeversModule } from '@matchpunt/werkgevers';
import { CalculatieAanvraag } from './calculatie-aanvraag.entity';
import { CalculatieAanvraagResolver } from './calculatie-aanvraag.resolver';
import { CalculatieAanvraagService } from './calculatie-aanvraag.service';
import { CalculatieResolver } from './calculatie.resolver';
import { CalculatieService } from './calculatie.service';
import { DocumentRij } from './document.entity';
import { DocumentService } from './document.service';
import { KandidaatKaartLksResolver, LksResolver } from './lks/lks.resolver';
import { LksKaartService } from './lks/lks-kaart.service';
import { Offerte, OfferteVersie } from './offerte.entity';
import { OfferteResolver } from './offerte.resolver';
import { OfferteService } from './offerte.service';
import { OfferteVersieResolver } from './offerte-versie.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([Offerte, OfferteVersie, CalculatieAanvraag, DocumentRij]), ParametersModule, WerkgeversModule],
  providers: [
    CalculatieService,
    OfferteService,
    CalculatieAanvraagService,
    DocumentService,
    LksKaartService,
    CalculatieResolver,
    OfferteResolver,
    OfferteVersieResolver,
    CalculatieAanvraagResolver,
    LksResolver,
    KandidaatKaartLksResolver,
  ],
  exports: [CalculatieService, OfferteService, DocumentService],
})
export class CalculatieModule {}
