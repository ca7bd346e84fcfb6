import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/**
 * One candidate as the aanbodskrant shows it to every werkgever on the list: the pseudonym code, the region,
 * the pitch, wishes, skills, hours, availability and the instruments in employer's words. Deliberately less
 * than the card a single werkgever sees (no age band): the mail goes to thousands of addresses. Never
 * identity, never indications. Snapshotted into the edition when it is sent.
 */
@ObjectType('AanbodskrantKaart', { description: 'Een kandidaat zoals de aanbodskrant die toont: geanonimiseerd, zonder naam, leeftijd of indicaties.' })
export class AanbodKaart {
  @Field(() => ID) kandidaatId: string;
  @Field({ description: 'Vaste pseudoniemcode, bijv. K-2026-0142.' }) code: string;
  @Field({ description: 'Woonplaats-regio.' }) regio: string;
  @Field() pitch: string;
  @Field(() => [String]) beroepswensen: string[];
  @Field(() => [String]) vaardigheden: string[];
  @Field(() => Int) urenMin: number;
  @Field(() => Int) urenMax: number;
  @Field() beschikbaarheid: string;
  @Field() rijbewijs: boolean;
  @Field(() => [String], { description: 'Wat de werkgever kan inzetten, bijv. "LKS mogelijk".' }) instrumenten: string[];
}

/** Picks the aanbodskrant fields from a card (anything else on it stays behind). */
export function naarAanbodKaart(kaart: {
  id: string;
  code: string;
  regio: string;
  pitch: string;
  beroepswensen: string[];
  vaardigheden: string[];
  urenMin: number;
  urenMax: number;
  beschikbaarheid: string;
  rijbewijs: boolean;
  instrumenten: string[];
}): AanbodKaart {
  return {
    kandidaatId: kaart.id,
    code: kaart.code,
    regio: kaart.regio,
    pitch: kaart.pitch,
    beroepswensen: [...kaart.beroepswensen],
    vaardigheden: [...kaart.vaardigheden],
    urenMin: kaart.urenMin,
    urenMax: kaart.urenMax,
    beschikbaarheid: kaart.beschikbaarheid,
    rijbewijs: kaart.rijbewijs,
    instrumenten: [...kaart.instrumenten],
  };
}

export function urenTekst(kaart: Pick<AanbodKaart, 'urenMin' | 'urenMax'>): string {
  return kaart.urenMin === kaart.urenMax ? `${kaart.urenMin} uur per week` : `${kaart.urenMin}–${kaart.urenMax} uur per week`;
}

/** The card's title line: the first wish, or a neutral word. */
export function kaartKop(kaart: Pick<AanbodKaart, 'beroepswensen' | 'code'>): string {
  const wens = kaart.beroepswensen[0];
  return wens ? `${wens.charAt(0).toUpperCase()}${wens.slice(1)}` : 'Kandidaat';
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2026-03-01" → "1 maart 2026". */
export function datumNl(iso: string): string {
  const [jaar, maand, dag] = iso.slice(0, 10).split('-').map(Number);
  return `${dag} ${MAANDEN[maand - 1]} ${jaar}`;
}
