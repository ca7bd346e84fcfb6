import { Field, ID, InputType } from '@nestjs/graphql';
import { DecimalScalar } from '@matchpunt/parameters';
import { Allow } from 'class-validator';
import { SroiInzetSoort, SroiStatus } from '../sroi.enums';

// Inputs carry only @Allow(): SroiService validates and names the field.

@InputType({ description: 'Een SROI-verplichting. Percentages 0–100.' })
export class SroiVerplichtingInput {
  @Field(() => ID, { description: 'De aanbestedende gemeente.' }) @Allow() gemeenteId: string;
  @Field(() => ID, { description: 'De opdrachtnemer.' }) @Allow() werkgeverId: string;
  @Field() @Allow() contractnaam: string;
  @Field(() => DecimalScalar, { description: 'Euro’s excl. btw.' }) @Allow() contractwaarde: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'In %; standaard uit de parameterset (5 %).' }) @Allow() sroiPercentage?: string | null;
  @Field({ description: 'JJJJ-MM-DD' }) @Allow() startDatum: string;
  @Field({ description: 'JJJJ-MM-DD, niet voor de startdatum.' }) @Allow() eindDatum: string;
  @Field(() => ID, { nullable: true, description: 'Standaard de accountmanager van de werkgever.' }) @Allow() accountmanagerId?: string | null;
}

@InputType({ description: 'SROI-inzet anders dan een gekoppelde Matchpunt-plaatsing (die gaat via bevestigSroiKoppeling).' })
export class SroiInzetInput {
  @Field(() => SroiInzetSoort) @Allow() soort: SroiInzetSoort;
  @Field(() => String, { nullable: true }) @Allow() omschrijving?: string | null;
  @Field(() => String, { nullable: true, description: 'PLAATSING: de code van het bouwblok (zie sroiModel).' }) @Allow() categorie?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'PLAATSING met jaarwaarde: uren per week.' }) @Allow() urenPerWeek?: string | null;
  @Field(() => String, { nullable: true, description: 'PLAATSING: JJJJ-MM-DD.' }) @Allow() startDatum?: string | null;
  @Field(() => String, { nullable: true, description: 'PLAATSING: (gepland) einde, JJJJ-MM-DD; leeg = loopt door.' }) @Allow() eindDatum?: string | null;
  @Field(() => [String], { nullable: true, description: 'PLAATSING: bonuscodes van het model.' }) @Allow() bonussen?: string[] | null;
  @Field(() => String, { nullable: true, description: 'INKOOP/VRIJWILLIGERSWERK: JJJJ-MM-DD.' }) @Allow() datum?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'INKOOP: factuurbedrag excl. btw.' }) @Allow() factuurbedragExclBtw?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'VRIJWILLIGERSWERK: uren.' }) @Allow() uren?: string | null;
}

@InputType()
export class SroiVerplichtingFilter {
  @Field(() => ID, { nullable: true, description: 'Werkgevers zien altijd alleen hun eigen verplichtingen.' }) @Allow() werkgeverId?: string | null;
  @Field(() => ID, { nullable: true }) @Allow() gemeenteId?: string | null;
  @Field(() => SroiStatus, { nullable: true }) @Allow() status?: SroiStatus | null;
  @Field(() => Boolean, { nullable: true, description: 'Alleen verplichtingen die u als accountmanager beheert.' }) @Allow() mijn?: boolean | null;
}
