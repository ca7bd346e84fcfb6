import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Een gemaakt document (PDF), als base64.' })
export class OfferteDocument {
  @Field() bestandsnaam: string;
  @Field() mimeType: string;
  @Field({ description: 'SHA-256 van de inhoud (hex).' }) sha256: string;
  @Field(() => Int, { description: 'Bytes.' }) grootte: number;
  @Field() inhoudBase64: string;
  @Field() aangemaaktOp: Date;
}

@ObjectType({ description: 'LKS voor één medewerker (RULES.md §1).' })
export class LksUitkomst {
  @Field() parameterSetId: string;
  @Field({ description: 'Gebruikte loonwaarde in %.' }) loonwaarde: string;
  @Field() wmlUur: string;
  @Field({ description: 'WML per uur incl. vakantiebijslag.' }) basisUur: string;
  @Field() lksPerUur: string;
  @Field() lksPerMaand: string;
  @Field() lksPerJaar: string;
  @Field({ description: 'Begrensd op het maximum (70 % van het WML).' }) gecapt: boolean;
  @Field(() => String, { nullable: true, description: 'Voorlopige LKS (loonwaarde nog niet gemeten) tot en met deze datum.' }) voorlopigTot: string | null;
}

@ObjectType({ description: 'Geschatte LKS voor een werkgever, afgerond op tientallen euro’s; de loonwaarde zelf blijft verborgen.' })
export class LksIndicatie {
  @Field({ description: 'Euro’s per maand, afgerond op hele tientallen, bijv. "820".' }) bedragPerMaand: string;
  @Field(() => Int) urenPerWeek: number;
  @Field({ description: 'Bijv. "LKS ca. € 820 per maand bij 24 uur".' }) tekst: string;
  @Field() parameterSetId: string;
}
