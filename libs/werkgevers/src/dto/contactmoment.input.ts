import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional } from 'class-validator';
import { ContactmomentSoort } from '../werkgever.enums';
import { Id, Keuze, Tekst } from './validatie';

@InputType()
export class ContactmomentInput {
  @Field(() => ID) @Id() werkgeverId: string;
  @Field(() => ContactmomentSoort) @Keuze(ContactmomentSoort) soort: ContactmomentSoort;
  @Field({ nullable: true, description: 'Wanneer het contact was; standaard nu.' })
  @IsOptional()
  @IsDate({ message: 'datum moet een tijdstip zijn.' })
  datum?: Date;
  @Field() @Tekst(200, 1) onderwerp: string;
  @Field({ defaultValue: '', description: 'Verslag als platte tekst (HTML wordt niet uitgevoerd).' }) @Tekst(10000) verslag: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Id() contactpersoonId?: string | null;
}
