import { gql, type TypedDocumentNode } from '@apollo/client';
import { KAART, type KandidaatKaart } from './kandidaten';

export type SroiStatus = 'OP_SCHEMA' | 'ACHTER' | 'GEREALISEERD';
export type SroiInzetSoort = 'PLAATSING' | 'INKOOP' | 'VRIJWILLIGERSWERK';

/** Amounts are strings with two decimals ("60000.00"); percentages in % ("29.63"). */
export interface SroiVoortgang {
  peildatum: string;
  verplichting: string;
  gerealiseerd: string;
  voortgangPct: string | null;
  nogTeRealiseren: string;
  prognose: string;
  prognosePct: string | null;
  status: SroiStatus;
}

export interface SroiVerplichtingKort {
  id: string;
  contractnaam: string;
  startDatum: string;
  eindDatum: string;
  werkgever: { id: string; naam: string } | null;
  gemeente: { id: string; naam: string } | null;
  voortgang: SroiVoortgang;
}

export interface SroiInzet {
  id: string;
  soort: SroiInzetSoort;
  omschrijving: string;
  categorie: string | null;
  plaatsingId: string | null;
  urenPerWeek: string | null;
  startDatum: string | null;
  eindDatum: string | null;
  datum: string | null;
  factuurbedrag: string | null;
  uren: string | null;
}

export interface SroiInzetVoortgang {
  id: string;
  gerealiseerd: string;
  prognose: string;
  lopend: boolean;
  gecapt: boolean;
}

export interface SroiKoppelvoorstel {
  verplichtingId: string;
  plaatsingId: string;
  kandidaatId: string;
  type: string;
  startDatum: string;
  eindDatum: string | null;
  urenPerWeek: number;
}

export interface SroiVerplichting extends SroiVerplichtingKort {
  contractwaarde: string;
  sroiPercentage: string;
  statusSinds: string | null;
  inzet: SroiInzet[];
  voortgang: SroiVoortgang & { inzet: SroiInzetVoortgang[] };
  koppelvoorstellen: SroiKoppelvoorstel[];
}

const VOORTGANG = gql`
  fragment SroiVoortgangVelden on SroiVoortgang {
    peildatum
    verplichting
    gerealiseerd
    voortgangPct
    nogTeRealiseren
    prognose
    prognosePct
    status
  }
`;

const KOPPELVOORSTEL = gql`
  fragment SroiKoppelvoorstelVelden on SroiKoppelvoorstel {
    verplichtingId
    plaatsingId
    kandidaatId
    type
    startDatum
    eindDatum
    urenPerWeek
  }
`;

const VERPLICHTING_KORT = gql`
  fragment SroiVerplichtingKortVelden on SroiVerplichting {
    id
    contractnaam
    startDatum
    eindDatum
    werkgever {
      id
      naam
    }
    gemeente {
      id
      naam
    }
    voortgang {
      ...SroiVoortgangVelden
    }
  }
  ${VOORTGANG}
`;

export interface SroiVerplichtingFilter {
  werkgeverId?: string;
  status?: SroiStatus;
  /** Only the obligations the accountmanager manages. */
  mijn?: boolean;
}

export const SROI_VERPLICHTINGEN: TypedDocumentNode<
  { sroiVerplichtingen: SroiVerplichtingKort[] },
  { filter?: SroiVerplichtingFilter }
> = gql`
  query SroiVerplichtingen($filter: SroiVerplichtingFilter) {
    sroiVerplichtingen(filter: $filter) {
      ...SroiVerplichtingKortVelden
    }
  }
  ${VERPLICHTING_KORT}
`;

export const SROI_VERPLICHTING: TypedDocumentNode<{ sroiVerplichting: SroiVerplichting }, { id: string }> = gql`
  query SroiVerplichting($id: ID!) {
    sroiVerplichting(id: $id) {
      ...SroiVerplichtingKortVelden
      contractwaarde
      sroiPercentage
      statusSinds
      inzet {
        id
        soort
        omschrijving
        categorie
        plaatsingId
        urenPerWeek
        startDatum
        eindDatum
        datum
        factuurbedrag
        uren
      }
      voortgang {
        inzet {
          id
          gerealiseerd
          prognose
          lopend
          gecapt
        }
      }
      koppelvoorstellen {
        ...SroiKoppelvoorstelVelden
      }
    }
  }
  ${VERPLICHTING_KORT}
  ${KOPPELVOORSTEL}
`;

export interface SroiBouwblok {
  code: string;
  omschrijving: string;
  waardering: 'JAARWAARDE' | 'PER_MAAND' | 'PER_LEERWERKJAAR';
}

export const SROI_MODEL: TypedDocumentNode<
  { sroiModel: { parameterSetId: string; bouwblokken: SroiBouwblok[]; vrijwilligerswerkUurtarief: string | null } },
  { datum?: string }
> = gql`
  query SroiModel($datum: String) {
    sroiModel(datum: $datum) {
      parameterSetId
      bouwblokken {
        code
        omschrijving
        waardering
      }
      vrijwilligerswerkUurtarief
    }
  }
`;

export const SROI_KOPPELVOORSTELLEN: TypedDocumentNode<
  { sroiKoppelvoorstellen: SroiKoppelvoorstel[] },
  Record<string, never>
