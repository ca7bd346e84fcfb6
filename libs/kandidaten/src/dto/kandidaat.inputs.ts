import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Doelgroep } from '@matchpunt/common';
import { Allow } from 'class-validator';
import { Klantprofiel, KandidaatTaalniveau, Vervoer, WerkfitStatus } from '../kandidaat.enums';

// Inputs carry only @Allow(): the services validate them (validate-kandidaat.ts) and name the field that is wrong.

@InputType()
export class IdentiteitInput {
  @Field() @Allow() voornaam: string;
  @Field() @Allow() achternaam: string;
  @Field({ description: 'Burgerservicenummer (9 cijfers, elfproef).' }) @Allow() bsn: string;
  @Field({ description: 'JJJJ-MM-DD' }) @Allow() geboortedatum: string;
  @Field({ description: 'Straat en huisnummer.' }) @Allow() adres: string;
  @Field({ description: 'Postcode, bijv. 4001 AB.' }) @Allow() postcode: string;
  @Field({ nullable: true, description: 'Standaard de plaats van de postcode.' }) @Allow() woonplaats?: string;
  @Field({ nullable: true }) @Allow() telefoon?: string;
  @Field({ nullable: true }) @Allow() email?: string;
}

@InputType()
export class ProfielInput {
  @Field(() => [String]) @Allow() beroepswensen: string[];
  @Field(() => [String]) @Allow() vaardigheden: string[];
  @Field({ nullable: true }) @Allow() werkervaring?: string;
  @Field({ nullable: true }) @Allow() opleiding?: string;
  @Field() @Allow() rijbewijs: boolean;
  @Field(() => [Vervoer]) @Allow() vervoer: Vervoer[];
  @Field(() => Int, { description: 'Reisafstand in km (0–200).' }) @Allow() reisbereidheidKm: number;
  @Field(() => Int) @Allow() urenMin: number;
  @Field(() => Int) @Allow() urenMax: number;
  @Field({ nullable: true, description: 'JJJJ-MM-DD' }) @Allow() beschikbaarVanaf?: string;
  @Field(() => KandidaatTaalniveau, { nullable: true }) @Allow() nederlandsNiveau?: KandidaatTaalniveau;
  @Field(() => WerkfitStatus, { nullable: true }) @Allow() werkfitStatus?: WerkfitStatus;
  @Field(() => [String], { nullable: true, description: 'SBI-sectieletters (A–U).' }) @Allow() sectorWensen?: string[];
  @Field({ nullable: true, description: 'Hoogstens 600 tekens.' }) @Allow() pitch?: string;
}

@InputType()
export class IndicatiesInput {
  @Field({ nullable: true }) @Allow() doelgroepregister?: boolean;
  @Field({ nullable: true }) @Allow() beschut?: boolean;
  @Field(() => Int, { nullable: true, description: 'Loonwaarde in procenten (0–100).' }) @Allow() loonwaarde?: number;
  @Field(() => Klantprofiel, { nullable: true }) @Allow() klantprofiel?: Klantprofiel;
  @Field(() => [Doelgroep], { nullable: true }) @Allow() doelgroepen?: Doelgroep[];
}

@InputType()
export class InstrumentenInput {
  @Field({ nullable: true }) @Allow() lksMogelijk?: boolean;
  @Field({ nullable: true }) @Allow() noRiskpolis?: boolean;
  @Field({ nullable: true }) @Allow() proefplaatsing?: boolean;
  @Field({ nullable: true }) @Allow() jobcoach?: boolean;
}

@InputType()
export class NieuweKandidaatInput {
  @Field(() => ID, { description: 'De gemeente (van uw organisatie) waar de kandidaat bij hoort.' }) @Allow() gemeenteId: string;
  @Field(() => ID, { nullable: true, description: 'Standaard de ingelogde werkcoach.' }) @Allow() werkcoachId?: string;
  @Field(() => IdentiteitInput) @Allow() identiteit: IdentiteitInput;
  @Field(() => ProfielInput) @Allow() profiel: ProfielInput;
  @Field(() => IndicatiesInput, { nullable: true }) @Allow() indicaties?: IndicatiesInput;
  @Field(() => InstrumentenInput, { nullable: true }) @Allow() instrumenten?: InstrumentenInput;
}

@InputType()
export class WijzigIdentiteitInput extends PartialType(IdentiteitInput, InputType) {}

@InputType()
export class WijzigProfielInput extends PartialType(ProfielInput, InputType) {}

@InputType({ description: 'Alleen de meegegeven onderdelen en velden veranderen.' })
export class WijzigKandidaatInput {
  @Field(() => ID, { nullable: true }) @Allow() gemeenteId?: string;
  @Field(() => ID, { nullable: true }) @Allow() werkcoachId?: string;
  @Field(() => WijzigIdentiteitInput, { nullable: true }) @Allow() identiteit?: WijzigIdentiteitInput;
  @Field(() => WijzigProfielInput, { nullable: true }) @Allow() profiel?: WijzigProfielInput;
  @Field(() => IndicatiesInput, { nullable: true }) @Allow() indicaties?: IndicatiesInput;
  @Field(() => InstrumentenInput, { nullable: true }) @Allow() instrumenten?: InstrumentenInput;
}
