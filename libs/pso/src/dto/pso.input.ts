import { Field, ID, InputType } from '@nestjs/graphql';
import { DecimalScalar } from '@matchpunt/parameters';
import { Allow } from 'class-validator';

// Inputs carry only @Allow(): PsoService validates and names the field.

@InputType()
export class PsoChecklistAntwoord {
  @Field() @Allow() code: string;
  @Field(() => Boolean, { nullable: true }) @Allow() voldaan: boolean | null;
}

@InputType({ description: 'Het personeelsbestand: totaal FTE en (optioneel) voltijduren en checklist.' })
export class PsoPersoneelsbestandInput {
  @Field(() => DecimalScalar, { description: 'Totaal FTE van de organisatie (minstens 2: daaronder kent de PSO geen normen).' }) @Allow() totaalFte: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Standaard uit de parameterset (36).' }) @Allow() voltijdUren?: string | null;
  @Field(() => [PsoChecklistAntwoord], { nullable: true }) @Allow() checklist?: PsoChecklistAntwoord[] | null;
}

@InputType({ description: 'Een medewerker uit de PSO-doelgroep.' })
export class PsoMedewerkerInput {
  @Field({ description: 'Een label, geen naam.' }) @Allow() omschrijving: string;
  @Field(() => DecimalScalar) @Allow() fte: string;
  @Field({ description: 'Code (zie psoCodes).' }) @Allow() uitgangspositie: string;
  @Field({ description: 'Code (zie psoCodes).' }) @Allow() contractType: string;
  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD; nodig bij een uitgangspositie die een beperkt aantal jaren telt.' }) @Allow() instroomDatum?: string | null;
  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD: laatste dag van de LKS; leeg = loopt nog.' }) @Allow() lksLooptTot?: string | null;
  @Field(() => ID, { nullable: true, description: 'Vervangt de automatische regel van deze Matchpunt-plaatsing.' }) @Allow() plaatsingId?: string | null;
}

@InputType({ description: 'Inkoop bij een PSO-gecertificeerde organisatie of SW-bedrijf.' })
export class PsoInkoopInput {
  @Field() @Allow() leverancier: string;
  @Field({ description: 'PSO_GECERTIFICEERD of SW_BEDRIJF.' }) @Allow() leverancierType: string;
  @Field(() => DecimalScalar, { description: 'Factuurbedrag excl. btw.' }) @Allow() factuurbedragExclBtw: string;
  @Field(() => DecimalScalar) @Allow() leverancierJaaromzet: string;
  @Field(() => DecimalScalar, { description: 'FTE uit de doelgroep bij de leverancier.' }) @Allow() leverancierDoelgroepFte: string;
}
