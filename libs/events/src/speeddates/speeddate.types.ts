import { Allow } from 'class-validator';
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SpeeddateStatus {
  CONCEPT = 'CONCEPT',
  OPEN = 'OPEN',
  INGEPLAND = 'INGEPLAND',
  AFGEROND = 'AFGEROND',
  GEANNULEERD = 'GEANNULEERD',
}
export enum SpeeddatePlanningStatus {
  GEEN = 'GEEN',
  WACHTRIJ = 'WACHTRIJ',
  BEZIG = 'BEZIG',
  KLAAR = 'KLAAR',
  MISLUKT = 'MISLUKT',
}
export enum SpeeddateUitkomst {
  KLIK = 'KLIK',
  GEEN_KLIK = 'GEEN_KLIK',
  VERVOLGAFSPRAAK = 'VERVOLGAFSPRAAK',
}
registerEnumType(SpeeddateStatus, { name: 'SpeeddateStatus', description: 'CONCEPT → OPEN → INGEPLAND → AFGEROND; GEANNULEERD vanuit CONCEPT, OPEN of INGEPLAND.' });
registerEnumType(SpeeddatePlanningStatus, { name: 'SpeeddatePlanningStatus' });
registerEnumType(SpeeddateUitkomst, { name: 'SpeeddateUitkomst', description: 'KLIK en VERVOLGAFSPRAAK maken een voorstel (bron SPEEDDATE).' });

@ObjectType({ description: 'Een speeddate-evenement: werkgevers aan tafels, kandidaten schuiven per ronde door.' })
export class SpeeddateEvent {
  @Field(() => ID) id: string;
  @Field() naam: string;
  @Field({ description: 'JJJJ-MM-DD' }) datum: string;
  @Field({ description: 'UU:MM' }) starttijd: string;
  @Field() locatie: string;
  @Field() adres: string;
  @Field() postcode: string;
  @Field(() => String, { nullable: true }) plaats: string | null;
  @Field(() => Int) rondes: number;
  @Field(() => Int) rondeMinuten: number;
  @Field(() => Int) pauzeMinuten: number;
  @Field(() => Int) capaciteitTafels: number;
  @Field(() => Int) minGesprekken: number;
  @Field(() => GraphQLISODateTime) inschrijfDeadline: Date;
  @Field(() => SpeeddateStatus) status: SpeeddateStatus;
  @Field(() => Int) aantalTafels: number;
  @Field(() => Int) aantalDeelnemers: number;
}

@ObjectType()
export class SpeeddatePlanning {
  @Field(() => SpeeddatePlanningStatus) status: SpeeddatePlanningStatus;
  @Field(() => Int, { description: '0–100' }) voortgang: number;
  @Field(() => Int) versie: number;
  @Field(() => String, { nullable: true }) melding: string | null;
  @Field(() => Float, { nullable: true, description: 'Totale matchwaarde van het rooster.' }) totaleWaarde: number | null;
  @Field(() => Float, { nullable: true, description: 'Bovengrens: geen rooster met dezelfde eerlijkheid scoort hoger.' }) bovengrens: number | null;
  @Field(() => Int) gesprekken: number;
}

@ObjectType()
export class SpeeddateTafel {
  @Field(() => ID) id: string;
  @Field(() => Int) nummer: number;
  @Field(() => ID) werkgeverId: string;
  @Field() werkgeverNaam: string;
  @Field(() => [ID]) vacatureIds: string[];
  @Field(() => [String]) sectoren: string[];
  @Field(() => Int) vanRonde: number;
  @Field(() => Int) totRonde: number;
  @Field() afgemeld: boolean;
}

@ObjectType()
export class SpeeddateDeelnemer {
  @Field(() => ID) id: string;
  @Field(() => ID) kandidaatId: string;
  @Field() kandidaatCode: string;
  @Field(() => [ID]) voorkeurWerkgeverIds: string[];
  @Field(() => Int) vanRonde: number;
  @Field(() => Int) totRonde: number;
  @Field() noShow: boolean;
}

