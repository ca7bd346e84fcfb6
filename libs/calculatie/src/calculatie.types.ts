import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** Amounts are euros with two decimals ("816.20"), hours with two decimals, percentages 0–100. */
@ObjectType({ description: 'Per medewerker: loonkosten, LKS en uren per jaar.' })
export class CalculatieMedewerkerResultaat {
  @Field() loonkosten: string;
  @Field() lks: string;
  @Field({ description: 'De LKS is begrensd op het maximum (70 %).' }) lksGecapt: boolean;
  @Field() gewerkteUren: string;
  @Field() productieveUren: string;
}

@ObjectType({ description: 'Het geboden tarief van de werkgever naast de kostprijs: het verschil per uur en per jaar.' })
export class CalculatieGeboden {
  @Field({ description: 'Geboden tarief per gewerkt uur.' }) tarief: string;
  @Field({ description: 'Geboden tarief − kostprijs per gewerkt uur; negatief = onder de kostprijs.' }) verschilPerUur: string;
  @Field({ description: 'verschilPerUur × gewerkte uren per jaar.' }) verschilPerJaar: string;
  @Field() onderKostprijs: boolean;
  @Field(() => String, { nullable: true, description: 'Het tekort per uur (positief), als het tarief onder de kostprijs ligt.' }) tekortPerUur: string | null;
  @Field(() => String, { nullable: true, description: 'Het tekort per jaar (positief), als het tarief onder de kostprijs ligt.' }) tekortPerJaar: string | null;
  @Field({ description: 'In gewone woorden, bijv. "Het geboden tarief van € 19,50 ligt € 13,70 per uur onder de kostprijs …".' }) samenvatting: string;
}

@ObjectType({ description: 'De kostprijs van een groepsplaatsing (RULES.md §4), met de parameterset die gebruikt is.' })
export class CalculatieResultaat {
  @Field(() => ID) parameterSetId: string;
  @Field(() => Int) groepsgrootte: number;
  @Field({ description: 'Σ loonkosten per jaar.' }) loonkosten: string;
  @Field({ description: 'Σ loonkostensubsidie per jaar.' }) lks: string;
  @Field({ description: 'Praktijkbegeleider en productieleider per jaar.' }) begeleiding: string;
  @Field() overhead: string;
  @Field({ description: 'Reiskosten, materiaal en overige kosten per jaar.' }) overigeKosten: string;
  @Field() kostprijsPerJaar: string;
  @Field() kostprijsPerMedewerker: string;
  @Field() gewerkteUren: string;
  @Field() productieveUren: string;
  @Field() kostprijsPerGewerktUur: string;
  @Field(() => String, { nullable: true, description: 'Leeg als er geen productieve uren zijn (alle loonwaarden 0).' }) kostprijsPerProductiefUur: string | null;
  @Field({ description: 'Het tarief waarbij de kostprijs precies gedekt is (= kostprijs per gewerkt uur).' }) breakEvenTarief: string;
  @Field({ description: 'Kostprijs per gewerkt uur × (1 + risico) × (1 + marge).' }) tariefvoorstel: string;
  @Field(() => CalculatieGeboden, { nullable: true }) geboden: CalculatieGeboden | null;
  @Field(() => [CalculatieMedewerkerResultaat], { description: 'Per medewerker; leeg voor werkgevers (dat zou de loonwaarde prijsgeven).' })
  medewerkers: CalculatieMedewerkerResultaat[];
}

@ObjectType({ description: 'Waarom een variant niet te berekenen is.' })
export class CalculatieFout {
  @Field() code: string;
  @Field(() => String, { nullable: true }) veld: string | null;
  @Field() melding: string;
}

@ObjectType({ description: 'Een wat-als-variant naast de basisberekening.' })
export class CalculatieVariant {
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => Int, { nullable: true }) groepsgrootte: number | null;
  @Field(() => String, { nullable: true }) urenPerWeek: string | null;
  @Field(() => String, { nullable: true }) medewerkersPerBegeleider: string | null;
  @Field(() => CalculatieResultaat, { nullable: true }) resultaat: CalculatieResultaat | null;
  @Field(() => CalculatieFout, { nullable: true }) fout: CalculatieFout | null;
}

@ObjectType({ description: 'Een berekening met de varianten ernaast.' })
export class CalculatieBerekening {
  @Field({ description: 'De datum waarvoor de parameterset gekozen is.' }) peildatum: string;
  @Field(() => ID) parameterSetId: string;
  @Field(() => CalculatieResultaat) basis: CalculatieResultaat;
  @Field(() => [CalculatieVariant]) varianten: CalculatieVariant[];
}

// ---- the stored input, echoed back to staff -------------------------------------------------------------

@ObjectType('CalculatieVoorlopigeLks')
export class VoorlopigeLksInvoer {
  @Field() startDatum: string;
  @Field(() => String, { nullable: true }) eindDatum: string | null;
}

@ObjectType({ description: 'Eén medewerker zoals ingevoerd.' })
export class CalculatieMedewerkerInvoer {
  @Field() urenPerWeek: string;
  @Field(() => String, { nullable: true, description: 'Loonwaarde in %.' }) loonwaarde: string | null;
  @Field(() => String, { nullable: true, description: 'Leeg = het WML voor de leeftijd.' }) uurloon: string | null;
  @Field(() => Int, { nullable: true }) leeftijd: number | null;
  @Field() lks: boolean;
  @Field(() => VoorlopigeLksInvoer, { nullable: true }) voorlopigeLks: VoorlopigeLksInvoer | null;
}

@ObjectType({ description: 'De invoer van een calculatie zoals opgeslagen (percentages 0–100). Alleen voor medewerkers.' })
export class CalculatieInvoer {
  @Field() peildatum: string;
  @Field(() => [CalculatieMedewerkerInvoer]) medewerkers: CalculatieMedewerkerInvoer[];
  @Field(() => String, { nullable: true }) praktijkbegeleiderUrenPerWeek: string | null;
  @Field(() => String, { nullable: true }) medewerkersPerBegeleider: string | null;
  @Field() productieleiderUrenPerWeek: string;
  @Field(() => String, { nullable: true }) praktijkbegeleiderTarief: string | null;
  @Field(() => String, { nullable: true }) productieleiderTarief: string | null;
  @Field() reiskostenPerJaar: string;
  @Field() materiaalkostenPerJaar: string;
  @Field() overigeKostenPerJaar: string;
  @Field(() => String, { nullable: true }) overheadPct: string | null;
  @Field(() => String, { nullable: true }) risicoPct: string | null;
  @Field(() => String, { nullable: true }) margePct: string | null;
  @Field(() => String, { nullable: true }) gebodenTarief: string | null;
}
