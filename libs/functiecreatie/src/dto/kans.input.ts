import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@matchpunt/common';
import { Contractvorm } from '@matchpunt/vacatures';
import { Datum, Getal, Id, JaNee, Keuze, Keuzes, Leeg, Lijst, SbiSectie, Tekst, Wijzigbaar } from '@matchpunt/werkgevers';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { FunctiecreatieStatus, Vaardigheidsniveau } from '../functiecreatie.enums';

@InputType()
export class FunctiecreatieTaakInput {
  @Field({ description: 'Wat er gedaan wordt, bijv. "post sorteren".' }) @Tekst(200, 1) taak: string;
  @Field(() => Int) @Getal(1, 40) urenPerWeek: number;
  @Field(() => Vaardigheidsniveau) @Keuze(Vaardigheidsniveau) vaardigheidsniveau: Vaardigheidsniveau;
}

@InputType()
export class FunctiecreatieKansInput {
  @Field(() => ID) @Id() werkgeverId: string;
  @Field(() => ID, { description: 'Een vestiging van deze werkgever: waar het werk is.' }) @Id() vestigingId: string;
  @Field() @Tekst(200, 1) titel: string;
  @Field({ defaultValue: '' }) @Tekst(5000) omschrijving: string;
  @Field({ defaultValue: '' }) @Tekst(200) afdeling: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Tekst(200) beroep?: string | null;
  @Field(() => [String], { defaultValue: [] }) @Lijst(30, 100) vaardigheden: string[];
  @Field(() => [FunctiecreatieTaakInput])
  @ArrayMinSize(1, { message: 'taken: noem ten minste één taak.' })
  @ArrayMaxSize(20, { message: 'taken mag hoogstens 20 taken bevatten.' })
  @ValidateNested({ each: true })
  @Type(() => FunctiecreatieTaakInput)
  taken: FunctiecreatieTaakInput[];
}

/** Absent fields stay as they are; `taken` replaces the whole list. */
@InputType()
export class WijzigFunctiecreatieKansInput {
  @Field(() => ID, { nullable: true }) @Wijzigbaar() @Id() vestigingId?: string;
  @Field({ nullable: true }) @Wijzigbaar() @Tekst(200, 1) titel?: string;
  @Field({ nullable: true }) @Wijzigbaar() @Tekst(5000) omschrijving?: string;
  @Field({ nullable: true }) @Wijzigbaar() @Tekst(200) afdeling?: string;
  @Field(() => String, { nullable: true }) @Leeg() @Tekst(200) beroep?: string | null;
  @Field(() => [String], { nullable: true }) @Wijzigbaar() @Lijst(30, 100) vaardigheden?: string[];
  @Field(() => [FunctiecreatieTaakInput], { nullable: true })
  @Wijzigbaar()
  @ArrayMinSize(1, { message: 'taken: noem ten minste één taak.' })
  @ArrayMaxSize(20, { message: 'taken mag hoogstens 20 taken bevatten.' })
  @ValidateNested({ each: true })
  @Type(() => FunctiecreatieTaakInput)
  taken?: FunctiecreatieTaakInput[];
}

@InputType()
export class FunctiecreatieKansFilter {
  @Field(() => [FunctiecreatieStatus], { nullable: true }) @IsOptional() @Keuzes(FunctiecreatieStatus) status?: FunctiecreatieStatus[];
  @Field(() => ID, { nullable: true }) @IsOptional() @Id() werkgeverId?: string;
  @Field({ nullable: true, description: 'Alleen kansen die ik vond.' }) @IsOptional() @JaNee() mijn?: boolean;
}

@ArgsType()
export class FunctiecreatieKansenArgs extends PageArgs {
  @Field(() => FunctiecreatieKansFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => FunctiecreatieKansFilter) filter?: FunctiecreatieKansFilter;
}

@InputType({ description: 'Filters van zoekFunctiecreatieKansen; waarden binnen één filter: OF, filters samen: EN.' })
export class FunctiecreatieZoekFilter {
  @Field(() => [FunctiecreatieStatus], { nullable: true }) @IsOptional() @Keuzes(FunctiecreatieStatus) status?: FunctiecreatieStatus[];
  @Field(() => [SbiSectie], { nullable: true }) @IsOptional() @Keuzes(SbiSectie) sector?: SbiSectie[];
  @Field(() => [String], { nullable: true, description: 'Namen van gemeenten.' }) @IsOptional() @Lijst(20, 100) gemeente?: string[];
  @Field(() => [String], { nullable: true, description: 'Urenklassen zoals in het facet uren (0-16, 16-24, 24-32, 32+).' })
  @IsOptional()
  @Lijst(4, 10)
  uren?: string[];
  @Field(() => Int, { nullable: true, description: 'Kansen met minstens zoveel uren (alle taken samen).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(40)
  urenMin?: number;
}

@InputType()
export class VacatureVanKansInput {
  @Field({ nullable: true, description: 'Standaard de titel van de kans.' }) @IsOptional() @Tekst(200, 1) titel?: string;
  @Field(() => Contractvorm) @Keuze(Contractvorm) contractvorm: Contractvorm;
  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD' }) @IsOptional() @Datum() startdatum?: string | null;
  @Field({ defaultValue: false, description: 'Direct openzetten in plaats van als concept bewaren.' }) @JaNee() publiceer: boolean;
}
