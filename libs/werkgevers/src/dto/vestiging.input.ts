import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { Id, Leeg, Postcode, Tekst, Wijzigbaar } from './validatie';

@InputType()
export class VestigingInput {
  @Field() @Tekst(200, 1) naam: string;
  @Field({ description: 'Straat en huisnummer.' }) @Tekst(200, 1) adres: string;
  @Field({ description: 'Postcode (1234 AB); plaats en coördinaten volgen uit de postcode.' }) @Postcode() postcode: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Id() gemeenteId?: string | null;
}

@InputType()
export class WijzigVestigingInput {
  @Field({ nullable: true }) @Wijzigbaar() @Tekst(200, 1) naam?: string;
  @Field({ nullable: true }) @Wijzigbaar() @Tekst(200, 1) adres?: string;
  @Field({ nullable: true }) @Wijzigbaar() @Postcode() postcode?: string;
  @Field(() => ID, { nullable: true }) @Leeg() @Id() gemeenteId?: string | null;
}
