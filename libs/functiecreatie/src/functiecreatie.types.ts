import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@matchpunt/common';
import { Kandidaat } from '@matchpunt/kandidaten';
import { ZoekResultaatType } from '@matchpunt/werkgevers';
import { FunctiecreatieKans } from './functiecreatie-kans.entity';

export const FunctiecreatieKansConnection = ConnectionType(FunctiecreatieKans);
export const FunctiecreatieKansZoekResultaat = ZoekResultaatType(FunctiecreatieKans, 'FunctiecreatieKans');

@ObjectType({ description: 'Eén factor van een match met zijn punten en een korte uitleg.' })
export class KansMatchFactor {
  @Field({ description: 'BEROEP, VAARDIGHEDEN, AFSTAND, UREN, BESCHIKBAARHEID, SECTOR, NEDERLANDS, INSTRUMENTEN, DOELGROEP of HISTORIE.' }) factor: string;
  @Field(() => Float) punten: number;
  @Field(() => Float) maxPunten: number;
  @Field({ description: 'Bijv. "Woont 8 km van de vestiging in Tiel".' }) zin: string;
}

@ObjectType({ description: 'Een beschikbare kandidaat voor een functiecreatie-kans, met score en uitleg.' })
export class KansMatch {
  @Field(() => Kandidaat) kandidaat: Kandidaat;
  @Field(() => Float, { description: '0–100.' }) score: number;
  @Field(() => Float, { description: 'Afstand van de woonplaats-regio tot de vestiging, in km.' }) afstandKm: number;
  @Field(() => [KansMatchFactor]) factoren: KansMatchFactor[];
  @Field({ description: 'Al aan deze kans gekoppeld.' }) gekoppeld: boolean;
}

@ObjectType({ description: 'Een kandidaat die aan de kans is gekoppeld, met het voorstel dat het opvolgt.' })
export class KansKoppeling {
  @Field(() => ID) kandidaatId: string;
  @Field(() => ID) voorstelId: string;
  @Field() gekoppeldOp: Date;
}
