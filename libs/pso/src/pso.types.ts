import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PsoTrede } from '@matchpunt/werkgevers';
import { PsoInkoop, PsoMedewerker } from './pso.entities';

@ObjectType({ description: 'Een kwalitatieve eis van de PSO (buiten de score).' })
export class PsoChecklistItem {
  @Field() code: string;
  @Field() omschrijving: string;
  @Field(() => Boolean, { nullable: true, description: 'Leeg = nog niet beantwoord.' }) voldaan: boolean | null;
}

@ObjectType({ description: 'Een lopende Matchpunt-plaatsing bij de werkgever, zoals die in de PSO telt.' })
export class PsoPlaatsingRegel {
  @Field(() => ID) plaatsingId: string;
  @Field() type: string;
  @Field() startDatum: string;
  @Field(() => String, { nullable: true }) eindDatum: string | null;
  @Field(() => Int) urenPerWeek: number;
  @Field({ description: 'Uren / voltijduren.' }) fte: string;
  @Field() uitgangspositie: string;
  @Field() contractType: string;
  @Field(() => ID, { nullable: true, description: 'Vervangen door deze handmatige regel.' }) vervangenDoor: string | null;
}

@ObjectType({ description: 'Het personeelsbestand van een werkgever voor de PSO.' })
export class PsoPersoneelsbestand {
  @Field(() => ID) werkgeverId: string;
  @Field({ description: 'Totaal FTE van de organisatie in het peiljaar.' }) totaalFte: string;
  @Field({ description: 'Uren van een voltijdbaan (voor FTE van plaatsingen en kandidaten).' }) voltijdUren: string;
  @Field(() => [PsoMedewerker]) medewerkers: PsoMedewerker[];
  @Field(() => [PsoInkoop]) inkopen: PsoInkoop[];
  @Field(() => [PsoPlaatsingRegel], { description: 'Lopende Matchpunt-plaatsingen; tellen automatisch mee.' }) plaatsingen: PsoPlaatsingRegel[];
  @Field(() => [PsoChecklistItem]) checklist: PsoChecklistItem[];
  @Field() gewijzigdOp: Date;
}

@ObjectType({ description: 'Het tekort tot een trede.' })
export class PsoGapWeergave {
  @Field(() => Int) trede: number;
  @Field({ description: 'Norm in %.' }) normPct: string;
  @Field({ description: 'Extra FTE uit de doelgroep (gewicht 1), afgerond op 0,01.' }) fte: string;
  @Field(() => Int, { nullable: true, description: 'Zoveel kandidaten van het gevraagde aantal uren.' }) kandidaten: number | null;
}

@ObjectType()
export class PsoNormenWeergave {
  @Field() trede1Pct: string;
  @Field() trede2Pct: string;
  @Field() trede3Pct: string;
  @Field({ description: 'Geïnterpoleerd tussen gepubliceerde rijen.' }) geschat: boolean;
  @Field(() => [Int]) rijen: number[];
}

@ObjectType({ description: 'Hoe een medewerker (handmatig of via een plaatsing) meetelt.' })
export class PsoMedewerkerTelling {
  @Field() omschrijving: string;
  @Field({ description: 'HANDMATIG of PLAATSING.' }) bron: string;
  @Field() gewogenFte: string;
  @Field() telt: boolean;
  @Field(() => String, { nullable: true }) reden: string | null;
}

@ObjectType({ description: 'PSO-score en trede (RULES.md §3): een schatting van Matchpunt; MijnPSO is leidend.' })
export class PsoUitkomst {
  @Field(() => ID) parameterSetId: string;
  @Field({ description: 'MATCHPUNT_SCHATTING' }) bron: string;
  @Field() totaalFte: string;
  @Field() directFte: string;
  @Field() indirectFte: string;
  @Field() directPct: string;
  @Field() indirectPct: string;
  @Field() scorePct: string;
  @Field({ description: 'Directe bijdrage ≥ 30 % (Aanbestedingswet art. 2.82).' }) dertigPlus: boolean;
  @Field(() => PsoNormenWeergave) normen: PsoNormenWeergave;
  @Field(() => PsoTrede, { nullable: true, description: 'Leeg zonder score; ASPIRANT onder trede 1.' }) trede: PsoTrede | null;
  @Field({ description: 'De trede is een schatting (normen geïnterpoleerd).' }) geschat: boolean;
  @Field(() => PsoGapWeergave, { nullable: true }) volgendeTrede: PsoGapWeergave | null;
  @Field(() => [PsoGapWeergave]) gaps: PsoGapWeergave[];
  @Field(() => String, { nullable: true }) kandidaatUrenPerWeek: string | null;
  @Field(() => [PsoMedewerkerTelling]) medewerkers: PsoMedewerkerTelling[];
}

@ObjectType({ description: 'De PSO-positie van een werkgever zoals laatst berekend (na elke wijziging, op de achtergrond).' })
export class PsoPositie {
  @Field(() => ID) werkgeverId: string;
  @Field() peildatum: string;
  @Field() berekendOp: Date;
  @Field(() => PsoUitkomst, { nullable: true, description: 'Leeg als de invoer niet klopt; zie fout.' }) uitkomst: PsoUitkomst | null;
  @Field(() => String, { nullable: true }) fout: string | null;
  @Field(() => [PsoChecklistItem]) checklist: PsoChecklistItem[];
}

@ObjectType({ description: 'Een code uit de parameterset met haar gewicht.' })
export class PsoCode {
  @Field() code: string;
  @Field() omschrijving: string;
  @Field() gewicht: string;
}

@ObjectType({ description: 'De codes voor uitgangspositie en contracttype die op een datum gelden.' })
export class PsoCodes {
  @Field(() => ID) parameterSetId: string;
  @Field(() => [PsoCode]) uitgangsposities: PsoCode[];
  @Field(() => [PsoCode]) contractTypes: PsoCode[];
}
