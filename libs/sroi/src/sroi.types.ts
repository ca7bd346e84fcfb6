import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Kandidaat, KandidaatKaart } from '@matchpunt/kandidaten';
import { SroiInzetSoort, SroiStatus } from './sroi.enums';

@ObjectType({ description: 'Wat één inzet bijdraagt op de peildatum.' })
export class SroiInzetVoortgang {
  @Field(() => ID) id: string;
  @Field(() => SroiInzetSoort) soort: SroiInzetSoort;
  @Field(() => String, { nullable: true }) categorie: string | null;
  @Field(() => String, { nullable: true, description: 'Gewerkte maanden binnen de contractperiode tot de peildatum.' }) maandenGewerkt: string | null;
  @Field(() => String, { nullable: true, description: 'Na de maximale duur van het bouwblok.' }) geteldeMaanden: string | null;
  @Field() gerealiseerd: string;
  @Field({ description: 'Loopt nog op de peildatum.' }) lopend: boolean;
  @Field(() => String, { nullable: true }) prognoseMaanden: string | null;
  @Field() prognose: string;
  @Field() nogTeVerwachten: string;
  @Field({ description: 'De maximale duur van het bouwblok beperkt de maanden.' }) gecapt: boolean;
}

@ObjectType({ description: 'Voortgang van een SROI-verplichting op een peildatum (RULES.md §2).' })
export class SroiVoortgang {
  @Field(() => ID) parameterSetId: string;
  @Field() peildatum: string;
  @Field() verplichting: string;
  @Field() gerealiseerd: string;
  @Field(() => String, { nullable: true, description: 'Gerealiseerd in % van de verplichting.' }) voortgangPct: string | null;
  @Field() nogTeRealiseren: string;
  @Field({ description: 'Gerealiseerd plus wat lopende inzet nog oplevert tot het geplande einde.' }) prognose: string;
  @Field(() => String, { nullable: true }) prognosePct: string | null;
  @Field(() => SroiStatus) status: SroiStatus;
  @Field(() => [SroiInzetVoortgang]) inzet: SroiInzetVoortgang[];
}

@ObjectType({ description: 'Een plaatsing bij de opdrachtnemer die voor deze verplichting kan tellen; een medewerker bevestigt de koppeling.' })
export class SroiKoppelvoorstel {
  @Field(() => ID) verplichtingId: string;
  @Field(() => ID) plaatsingId: string;
  @Field() type: string;
  @Field() startDatum: string;
  @Field(() => String, { nullable: true }) eindDatum: string | null;
  @Field(() => Int) urenPerWeek: number;
  @Field(() => ID) kandidaatId: string;
}

@ObjectType({ description: 'Beschikbare kandidaten in de gemeente van de aanbesteding, om het tekort te dichten.' })
export class SroiKandidaatSuggesties {
  @Field({ description: 'Wat er nog gerealiseerd moet worden (euro’s).' }) nogTeRealiseren: string;
  @Field(() => Int, { description: 'Beschikbare kandidaten in de gemeente.' }) beschikbaar: number;
  @Field(() => [KandidaatKaart], { description: 'Geanonimiseerd, langst beschikbaar eerst.' }) kaarten: KandidaatKaart[];
  @Field(() => [Kandidaat], { nullable: true, description: 'Dezelfde kandidaten in de medewerkersweergave; leeg voor werkgevers.' }) kandidaten: Kandidaat[] | null;
}

@ObjectType({ description: 'Een bouwblok uit de parameterset.' })
export class SroiBouwblokWeergave {
  @Field() code: string;
  @Field() omschrijving: string;
  @Field({ description: 'JAARWAARDE, PER_MAAND of PER_LEERWERKJAAR.' }) waardering: string;
  @Field() waarde: string;
  @Field(() => Int, { nullable: true }) maxDuurMaanden: number | null;
}

@ObjectType({ description: 'De bouwblokken en bonussen van het SROI-model dat op een datum geldt.' })
export class SroiModel {
  @Field(() => ID) parameterSetId: string;
  @Field() model: string;
  @Field({ description: 'Standaard SROI-percentage.' }) standaardPercentage: string;
  @Field() voltijdUren: string;
  @Field(() => [SroiBouwblokWeergave]) bouwblokken: SroiBouwblokWeergave[];
  @Field(() => [String]) bonussen: string[];
  @Field(() => String, { nullable: true }) vrijwilligerswerkUurtarief: string | null;
}

@ObjectType({ description: 'Eén verplichting in een rapportage.' })
export class SroiRapportageRegel {
  @Field(() => ID) verplichtingId: string;
  @Field(() => ID) werkgeverId: string;
  @Field() werkgever: string;
  @Field() contractnaam: string;
  @Field() startDatum: string;
  @Field() eindDatum: string;
  @Field() contractwaarde: string;
  @Field({ description: 'In %.' }) sroiPercentage: string;
  @Field() verplichting: string;
  @Field({ description: 'Gerealiseerd binnen de rapportageperiode.' }) gerealiseerdInPeriode: string;
  @Field({ description: 'Gerealiseerd vanaf de start van het contract tot het einde van de periode.' }) gerealiseerdTotEinde: string;
  @Field(() => String, { nullable: true }) voortgangPct: string | null;
  @Field() prognose: string;
  @Field(() => SroiStatus) status: SroiStatus;
  @Field(() => ID) parameterSetId: string;
}

@ObjectType()
export class SroiRapportageTotaal {
  @Field(() => Int) aantal: number;
  @Field() verplichting: string;
  @Field() gerealiseerdInPeriode: string;
  @Field() gerealiseerdTotEinde: string;
  @Field() prognose: string;
  @Field(() => Int) achter: number;
  @Field(() => Int) opSchema: number;
  @Field(() => Int) gerealiseerd: number;
}

@ObjectType({ description: 'SROI per gemeente en periode: de verplichtingen van aanbestedingen van die gemeente die in de periode liepen.' })
export class SroiRapportage {
  @Field(() => ID) gemeenteId: string;
  @Field() gemeente: string;
  @Field() van: string;
  @Field() tot: string;
  @Field({ description: 'Stand op deze datum (het einde van de periode, of vandaag als dat eerder is).' }) peildatum: string;
  @Field(() => [SroiRapportageRegel]) regels: SroiRapportageRegel[];
  @Field(() => SroiRapportageTotaal) totaal: SroiRapportageTotaal;
}
