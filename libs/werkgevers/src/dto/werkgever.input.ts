import { Field, ID, InputType } from '@nestjs/graphql';
import { Doelgroep, Instrument } from '@matchpunt/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { Grootteklasse, PsoTrede, WerkgeverSoort } from '../werkgever.enums';
import { ContactpersoonInput } from './contactpersoon.input';
import { VestigingInput } from './vestiging.input';
import { Datum, Id, Keuze, Keuzes, KvkNummer, Leeg, Tekst, Wijzigbaar } from './validatie';

@InputType()
export class MaakWerkgeverInput {
  @Field() @Tekst(200, 1) naam: string;
  @Field({ description: 'KvK-nummer: 8 cijfers, uniek binnen uw organisatie.' }) @KvkNummer() kvkNummer: string;
  @Field({ description: 'SBI-code (2–5 cijfers); de sector volgt eruit.' }) @Tekst(5, 2) sbiCode: string;
  @Field(() => Grootteklasse) @Keuze(Grootteklasse) grootteklasse: Grootteklasse;
  @Field(() => WerkgeverSoort, { defaultValue: WerkgeverSoort.WERKGEVER }) @Keuze(WerkgeverSoort) soort: WerkgeverSoort;
  @Field(() => ID, { nullable: true, description: 'Standaard: de accountmanager die de werkgever aanmaakt.' })
  @IsOptional()
  @Id()
  accountmanagerId?: string | null;
  @Field(() => [Doelgroep], { defaultValue: [] }) @Keuzes(Doelgroep) openDoelgroepen: Doelgroep[];
  @Field(() => [Instrument], { defaultValue: [] }) @Keuzes(Instrument) geaccepteerdeInstrumenten: Instrument[];
  @Field(() => PsoTrede, { nullable: true }) @IsOptional() @Keuze(PsoTrede) psoTrede?: PsoTrede | null;
  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD' }) @IsOptional() @Datum() psoGeldigTot?: string | null;
  @Field(() => String, { nullable: true, description: 'Interne notities (platte tekst).' }) @IsOptional() @Tekst(10000) notities?: string | null;
  @Field(() => [VestigingInput], { defaultValue: [] })
  @ArrayMaxSize(50, { message: 'vestigingen mag hoogstens 50 items hebben.' })
  @ValidateNested({ each: true })
  @Type(() => VestigingInput)
  vestigingen: VestigingInput[];
  @Field(() => [ContactpersoonInput], { defaultValue: [] })
  @ArrayMaxSize(50, { message: 'contactpersonen mag hoogstens 50 items hebben.' })
  @ValidateNested({ each: true })
  @Type(() => ContactpersoonInput)
  contactpersonen: ContactpersoonInput[];
}

/** Every field optional: absent fields stay as they are; nullable ones are cleared with null. */
@InputType()
export class WijzigWerkgeverInput {
  @Field({ nullable: true }) @Wijzigbaar() @Tekst(200, 1) naam?: string;
  @Field({ nullable: true }) @Wijzigbaar() @KvkNummer() kvkNummer?: string;
  @Field({ nullable: true }) @Wijzigbaar() @Tekst(5, 2) sbiCode?: string;
  @Field(() => Grootteklasse, { nullable: true }) @Wijzigbaar() @Keuze(Grootteklasse) grootteklasse?: Grootteklasse;
  @Field(() => WerkgeverSoort, { nullable: true }) @Wijzigbaar() @Keuze(WerkgeverSoort) soort?: WerkgeverSoort;
  @Field(() => ID, { nullable: true, description: 'Alleen medewerkers.' }) @Leeg() @Id() accountmanagerId?: string | null;
  @Field(() => [Doelgroep], { nullable: true }) @Wijzigbaar() @Keuzes(Doelgroep) openDoelgroepen?: Doelgroep[];
  @Field(() => [Instrument], { nullable: true }) @Wijzigbaar() @Keuzes(Instrument) geaccepteerdeInstrumenten?: Instrument[];
  @Field(() => PsoTrede, { nullable: true }) @Leeg() @Keuze(PsoTrede) psoTrede?: PsoTrede | null;
  @Field(() => String, { nullable: true }) @Leeg() @Datum() psoGeldigTot?: string | null;
  @Field(() => String, { nullable: true, description: 'Alleen medewerkers.' }) @Leeg() @Tekst(10000) notities?: string | null;
}
