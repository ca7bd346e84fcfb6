import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { Email, JaNee, Leeg, Tekst, Telefoon, Wijzigbaar } from './validatie';

@InputType()
export class ContactpersoonInput {
  @Field() @Tekst(200, 1) naam: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Tekst(200) functie?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Email() email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Telefoon() telefoon?: string | null;
  @Field({ defaultValue: false, description: 'Ontvangt de aanbodskrant (vereist een e-mailadres).' }) @JaNee() ontvangtAanbodskrant: boolean;
}

@InputType()
export class WijzigContactpersoonInput {
  @Field({ nullable: true }) @Wijzigbaar() @Tekst(200, 1) naam?: string;
  @Field(() => String, { nullable: true }) @Leeg() @Tekst(200) functie?: string | null;
  @Field(() => String, { nullable: true }) @Leeg() @Email() email?: string | null;
  @Field(() => String, { nullable: true }) @Leeg() @Telefoon() telefoon?: string | null;
  @Field({ nullable: true, description: 'false = afmelden voor de aanbodskrant.' }) @Wijzigbaar() @JaNee() ontvangtAanbodskrant?: boolean;
}
