import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Doelgroep, Instrument, NederlandsNiveau } from '@matchpunt/common';
import { Datum, Getal, Id, JaNee, Keuze, Keuzes, Leeg, Lijst, Tekst, Wijzigbaar } from '@matchpunt/werkgevers';
import { IsOptional } from 'class-validator';
import { Contractvorm } from '../vacature.enums';

@InputType()
export class PlaatsVacatureInput {
  @Field(() => ID, { nullable: true, description: 'Verplicht voor medewerkers; een werkgever plaatst altijd voor de eigen organisatie.' })
  @IsOptional()
  @Id()
  werkgeverId?: string;
  @Field() @Tekst(200, 1) titel: string;
  @Field({ defaultValue: '' }) @Tekst(10000) omschrijving: string;
  @Field({ defaultValue: '' }) @Tekst(5000) taken: string;
  @Field(() => [String], { defaultValue: [] }) @Lijst(30, 100) vereisteVaardigheden: string[];
  @Field(() => [String], { defaultValue: [] }) @Lijst(30, 100) gewensteVaardigheden: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @Tekst(200) beroep?: string | null;
  @Field(() => Int) @Getal(1, 40) urenMin: number;
  @Field(() => Int) @Getal(1, 40) urenMax: number;
  @Field(() => Contractvorm) @Keuze(Contractvorm) contractvorm: Contractvorm;
  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD' }) @IsOptional() @Datum() startdatum?: string | null;
  @Field(() => ID, { nullable: true, description: 'Een vestiging van dezelfde werkgever.' }) @IsOptional() @Id() vestigingId?: string | null;
  @Field({ defaultValue: false }) @JaNee() rijbewijsVereist: boolean;
  @Field({ defaultValue: false }) @JaNee() vervoerNodig: boolean;
  @Field(() => NederlandsNiveau, { nullable: true }) @IsOptional() @Keuze(NederlandsNiveau) nederlandsNiveau?: NederlandsNiveau | null;
  @Field(() => [Doelgroep], { defaultValue: [] }) @Keuzes(Doelgroep) doelgroepen: Doelgroep[];
  @Field(() => [Instrument], { defaultValue: [] }) @Keuzes(Instrument) instrumenten: Instrument[];
  @Field({ defaultValue: false }) @JaNee() functiecreatie: boolean;
  @Field({ defaultValue: false, description: 'Direct openzetten in plaats van als concept bewaren.' }) @JaNee() publiceer: boolean;
}

/** Every field optional: absent fields stay as they are; nullable ones are cleared with null. */
@InputType()
export class WijzigVacatureInput {
  @Field({ nullable: true }) @Wijzigbaar() @Tekst(200, 1) titel?: string;
  @Field({ nullable: true }) @Wijzigbaar() @Tekst(10000) omschrijving?: string;
  @Field({ nullable: true }) @Wijzigbaar() @Tekst(5000) taken?: string;
  @Field(() => [String], { nullable: true }) @Wijzigbaar() @Lijst(30, 100) vereisteVaardigheden?: string[];
  @Field(() => [String], { nullable: true }) @Wijzigbaar() @Lijst(30, 100) gewensteVaardigheden?: string[];
  @Field(() => String, { nullable: true }) @Leeg() @Tekst(200) beroep?: string | null;
  @Field(() => Int, { nullable: true }) @Wijzigbaar() @Getal(1, 40) urenMin?: number;
  @Field(() => Int, { nullable: true }) @Wijzigbaar() @Getal(1, 40) urenMax?: number;
  @Field(() => Contractvorm, { nullable: true }) @Wijzigbaar() @Keuze(Contractvorm) contractvorm?: Contractvorm;
  @Field(() => String, { nullable: true }) @Leeg() @Datum() startdatum?: string | null;
  @Field(() => ID, { nullable: true }) @Leeg() @Id() vestigingId?: string | null;
  @Field({ nullable: true }) @Wijzigbaar() @JaNee() rijbewijsVereist?: boolean;
  @Field({ nullable: true }) @Wijzigbaar() @JaNee() vervoerNodig?: boolean;
  @Field(() => NederlandsNiveau, { nullable: true }) @Leeg() @Keuze(NederlandsNiveau) nederlandsNiveau?: NederlandsNiveau | null;
  @Field(() => [Doelgroep], { nullable: true }) @Wijzigbaar() @Keuzes(Doelgroep) doelgroepen?: Doelgroep[];
  @Field(() => [Instrument], { nullable: true }) @Wijzigbaar() @Keuzes(Instrument) instrumenten?: Instrument[];
  @Field({ nullable: true }) @Wijzigbaar() @JaNee() functiecreatie?: boolean;
}
