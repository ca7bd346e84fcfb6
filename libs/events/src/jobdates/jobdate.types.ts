import { Allow } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { KandidaatKaart } from '@matchpunt/kandidaten';

export enum JobdateVorm {
  VIDEO = 'VIDEO',
  BEL_MIJ = 'BEL_MIJ',
}
export enum JobdateSlotStatus {
  OPEN = 'OPEN',
  GEANNULEERD = 'GEANNULEERD',
}
export enum JobdateBoekingStatus {
  GEBOEKT = 'GEBOEKT',
  GEANNULEERD = 'GEANNULEERD',
  VERPLAATST = 'VERPLAATST',
}
registerEnumType(JobdateVorm, { name: 'JobdateVorm', description: 'VIDEO: met een videolink; BEL_MIJ: de werkgever belt de kandidaat.' });
registerEnumType(JobdateSlotStatus, { name: 'JobdateSlotStatus' });
registerEnumType(JobdateBoekingStatus, { name: 'JobdateBoekingStatus' });

@ObjectType({ description: 'Een online tijdslot van een werkgever (of uitzendbureau) voor een jobdate.' })
export class JobdateSlot {
  @Field(() => ID) id: string;
  @Field(() => ID) werkgeverId: string;
  @Field({ description: 'Naam van de werkgever.' }) werkgeverNaam: string;
  @Field(() => GraphQLISODateTime) start: Date;
  @Field(() => GraphQLISODateTime) eind: Date;
  @Field(() => Int) lengteMinuten: number;
  @Field(() => JobdateVorm) vorm: JobdateVorm;
  @Field(() => String, { nullable: true }) videoLink: string | null;
  @Field(() => [ID]) vacatureIds: string[];
  @Field(() => [String], { description: 'Titels van de vacatures waarvoor dit slot is.' }) vacatureTitels: string[];
  @Field(() => JobdateSlotStatus) status: JobdateSlotStatus;
  @Field({ description: 'Er staat een actieve boeking op dit slot.' }) geboekt: boolean;
}

@ObjectType({ description: 'Een geboekte jobdate. Werkgevers zien de kandidaat als geanonimiseerde kaart.' })
export class JobdateBoeking {
  @Field(() => ID) id: string;
  @Field(() => JobdateSlot) slot: JobdateSlot;
  @Field(() => ID, { nullable: true, description: 'Alleen voor medewerkers.' }) kandidaatId: string | null;
  kandidaatIdIntern: string;
  @Field(() => KandidaatKaart, { nullable: true, description: 'De geanonimiseerde kaart (identiteit alleen met toestemming).' })
  kandidaat?: KandidaatKaart | null;
  @Field(() => JobdateBoekingStatus) status: JobdateBoekingStatus;
  @Field(() => ID, { nullable: true }) verplaatstNaar: string | null;
  @Field(() => GraphQLISODateTime) geboektOp: Date;
}

@InputType()
export class PubliceerJobdateSlotInput {
  @Allow() @Field(() => ID, { nullable: true, description: 'Medewerkers: voor welke werkgever. Werkgevers: altijd de eigen.' }) werkgeverId?: string;
  @Allow() @Field(() => GraphQLISODateTime) start: Date;
  @Allow() @Field(() => Int, { description: '5 tot en met 240 minuten.' }) lengteMinuten: number;
  @Allow() @Field(() => JobdateVorm) vorm: JobdateVorm;
  @Allow() @Field({ nullable: true, description: 'Verplicht bij VIDEO; https-link.' }) videoLink?: string;
  @Allow() @Field(() => [ID], { nullable: true }) vacatureIds?: string[];
}

@InputType()
export class JobdateSlotFilter {
  @Allow() @Field(() => ID, { nullable: true }) werkgeverId?: string;
  @Allow() @Field({ nullable: true, description: 'Alleen vrije, toekomstige slots.' }) alleenVrij?: boolean;
}
