import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/**
 * The anonymised card an employer sees. It has, by construction, no field for name, BSN, address, birth
 * date, indications or loonwaarde: those never reach this type. `identiteit` is resolved separately and only
 * answers when the candidate consented to share with the caller's werkgever.
 */
@ObjectType({ description: 'Geanonimiseerd profiel van een kandidaat, zoals werkgevers dat zien.' })
export class KandidaatKaart {
  @Field(() => ID) id: string;
  @Field({ description: 'Vaste pseudoniemcode, bijv. K-2026-0142.' }) code: string;
  @Field({ description: 'Leeftijdsband, bijv. "25–34".' }) leeftijdsband: string;
  @Field({ description: 'Woonplaats-regio (plaats van het postcodegebied), nooit het adres.' }) regio: string;
  @Field() pitch: string;
  @Field(() => [String]) vaardigheden: string[];
  @Field(() => [String]) beroepswensen: string[];
  @Field(() => Int) urenMin: number;
  @Field(() => Int) urenMax: number;
  @Field({ description: 'Bijv. "Direct beschikbaar" of "Beschikbaar vanaf 1 maart 2026".' }) beschikbaarheid: string;
  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD' }) beschikbaarVanaf: string | null;
  @Field() rijbewijs: boolean;
  @Field(() => [String], { description: 'Wat de werkgever kan inzetten, bijv. "LKS mogelijk", "No-riskpolis".' }) instrumenten: string[];
}

/** Contact details on a card: only with the candidate's consent for this werkgever (and every read is logged). */
@ObjectType({ description: 'Contactgegevens van een kandidaat die toestemming gaf om ze met uw organisatie te delen.' })
export class KaartIdentiteit {
  @Field() voornaam: string;
  @Field() achternaam: string;
  @Field(() => String, { nullable: true }) telefoon: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
}
