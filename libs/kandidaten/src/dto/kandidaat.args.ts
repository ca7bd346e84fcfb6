import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@matchpunt/common';
import { Allow } from 'class-validator';
import { Kandidaat } from '../kandidaat.entity';
import { KandidaatStatus } from '../kandidaat.enums';
import { KandidaatKaart } from '../kandidaat-kaart.type';

@InputType()
export class KandidaatFilter {
  @Field(() => [KandidaatStatus], { nullable: true }) @Allow() status?: KandidaatStatus[];
  @Field(() => ID, { nullable: true }) @Allow() gemeenteId?: string;
  @Field(() => ID, { nullable: true }) @Allow() werkcoachId?: string;
  @Field({ nullable: true, description: 'Alleen kandidaten van de ingelogde werkcoach.' }) @Allow() mijn?: boolean;
  @Field({ nullable: true, description: 'Pseudoniemcode (of het begin ervan), bijv. K-2026-01.' }) @Allow() code?: string;
}

@ArgsType()
export class KandidatenArgs extends PageArgs {
  @Field(() => KandidaatFilter, { nullable: true }) @Allow() filter?: KandidaatFilter;
}

@InputType()
export class KaartFilter {
  @Field(() => ID, { nullable: true }) @Allow() gemeenteId?: string;
  @Field({ nullable: true, description: 'Alleen kandidaten met rijbewijs.' }) @Allow() rijbewijs?: boolean;
  @Field(() => Int, { nullable: true, description: 'Kandidaten die minstens zoveel uur per week kunnen werken.' }) @Allow() urenMin?: number;
}

@ArgsType()
export class KaartenArgs extends PageArgs {
  @Field(() => KaartFilter, { nullable: true }) @Allow() filter?: KaartFilter;
}

export const KandidaatConnection = ConnectionType(Kandidaat);
export const KandidaatKaartConnection = ConnectionType(KandidaatKaart);
