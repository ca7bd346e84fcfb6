import { Allow } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum KennissessieThema {
  LOONKOSTENSUBSIDIE = 'LOONKOSTENSUBSIDIE',
  SOWIS = 'SOWIS',
  BANENAFSPRAAK = 'BANENAFSPRAAK',
  NO_RISKPOLIS = 'NO_RISKPOLIS',
  JOBCOACHING = 'JOBCOACHING',
  SROI = 'SROI',
  PSO = 'PSO',
  OVERIG = 'OVERIG',
}
export enum KennissessieVorm {
  FYSIEK = 'FYSIEK',
  ONLINE = 'ONLINE',
}
export enum AanmeldingStatus {
  AANGEMELD = 'AANGEMELD',
  WACHTLIJST = 'WACHTLIJST',
  AFGEMELD = 'AFGEMELD',
}
registerEnumType(KennissessieThema, { name: 'KennissessieThema' });
registerEnumType(KennissessieVorm, { name: 'KennissessieVorm' });
registerEnumType(AanmeldingStatus, { name: 'KennissessieAanmeldingStatus' });

@ObjectType({ description: 'Een informatiebijeenkomst voor werkgevers.' })
export class Kennissessie {
  @Field(() => ID) id: string;
  @Field() titel: string;
  @Field(() => KennissessieThema) thema: KennissessieThema;
  @Field(() => KennissessieVorm) vorm: KennissessieVorm;
  @Field(() => String, { nullable: true, description: 'Adres (FYSIEK) of link (ONLINE).' }) locatie: string | null;
  @Field(() => GraphQLISODateTime) start: Date;
  @Field(() => Int) lengteMinuten: number;
  @Field(() => Int) capaciteit: number;
  @Field(() => Int) aangemeld: number;
  @Field(() => Int) wachtlijst: number;
  @Field(() => Int, { nullable: true, description: 'Alleen voor werkgevers: zoveel van uw contactpersonen zijn aangemeld.' }) uwAangemeld: number | null;
  @Field(() => Int, { nullable: true, description: 'Alleen voor werkgevers: zoveel van uw contactpersonen staan op de wachtlijst.' }) uwWachtlijst: number | null;
  @Field() status: string;
}

@ObjectType()
export class KennissessieAanmelding {
  @Field(() => ID) id: string;
  @Field(() => ID) sessieId: string;
  @Field(() => ID) contactpersoonId: string;
  @Field() contactpersoonNaam: string;
  @Field(() => ID) werkgeverId: string;
  @Field() werkgeverNaam: string;
  @Field(() => AanmeldingStatus) status: AanmeldingStatus;
  @Field(() => Int, { nullable: true, description: 'Plaats op de wachtlijst (1 = eerste).' }) wachtlijstPositie: number | null;
}

@InputType()
export class MaakKennissessieInput {
  @Allow() @Field() titel: string;
  @Allow() @Field(() => KennissessieThema) thema: KennissessieThema;
  @Allow() @Field(() => KennissessieVorm) vorm: KennissessieVorm;
  @Allow() @Field({ nullable: true }) locatie?: string;
  @Allow() @Field(() => GraphQLISODateTime) start: Date;
  @Allow() @Field(() => Int) lengteMinuten: number;
  @Allow() @Field(() => Int) capaciteit: number;
}
