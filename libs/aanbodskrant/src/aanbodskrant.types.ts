import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@matchpunt/common';
import { AanbodskrantEditie } from './aanbodskrant-editie.entity';
import { AanbodskrantLinkDoel, AanbodskrantStatus } from './aanbodskrant.enums';
import { AanbodKaart } from './render/aanbod-kaart';

export const AanbodskrantEditieConnection = ConnectionType(AanbodskrantEditie);

@ObjectType({ description: 'Hoe ver het versturen van een editie is.' })
export class AanbodskrantVoortgang {
  @Field(() => ID) editieId: string;
  @Field(() => AanbodskrantStatus) status: AanbodskrantStatus;
  @Field({ description: 'De verzendtaak: NIET_GESTART, WACHT, BEZIG, KLAAR of MISLUKT.' }) taak: string;
  @Field(() => Int, { nullable: true, description: 'Aantal ontvangers (ingeschreven contactpersonen), zodra de verzendtaak is begonnen.' })
  totaal: number | null;
  @Field(() => Int, { description: 'Mails klaargezet (één per ontvanger).' }) ingepland: number;
  @Field(() => Int, { description: 'Mails verzonden.' }) verzonden: number;
  @Field({ description: 'Alle ontvangers hebben hun mail.' }) klaar: boolean;
}

@ObjectType({ description: 'Een beschikbare kandidaat die nog in geen aanbodskrant of voorstel stond sinds hij beschikbaar werd.' })
export class AanbodskrantSuggestie {
  @Field(() => ID) kandidaatId: string;
  @Field(() => AanbodKaart) kaart: AanbodKaart;
  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD' }) beschikbaarSinds: string | null;
  @Field() gemeente: string;
  @Field(() => [String]) sectorWensen: string[];
  @Field({ description: 'Waarom deze kandidaat wordt voorgesteld.' }) reden: string;
}

@ObjectType({ description: 'Voorbeeld van de mail (met voorbeeldlinks), om na te lezen voor het versturen.' })
export class AanbodskrantVoorbeeld {
  @Field() onderwerp: string;
  @Field({ description: 'De HTML van de mail; alle vrije tekst is ge-escaped.' }) html: string;
  @Field() tekst: string;
}

@ObjectType({ description: 'De PDF van een verzonden editie.' })
export class AanbodskrantPdf {
  @Field() bestandsnaam: string;
  @Field() mimeType: string;
  @Field(() => Int) grootte: number;
  @Field() inhoudBase64: string;
}

@ObjectType({ description: 'Antwoord op een klik op "interesse" in de aanbodskrant.' })
export class InteresseBevestiging {
  @Field({ description: 'De pseudoniemcode van de kandidaat.' }) kandidaatCode: string;
  @Field({ description: 'false als deze interesse al eerder was doorgegeven.' }) nieuw: boolean;
  @Field(() => ID, { nullable: true, description: 'Het voorstel waarmee de accountmanager de interesse opvolgt.' }) voorstelId: string | null;
  @Field() bericht: string;
}

@ObjectType({ description: 'Antwoord op afmelden voor de aanbodskrant.' })
export class AfmeldBevestiging {
  @Field() afgemeld: boolean;
  @Field() bericht: string;
}

@ObjectType({ description: 'Waar een link uit de aanbodskrant over gaat: te tonen voordat de ontvanger bevestigt.' })
export class AanbodskrantLinkInhoud {
  @Field(() => AanbodskrantLinkDoel) doel: AanbodskrantLinkDoel;
  @Field({ description: 'De titel van de editie uit de mail.' }) editieTitel: string;
  @Field() werkgeverNaam: string;
  @Field() contactpersoonNaam: string;
  @Field(() => String, { nullable: true, description: 'Het e-mailadres dat de aanbodskrant kreeg.' }) email: string | null;
  @Field(() => AanbodKaart, { nullable: true, description: 'De kandidaat (alleen bij INTERESSE).' }) kaart: AanbodKaart | null;
  @Field({ description: 'Tot wanneer de link werkt.' }) geldigTot: Date;
  @Field({ description: 'Al gedaan: de interesse is al doorgegeven, of de contactpersoon is al afgemeld.' }) alGedaan: boolean;
}
