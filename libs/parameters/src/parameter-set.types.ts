import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { JsonObjectScalar } from './graphql/json.scalar';

@ObjectType({ description: 'Eén versie van de parameterset van uw organisatie: alle bedragen en drempels die de rekenregels gebruiken.' })
export class ParameterSetVersie {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Oplopend per organisatie; bij overlap geldt de hoogste versie.' }) versie: number;
  @Field() naam: string;
  @Field({ description: 'JJJJ-MM-DD, inclusief.' }) geldigVanaf: string;
  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD, inclusief; leeg = zonder einde.' }) geldigTot: string | null;
  @Field({ description: 'Voorlopig: de waarden moeten nog geïndexeerd worden.' }) voorlopig: boolean;
  @Field(() => [String]) bronnen: string[];
  @Field(() => [String]) opmerkingen: string[];
  @Field(() => JsonObjectScalar, { description: 'De volledige set (lks, calculatie, sroi, pso). Fracties: "0.08" = 8 %.' }) inhoud: Record<string, unknown>;
  @Field(() => ID, { nullable: true, description: 'Leeg voor de meegeleverde sets.' }) aangemaaktDoor: string | null;
  @Field() aangemaaktOp: Date;
}

@InputType({ description: 'Een nieuwe versie van de parameterset. Een bestaande versie wordt nooit gewijzigd.' })
export class ParameterSetVersieInput {
  @Field(() => ID, { nullable: true, description: 'Begin met de inhoud van deze versie; `inhoud` overschrijft daarin (objecten worden samengevoegd, lijsten vervangen).' })
  @Allow()
  basisId?: string;
  @Field(() => JsonObjectScalar, { description: 'De (gewijzigde) inhoud: lks, calculatie, sroi, pso, bronnen, opmerkingen.' }) @Allow() inhoud: Record<string, unknown>;
  @Field({ description: 'JJJJ-MM-DD' }) @Allow() geldigVanaf: string;
  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD; leeg = zonder einde.' }) @Allow() geldigTot?: string | null;
  @Field(() => String, { nullable: true, description: 'Standaard de naam van de basisversie.' }) @Allow() naam?: string;
}
