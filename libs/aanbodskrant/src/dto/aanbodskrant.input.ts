import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@matchpunt/common';
import { Datum, Keuze, Tekst, Wijzigbaar } from '@matchpunt/werkgevers';
import { SbiSectie } from '@matchpunt/werkgevers';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { AanbodskrantStatus, MAX_KANDIDATEN_PER_EDITIE } from '../aanbodskrant.enums';

const kandidaatIdsBericht = { message: 'kandidaatIds bevat een ongeldig id.' };
const kandidaatIdsMax = { message: `kandidaatIds mag hoogstens ${MAX_KANDIDATEN_PER_EDITIE} kandidaten bevatten.` };

@InputType()
export class AanbodskrantInput {
  @Field() @Tekst(200, 1) titel: string;
  @Field({ defaultValue: '' }) @Tekst(5000) intro: string;
  @Field({ description: 'JJJJ-MM-DD' }) @Datum() publicatiedatum: string;
  @Field(() => [ID], { defaultValue: [], description: `De kandidaten in de volgorde van de krant (hoogstens ${MAX_KANDIDATEN_PER_EDITIE}).` })
  @ArrayMaxSize(MAX_KANDIDATEN_PER_EDITIE, kandidaatIdsMax)
  @IsUUID('all', { each: true, ...kandidaatIdsBericht })
  kandidaatIds: string[];
}

/** Absent fields stay as they are; `kandidaatIds` replaces the whole list (and its order). */
@InputType()
export class WijzigAanbodskrantInput {
  @Field({ nullable: true }) @Wijzigbaar() @Tekst(200, 1) titel?: string;
  @Field({ nullable: true }) @Wijzigbaar() @Tekst(5000) intro?: string;
  @Field({ nullable: true }) @Wijzigbaar() @Datum() publicatiedatum?: string;
  @Field(() => [ID], { nullable: true })
  @Wijzigbaar()
  @ArrayMaxSize(MAX_KANDIDATEN_PER_EDITIE, kandidaatIdsMax)
  @IsUUID('all', { each: true, ...kandidaatIdsBericht })
  kandidaatIds?: string[];
}

@ArgsType()
export class AanbodskrantenArgs extends PageArgs {
  @Field(() => AanbodskrantStatus, { nullable: true }) @IsOptional() @Keuze(AanbodskrantStatus) status?: AanbodskrantStatus;
}

@ArgsType()
export class SuggestiesArgs {
  @Field(() => ID, { nullable: true, description: 'Alleen kandidaten uit deze gemeente.' })
  @IsOptional()
  @IsUUID('all', { message: 'gemeenteId is geen geldig id.' })
  gemeenteId?: string;
  @Field(() => SbiSectie, { nullable: true, description: 'Kandidaten met deze sectorwens (of zonder sectorwens).' })
  @IsOptional()
  @Keuze(SbiSectie)
  sector?: SbiSectie;
  @Field(() => Int, { defaultValue: 30, description: 'Aantal suggesties, hoogstens 100.' })
  @IsInt({ message: 'first moet een geheel getal zijn.' })
  @Min(1, { message: 'first moet minstens 1 zijn.' })
  @Max(100, { message: 'first mag hoogstens 100 zijn.' })
  first = 30;
}