> = gql`
  query SroiKoppelvoorstellen {
    sroiKoppelvoorstellen {
      ...SroiKoppelvoorstelVelden
    }
  }
  ${KOPPELVOORSTEL}
`;

export interface SroiRapportageRegel {
  verplichtingId: string;
  werkgeverId: string;
  werkgever: string;
  contractnaam: string;
  verplichting: string;
  gerealiseerdInPeriode: string;
  gerealiseerdTotEinde: string;
  voortgangPct: string | null;
  prognose: string;
  status: SroiStatus;
}

export interface SroiRapportage {
  gemeente: string;
  van: string;
  tot: string;
  peildatum: string;
  regels: SroiRapportageRegel[];
  totaal: {
    aantal: number;
    verplichting: string;
    gerealiseerdInPeriode: string;
    gerealiseerdTotEinde: string;
    prognose: string;
    achter: number;
    opSchema: number;
    gerealiseerd: number;
  };
}

export interface SroiPeriode {
  gemeenteId: string;
  van: string;
  tot: string;
}

export const SROI_RAPPORTAGE: TypedDocumentNode<{ sroiRapportage: SroiRapportage }, SroiPeriode> = gql`
  query SroiRapportage($gemeenteId: ID!, $van: String!, $tot: String!) {
    sroiRapportage(gemeenteId: $gemeenteId, van: $van, tot: $tot) {
      gemeente
      van
      tot
      peildatum
      regels {
        verplichtingId
        werkgeverId
        werkgever
        contractnaam
        verplichting
        gerealiseerdInPeriode
        gerealiseerdTotEinde
        voortgangPct
        prognose
        status
      }
      totaal {
        aantal
        verplichting
        gerealiseerdInPeriode
        gerealiseerdTotEinde
        prognose
        achter
        opSchema
        gerealiseerd
      }
    }
  }
`;

export const SROI_RAPPORTAGE_CSV: TypedDocumentNode<{ sroiRapportageCsv: string }, SroiPeriode> = gql`
  query SroiRapportageCsv($gemeenteId: ID!, $van: String!, $tot: String!) {
    sroiRapportageCsv(gemeenteId: $gemeenteId, van: $van, tot: $tot)
  }
`;

export interface SroiVerplichtingInput {
  gemeenteId: string;
  werkgeverId: string;
  contractnaam: string;
  contractwaarde: string;
  sroiPercentage?: string;
  startDatum: string;
  eindDatum: string;
}

export const MAAK_SROI_VERPLICHTING: TypedDocumentNode<
  { maakSroiVerplichting: { id: string } },
  { input: SroiVerplichtingInput }
> = gql`
  mutation MaakSroiVerplichting($input: SroiVerplichtingInput!) {
    maakSroiVerplichting(input: $input) {
      id
    }
  }
`;

export interface SroiInzetInput {
  soort: SroiInzetSoort;
  omschrijving?: string;
  categorie?: string;
  urenPerWeek?: string;
  startDatum?: string;
  eindDatum?: string;
  datum?: string;
  factuurbedragExclBtw?: string;
  uren?: string;
}

export const VOEG_SROI_INZET_TOE: TypedDocumentNode<
  { voegSroiInzetToe: { id: string } },
  { verplichtingId: string; input: SroiInzetInput }
> = gql`
  mutation VoegSroiInzetToe($verplichtingId: ID!, $input: SroiInzetInput!) {
    voegSroiInzetToe(verplichtingId: $verplichtingId, input: $input) {
      id
    }
  }
`;

export const VERWIJDER_SROI_INZET: TypedDocumentNode<{ verwijderSroiInzet: boolean }, { id: string }> = gql`
  mutation VerwijderSroiInzet($id: ID!) {
    verwijderSroiInzet(id: $id)
  }
`;

export const BEVESTIG_SROI_KOPPELING: TypedDocumentNode<
  { bevestigSroiKoppeling: { id: string } },
  { verplichtingId: string; plaatsingId: string; categorie: string }
> = gql`
  mutation BevestigSroiKoppeling($verplichtingId: ID!, $plaatsingId: ID!, $categorie: String!) {
    bevestigSroiKoppeling(verplichtingId: $verplichtingId, plaatsingId: $plaatsingId, categorie: $categorie) {
      id
    }
  }
`;

export const WIJS_SROI_KOPPELING_AF: TypedDocumentNode<
  { wijsSroiKoppelingAf: boolean },
  { verplichtingId: string; plaatsingId: string }
> = gql`
  mutation WijsSroiKoppelingAf($verplichtingId: ID!, $plaatsingId: ID!) {
    wijsSroiKoppelingAf(verplichtingId: $verplichtingId, plaatsingId: $plaatsingId)
  }
`;

export const SROI_KANDIDAAT_SUGGESTIES: TypedDocumentNode<
  {
    sroiVerplichting: {
      id: string;
      kandidaatSuggesties: { nogTeRealiseren: string; beschikbaar: number; kaarten: KandidaatKaart[] };
    };
  },
  { id: string }
> = gql`
  query SroiKandidaatSuggesties($id: ID!) {
    sroiVerplichting(id: $id) {
      id
      kandidaatSuggesties(first: 3) {
        nogTeRealiseren
        beschikbaar
        kaarten {
          ...KaartVelden
        }
      }
    }
  }
  ${KAART}
`;
