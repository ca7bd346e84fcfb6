import { Field, ID, InputType } from '@nestjs/graphql';
import { Doelgroep, Instrument } from '@matchpunt/common';
import { IsBoolean, IsOptional } from 'class-validator';
import { SbiSectie } from '../sbi';
import { WerkgeverSoort } from '../werkgever.enums';
import { Id, Keuze, Tekst } from './validatie';

@InputType()
export class WerkgeverFilter {
  @Field({ nullable: true, description: 'Deel van de naam, of het hele KvK-nummer.' }) @IsOptional() @Tekst(200) zoekterm?: string;
  @Field(() => SbiSectie, { nullable: true }) @IsOptional() @Keuze(SbiSectie) sector?: SbiSectie;
  @Field(() => WerkgeverSoort, { nullable: true }) @IsOptional() @Keuze(WerkgeverSoort) soort?: WerkgeverSoort;
  @Field(() => ID, { nullable: true }) @IsOptional() @Id() accountmanagerId?: string;
  @Field({ nullable: true, description: 'Alleen de werkgevers waarvan u de accountmanager bent.' }) @IsOptional() @IsBoolean() mijnRelaties?: boolean;
  @Field(() => Doelgroep, { nullable: true }) @IsOptional() @Keuze(Doelgroep) openVoorDoelgroep?: Doelgroep;
  @Field(() => Instrument, { nullable: true }) @IsOptional() @Keuze(Instrument) accepteertInstrument?: Instrument;
  @Field(() => ID, { nullable: true, description: 'Met een vestiging in deze gemeente.' }) @IsOptional() @Id() gemeenteId?: string;
}