@ObjectType({ description: 'Eén gesprek: een kandidaat aan een tafel in een ronde.' })
export class SpeeddateGesprek {
  @Field(() => ID) id: string;
  @Field(() => Int) ronde: number;
  @Field(() => GraphQLISODateTime) start: Date;
  @Field(() => GraphQLISODateTime) eind: Date;
  @Field(() => ID) tafelId: string;
  @Field(() => Int) tafelNummer: number;
  @Field(() => ID) werkgeverId: string;
  @Field() werkgeverNaam: string;
  @Field(() => ID) deelnemerId: string;
  @Field({ description: 'Pseudoniemcode van de kandidaat.' }) kandidaatCode: string;
  @Field(() => Float) waarde: number;
  @Field({ description: 'Vastgezet (al gehouden of aangekondigd): herplannen verschuift dit gesprek niet.' }) vast: boolean;
  @Field(() => SpeeddateUitkomst, { nullable: true }) uitkomst: SpeeddateUitkomst | null;
  @Field(() => ID, { nullable: true }) voorstelId: string | null;
}

@ObjectType({ description: 'Het tafelplan per ronde, voor de organisatie.' })
export class SpeeddateTafelRonde {
  @Field(() => Int) ronde: number;
  @Field(() => GraphQLISODateTime) start: Date;
  @Field(() => [SpeeddateGesprek]) gesprekken: SpeeddateGesprek[];
}

@InputType()
export class MaakSpeeddateInput {
  @Allow() @Field() naam: string;
  @Allow() @Field({ description: 'JJJJ-MM-DD' }) datum: string;
  @Allow() @Field({ description: 'UU:MM' }) starttijd: string;
  @Allow() @Field() locatie: string;
  @Allow() @Field() adres: string;
  @Allow() @Field() postcode: string;
  @Allow() @Field(() => Int) rondes: number;
  @Allow() @Field(() => Int) rondeMinuten: number;
  @Allow() @Field(() => Int, { defaultValue: 0 }) pauzeMinuten: number;
  @Allow() @Field(() => Int) capaciteitTafels: number;
  @Allow() @Field(() => Int, { nullable: true, description: 'Minimum aantal gesprekken per kandidaat waar de capaciteit dat toelaat.' }) minGesprekken?: number;
  @Allow() @Field(() => GraphQLISODateTime) inschrijfDeadline: Date;
}

@InputType()
export class SpeeddateTafelInput {
  @Allow() @Field(() => ID, { nullable: true, description: 'Medewerkers: voor welke werkgever; werkgevers: altijd de eigen.' }) werkgeverId?: string;
  @Allow() @Field(() => Int, { defaultValue: 1, description: 'Aantal tafels (bijv. twee recruiters).' }) aantal: number;
  @Allow() @Field(() => [ID], { nullable: true }) vacatureIds?: string[];
  @Allow() @Field(() => [String], { nullable: true, description: 'SBI-secties die de werkgever meebrengt.' }) sectoren?: string[];
  @Allow() @Field(() => [ID], { nullable: true, description: 'Kandidaten die de werkgever graag spreekt.' }) voorkeurKandidaatIds?: string[];
  @Allow() @Field(() => Int, { nullable: true }) vanRonde?: number;
  @Allow() @Field(() => Int, { nullable: true }) totRonde?: number;
}

@InputType()
export class SpeeddateDeelnemerInput {
  @Allow() @Field(() => ID) kandidaatId: string;
  @Allow() @Field(() => [ID], { nullable: true, description: 'Werkgevers die de kandidaat graag spreekt.' }) voorkeurWerkgeverIds?: string[];
  @Allow() @Field(() => Int, { nullable: true, description: 'Eerste ronde van aanwezigheid.' }) vanRonde?: number;
  @Allow() @Field(() => Int, { nullable: true, description: 'Laatste ronde van aanwezigheid.' }) totRonde?: number;
}
