import { Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { MatchFactor } from '@matchpunt/domain';
import { Kandidaat, KandidaatKaart } from '@matchpunt/kandidaten';
import { Vacature } from '@matchpunt/vacatures';
import { ReactieReden } from '@matchpunt/voorstellen';
import { Werkgever } from '@matchpunt/werkgevers';
import { Allow } from 'class-validator';

/** The engine's factors as a GraphQL enum (the values are the domain's `MatchFactor`). */
export enum MatchFactorNaam {
  BEROEP = 'BEROEP',
  VAARDIGHEDEN = 'VAARDIGHEDEN',
  AFSTAND = 'AFSTAND',
  UREN = 'UREN',
  BESCHIKBAARHEID = 'BESCHIKBAARHEID',
  SECTOR = 'SECTOR',
  NEDERLANDS = 'NEDERLANDS',
  INSTRUMENTEN = 'INSTRUMENTEN',
  DOELGROEP = 'DOELGROEP',
  HISTORIE = 'HISTORIE',
}
const _alle: Record<MatchFactor, MatchFactorNaam> = MatchFactorNaam;
void _alle;

export enum MatchSoort {
  VACATURE = 'VACATURE',
  WERKGEVER = 'WERKGEVER',
}

registerEnumType(MatchFactorNaam, { name: 'MatchFactor', description: 'Een factor van de matchscore.' });
registerEnumType(MatchSoort, {
  name: 'MatchSoort',
  description: 'Waarmee de kandidaat gematcht is.',
  valuesMap: {
    VACATURE: { description: 'Een open vacature.' },
    WERKGEVER: { description: 'Een werkgever, ook zonder open vacature (aanbodgericht).' },
  },
});

@ObjectType('MatchFactorUitleg', { description: 'Eén factor van de score: punten en een korte Nederlandse zin.' })
export class MatchFactorUitlegType {
  @Field(() => MatchFactorNaam) factor: MatchFactorNaam;
  @Field(() => Float) punten: number;
  @Field(() => Float) maxPunten: number;
  @Field({ description: 'Bijv. "Woont 8 km van de vestiging in Tiel".' }) zin: string;
}

@ObjectType({ description: 'Een werkgever of open vacature voor een kandidaat, met score en uitleg.' })
export class MatchVoorKandidaat {
  @Field(() => MatchSoort) soort: MatchSoort;
  @Field(() => Float, { description: '0–100.' }) score: number;
  @Field(() => Werkgever) werkgever: Werkgever;
  @Field(() => Vacature, { nullable: true, description: 'Leeg bij een werkgever zonder vacature.' })
  vacature: Vacature | null;
  @Field(() => Float, { nullable: true, description: 'Afstand tot de vacature of de dichtstbijzijnde vestiging (km).' })
  afstandKm: number | null;
  @Field(() => [MatchFactorUitlegType]) factoren: MatchFactorUitlegType[];
}

@ObjectType({ description: 'Een kandidaat voor een vacature, met score en uitleg.' })
export class MatchVoorVacature {
  @Field(() => Float, { description: '0–100.' }) score: number;
  @Field(() => Kandidaat, {
    nullable: true,
    description: 'Alleen voor medewerkers; werkgevers krijgen null en gebruiken kaart.',
  })
  kandidaat: Kandidaat | null;
  @Field(() => KandidaatKaart, { description: 'De geanonimiseerde kaart.' }) kaart: KandidaatKaart;
  @Field(() => Float, { description: 'Afstand van de woonregio tot de vacature (km).' }) afstandKm: number;
  @Field(() => [MatchFactorUitlegType], {
    description: 'Voor werkgevers zonder zinnen die indicaties van de kandidaat prijsgeven.',
  })
  factoren: MatchFactorUitlegType[];
}

@ObjectType()
export class FactorGewicht {
  @Field(() => MatchFactorNaam) factor: MatchFactorNaam;
  @Field(() => Float, { description: 'Maximale punten; 0 zet de factor uit.' }) maxPunten: number;
}

@ObjectType({ description: 'Een factor die zwaarder weegt bij een werkgever die eerder om deze reden afwees.' })
export class ReactieVersterkingType {
  @Field(() => ReactieReden) reden: ReactieReden;
  @Field(() => MatchFactorNaam) factor: MatchFactorNaam;
  @Field(() => Float, { description: 'Vermenigvuldigt de maximale punten van de factor (1–10).' }) multiplier: number;
}

@ObjectType({ description: 'Alle getallen van de matchscore van deze organisatie.' })
export class MatchGewichten {
  @Field(() => [FactorGewicht], { description: 'Maximale punten per factor bij een vacature.' })
  vacatureFactoren: FactorGewicht[];
  @Field(() => [FactorGewicht], { description: 'Maximale punten per factor bij een werkgever zonder vacature.' })
  werkgeverFactoren: FactorGewicht[];
  @Field(() => Float, { description: 'Deel van de punten als gegevens van de kandidaat ontbreken (0–1).' })
  onbekendFractie: number;
  @Field(() => Float, { description: 'Deel voor een beroepswens in dezelfde beroepsgroep (0–1).' })
  beroepZelfdeBeroepsgroep: number;
  @Field(() => Float) vaardighedenVerplichtGewicht: number;
  @Field(() => Float) vaardighedenGewenstGewicht: number;
  @Field(() => Float, { description: '0–1' }) vaardighedenZelfdeBeroepsgroep: number;
  @Field(() => Float, { description: 'Volle punten tot deze afstand (km).' }) afstandVolledigTotKm: number;
  @Field(() => Float, { description: 'Uren verschil waarbij de urenpunten 0 worden.' }) urenTolerantieUren: number;
  @Field(() => Float, { description: 'Dagen dat een kandidaat na de startdatum beschikbaar mag komen.' })
  beschikbaarheidGraceDagen: number;
  @Field(() => Float, { description: 'Aftrek per taalniveau onder het minimum (0–1).' })
  nederlandsAftrekPerNiveau: number;
  @Field(() => Float, { description: 'Plaatsingen in de beroepsgroep voor volle historiepunten.' })
  historiePlaatsingenVoorVol: number;
  @Field(() => Float, { description: 'Aftrek per "geen plek"-reactie (0–1).' }) historieAftrekPerGeenPlek: number;
  @Field(() => [ReactieVersterkingType]) reactieVersterking: ReactieVersterkingType[];
}

@ObjectType({ description: 'De matchgewichten van de organisatie.' })
export class MatchConfigType {
  @Field(() => MatchGewichten) gewichten: MatchGewichten;
  @Field({ description: 'True: de standaardgewichten (nooit gewijzigd of hersteld).' }) standaard: boolean;
  @Field(() => Date, { nullable: true }) gewijzigdOp: Date | null;
  @Field(() => ID, { nullable: true }) gewijzigdDoor: string | null;
}

@InputType()
export class FactorGewichtInput {
  @Field(() => MatchFactorNaam) @Allow() factor: MatchFactorNaam;
  @Field(() => Float) @Allow() maxPunten: number;
}

@InputType()
export class ReactieVersterkingInput {
  @Field(() => ReactieReden) @Allow() reden: ReactieReden;
  @Field(() => MatchFactorNaam) @Allow() factor: MatchFactorNaam;
  @Field(() => Float) @Allow() multiplier: number;
}

// Only @Allow(): MatchConfigService validates the complete result (ranges, known factors, at least one factor with points).
@InputType({
  description:
    'Alleen de opgegeven gewichten veranderen; een factorlijst verandert alleen de genoemde factoren, reactieVersterking vervangt alle versterkingen.',
})
export class MatchGewichtenInput {
  @Field(() => [FactorGewichtInput], { nullable: true }) @Allow() vacatureFactoren?: FactorGewichtInput[];
  @Field(() => [FactorGewichtInput], { nullable: true }) @Allow() werkgeverFactoren?: FactorGewichtInput[];
  @Field(() => Float, { nullable: true }) @Allow() onbekendFractie?: number;
  @Field(() => Float, { nullable: true }) @Allow() beroepZelfdeBeroepsgroep?: number;
  @Field(() => Float, { nullable: true }) @Allow() vaardighedenVerplichtGewicht?: number;
  @Field(() => Float, { nullable: true }) @Allow() vaardighedenGewenstGewicht?: number;
  @Field(() => Float, { nullable: true }) @Allow() vaardighedenZelfdeBeroepsgroep?: number;
  @Field(() => Float, { nullable: true }) @Allow() afstandVolledigTotKm?: number;
  @Field(() => Float, { nullable: true }) @Allow() urenTolerantieUren?: number;
  @Field(() => Float, { nullable: true }) @Allow() beschikbaarheidGraceDagen?: number;
  @Field(() => Float, { nullable: true }) @Allow() nederlandsAftrekPerNiveau?: number;
  @Field(() => Float, { nullable: true }) @Allow() historiePlaatsingenVoorVol?: number;
  @Field(() => Float, { nullable: true }) @Allow() historieAftrekPerGeenPlek?: number;
  @Field(() => [ReactieVersterkingInput], { nullable: true }) @Allow() reactieVersterking?: ReactieVersterkingInput[];
}
