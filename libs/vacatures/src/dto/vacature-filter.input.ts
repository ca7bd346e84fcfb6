import { Field, ID, InputType } from '@nestjs/graphql';
import { Id, JaNee, Keuzes } from '@matchpunt/werkgevers';
import { IsOptional } from 'class-validator';
import { VacatureStatus } from '../vacature.enums';

@InputType()
export class VacatureFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @Id() werkgeverId?: string;
  @Field(() => [VacatureStatus], { nullable: true, description: 'Eén of meer statussen.' }) @IsOptional() @Keuzes(VacatureStatus) status?: VacatureStatus[];
  @Field({ nullable: true }) @IsOptional() @JaNee() functiecreatie?: boolean;
}
