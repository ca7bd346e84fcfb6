import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SearchDocumentType } from '../port/search-document';

/** The document types in GraphQL (enum names upper case, values the port's types). */
export enum ZoekIndexType {
  VACATURE = 'vacature',
  KANDIDAAT = 'kandidaat',
  WERKGEVER = 'werkgever',
  FUNCTIECREATIE = 'functiecreatie',
}
registerEnumType(ZoekIndexType, { name: 'ZoekIndexType', description: 'Soort document in de zoekindex.' });

export const toSearchDocumentType = (type: ZoekIndexType): SearchDocumentType => type;

@ObjectType('HerindexeerTaak', { description: 'Een volledige herindexering van één soort documenten (van uw organisatie).' })
export class ReindexJobType {
  @Field(() => ID) id: string;
  @Field(() => ZoekIndexType) type: ZoekIndexType;
  @Field({ description: 'waiting, active, completed, failed, delayed of unknown' }) status: string;
  @Field(() => Int, { description: 'Verwerkte ids tot nu toe.' }) verwerkt: number;
  @Field(() => Int, { description: 'Geïndexeerde documenten tot nu toe.' }) geindexeerd: number;
  @Field(() => Int, { nullable: true, description: 'Documenten per seconde, als de taak klaar is.' }) documentenPerSeconde?: number;
  @Field(() => String, { nullable: true }) fout?: string | null;
}
