import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Duurzaamheid van de plaatsingen die in de periode begonnen, voor één gemeente of in totaal.' })
export class DuurzaamheidRegel {
  @Field(() => ID, { nullable: true, description: 'Leeg in de totaalregel.' }) gemeenteId: string | null;
  @Field(() => String, { nullable: true }) gemeente: string | null;
  @Field(() => Int, { description: 'Plaatsingen met een startdatum in de periode.' }) geplaatst: number;
  @Field(() => Int, { description: 'Daarvan: 6 maanden na de start bereikt (op de peildatum).' }) zesMaandenBereikt: number;
  @Field(() => Int, { description: 'Daarvan: na 6 maanden gemeten.' }) zesMaandenGemeten: number;
  @Field(() => Int, { description: 'Daarvan: na 6 maanden nog aan het werk.' }) zesMaandenAanHetWerk: number;
  @Field(() => Int) twaalfMaandenBereikt: number;
  @Field(() => Int) twaalfMaandenGemeten: number;
  @Field(() => Int) twaalfMaandenAanHetWerk: number;
  @Field(() => Float, { nullable: true, description: 'Aan het werk na 6 maanden, in % van de gemeten plaatsingen.' }) percentageZesMaanden: number | null;
  @Field(() => Float, { nullable: true, description: 'Aan het werk na 12 maanden, in % van de gemeten plaatsingen.' }) percentageTwaalfMaanden: number | null;
}

@ObjectType({ description: 'Plaatsingen die in één kalendermaand van de periode begonnen.' })
export class DuurzaamheidMaand {
  @Field({ description: 'JJJJ-MM' }) maand: string;
  @Field(() => Int) geplaatst: number;
}

@ObjectType({ description: 'Duurzame uitstroom per gemeente: hoeveel geplaatsten na 6 en 12 maanden nog aan het werk zijn.' })
export class DuurzaamheidRapport {
  @Field() van: string;
  @Field() tot: string;
  @Field({ description: 'De datum waarop "bereikt" is bepaald (vandaag).' }) peildatum: string;
  @Field(() => [DuurzaamheidRegel]) gemeenten: DuurzaamheidRegel[];
  @Field(() => DuurzaamheidRegel) totaal: DuurzaamheidRegel;
  @Field(() => [DuurzaamheidMaand], { description: 'Per maand van de periode (ook maanden zonder plaatsing), oudste eerst.' })
  maanden: DuurzaamheidMaand[];
}
