import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DecimalScalar } from '@matchpunt/parameters';
import { Allow } from 'class-validator';

// Inputs carry only @Allow(): the service validates, naming the field (also for callers without the pipe).

@InputType({ description: 'Loonwaarde nog niet gemeten: een vaste LKS op de voorlopige loonwaarde van de parameterset.' })
export class VoorlopigeLksInput {
  @Field({ description: 'JJJJ-MM-DD' }) @Allow() startDatum: string;
  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD; standaard en hoogstens het einde van de voorlopige periode.' }) @Allow() eindDatum?: string | null;
}

@InputType({ description: 'Eén medewerker van de groep.' })
export class CalculatieMedewerkerInput {
  @Field(() => DecimalScalar, { description: 'Uren per week (> 0, hoogstens het maximum van de parameterset).' }) @Allow() urenPerWeek: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Loonwaarde in % (0–100). Leeg bij voorlopigeLks.' }) @Allow() loonwaarde?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Bruto uurloon excl. vakantiebijslag; leeg = het WML voor de leeftijd.' }) @Allow() uurloon?: string | null;
  @Field(() => Int, { nullable: true, description: 'Leeftijd (voor het jeugd-WML); leeg = volwassen.' }) @Allow() leeftijd?: number | null;
  @Field({ nullable: true, defaultValue: true, description: 'Ontvangt het SOB LKS voor deze medewerker?' }) @Allow() lks?: boolean;
  @Field(() => VoorlopigeLksInput, { nullable: true }) @Allow() voorlopigeLks?: VoorlopigeLksInput | null;
}

@InputType({ description: 'Een groepsplaatsing om door te rekenen. Percentages 0–100; bedragen in euro.' })
export class CalculatieInput {
  @Field(() => [CalculatieMedewerkerInput], { description: 'Minstens de minimale groepsgrootte (5).' }) @Allow() medewerkers: CalculatieMedewerkerInput[];
  @Field(() => DecimalScalar, { nullable: true, description: 'Uren praktijkbegeleider per week; of geef medewerkersPerBegeleider.' }) @Allow() praktijkbegeleiderUrenPerWeek?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Verhouding: de begeleider werkt Σ uren / verhouding uur per week.' }) @Allow() medewerkersPerBegeleider?: string | null;
  @Field(() => DecimalScalar, { nullable: true, defaultValue: '0' }) @Allow() productieleiderUrenPerWeek?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Standaard het tarief uit de parameterset.' }) @Allow() praktijkbegeleiderTarief?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Standaard het tarief uit de parameterset.' }) @Allow() productieleiderTarief?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Reiskosten per jaar.' }) @Allow() reiskostenPerJaar?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Materiaal en uitrusting per jaar.' }) @Allow() materiaalkostenPerJaar?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Overige kosten per jaar.' }) @Allow() overigeKostenPerJaar?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Overhead in %; standaard uit de parameterset.' }) @Allow() overheadPct?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Risico-opslag in %; standaard uit de parameterset.' }) @Allow() risicoPct?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Marge in %; standaard uit de parameterset.' }) @Allow() margePct?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Het tarief per gewerkt uur dat de werkgever biedt.' }) @Allow() gebodenTarief?: string | null;
  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD: de datum waarvoor de parameterset geldt; standaard vandaag.' }) @Allow() peildatum?: string | null;
}

@InputType({ description: 'Een wat-als-variant: wat verandert ten opzichte van de basis.' })
export class CalculatieVariatieInput {
  @Field(() => String, { nullable: true }) @Allow() label?: string | null;
  @Field(() => Int, { nullable: true, description: 'De groep wordt de basismedewerkers op volgorde, zo nodig herhaald.' }) @Allow() groepsgrootte?: number | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Iedere medewerker werkt zoveel uur.' }) @Allow() urenPerWeek?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Begeleidingsverhouding: medewerkers per praktijkbegeleider.' }) @Allow() medewerkersPerBegeleider?: string | null;
}

@InputType()
export class OfferteInput {
  @Field(() => ID) @Allow() werkgeverId: string;
  @Field() @Allow() titel: string;
  @Field(() => ID, { nullable: true, description: 'De aanvraag van de werkgever die hiermee beantwoord wordt.' }) @Allow() aanvraagId?: string | null;
  @Field(() => CalculatieInput) @Allow() calculatie: CalculatieInput;
  @Field(() => String, { nullable: true }) @Allow() toelichting?: string | null;
}

@InputType()
export class OfferteVersieInput {
  @Field(() => CalculatieInput) @Allow() calculatie: CalculatieInput;
  @Field(() => String, { nullable: true }) @Allow() toelichting?: string | null;
}

@InputType({ description: 'Een werkgever vraagt een calculatie aan bij de accountmanager.' })
export class CalculatieAanvraagInput {
  @Field(() => Int, { nullable: true, description: 'Hoeveel medewerkers ongeveer.' }) @Allow() aantalMedewerkers?: number | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Uren per week per medewerker, ongeveer.' }) @Allow() urenPerWeek?: string | null;
  @Field({ description: 'Wat voor werk, waar, vanaf wanneer.' }) @Allow() toelichting: string;
}

@InputType({ description: 'LKS voor één medewerker (RULES.md §1).' })
export class LksBerekeningInput {
  @Field(() => DecimalScalar, { nullable: true, description: 'Loonwaarde in % (0–100); leeg bij voorlopig.' }) @Allow() loonwaarde?: string | null;
  @Field(() => DecimalScalar) @Allow() urenPerWeek: string;
  @Field(() => Int, { nullable: true }) @Allow() leeftijd?: number | null;
  @Field(() => VoorlopigeLksInput, { nullable: true }) @Allow() voorlopig?: VoorlopigeLksInput | null;
  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD; standaard vandaag.' }) @Allow() peildatum?: string | null;
}
