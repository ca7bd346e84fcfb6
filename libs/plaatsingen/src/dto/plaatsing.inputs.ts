import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@matchpunt/common';
import { Allow } from 'class-validator';
import { Plaatsing } from '../plaatsing.entity';
import { PlaatsingType } from '../plaatsing.enums';

// Inputs carry only @Allow(): PlaatsingService validates (it is also called by other features, without the pipe).

@InputType()
export class PlaatsingInput {
  @Field(() => ID) @Allow() kandidaatId: string;
  @Field(() => ID) @Allow() werkgeverId: string;
  @Field(() => ID, { nullable: true, description: 'De vacature die hiermee vervuld wordt, als die er is.' }) @Allow() vacatureId?: string;
  @Field(() => PlaatsingType) @Allow() type: PlaatsingType;
  @Field({ description: 'JJJJ-MM-DD' }) @Allow() startDatum: string;
  @Field({ nullable: true, description: 'JJJJ-MM-DD, niet voor de startdatum.' }) @Allow() eindDatum?: string;
  @Field(() => Int, { description: '1–60' }) @Allow() urenPerWeek: number;
}

@InputType()
export class PlaatsingFilter {
  @Field(() => ID, { nullable: true }) @Allow() kandidaatId?: string;
  @Field(() => ID, { nullable: true, description: 'Werkgevers zien altijd alleen hun eigen organisatie.' }) @Allow() werkgeverId?: string;
  @Field(() => ID, { nullable: true }) @Allow() gemeenteId?: string;
  @Field(() => [PlaatsingType], { nullable: true }) @Allow() type?: PlaatsingType[];
}

@ArgsType()
export class PlaatsingenArgs extends PageArgs {
  @Field(() => PlaatsingFilter, { nullable: true }) @Allow() filter?: PlaatsingFilter;
}

@InputType({ description: 'Een periode van startdata, grenzen inbegrepen.' })
export class PeriodeInput {
  @Field({ description: 'JJJJ-MM-DD' }) @Allow() van: string;
  @Field({ description: 'JJJJ-MM-DD' }) @Allow() tot: string;
}

export const PlaatsingConnection = ConnectionType(Plaatsing);
