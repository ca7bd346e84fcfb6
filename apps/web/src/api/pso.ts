import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PsoTrede } from './types';

export type PsoLeverancierType = 'PSO_GECERTIFICEERD' | 'SW_BEDRIJF';

export interface PsoChecklistItem {
  code: string;
  omschrijving: string;
  voldaan: boolean | null;
}

export interface PsoGap {
  trede: number;
  normPct: string;
  /** Extra FTE from the target group (weight 1). */
  fte: string;
  kandidaten: number | null;
}

export interface PsoUitkomst {
  totaalFte: string;
  directFte: string;
  indirectFte: string;
  directPct: string;
  indirectPct: string;
  scorePct: string;
  dertigPlus: boolean;
  trede: PsoTrede | null;
  geschat: boolean;
  normen: { trede1Pct: string; trede2Pct: string; trede3Pct: string };
  volgendeTrede: PsoGap | null;
  kandidaatUrenPerWeek: string | null;
  medewerkers: { omschrijving: string; bron: string; gewogenFte: string; telt: boolean; reden: string | null }[];
}

export interface PsoPositie {
  werkgeverId: string;
  peildatum: string;
  berekendOp: string;
  fout: string | null;
  uitkomst: PsoUitkomst | null;
}

export const PSO_POSITIE: TypedDocumentNode<{ psoPositie: PsoPositie | null }, { werkgeverId: string }> = gql`
  query PsoPositie($werkgeverId: ID!) {
    psoPositie(werkgeverId: $werkgeverId) {
      werkgeverId
      peildatum
      berekendOp
      fout
      uitkomst {
        totaalFte
        directFte
        indirectFte
        directPct
        indirectPct
        scorePct
        dertigPlus
        trede
        geschat
        normen {
          trede1Pct
          trede2Pct
          trede3Pct
        }
        volgendeTrede {
          trede
          normPct
          fte
          kandidaten
        }
        kandidaatUrenPerWeek
        medewerkers {
          omschrijving
          bron
          gewogenFte
          telt
          reden
        }
      }
    }
  }
`;

export interface PsoMedewerker {
  id: string;
  omschrijving: string;
  fte: string;
  uitgangspositie: string;
  contractType: string;
  instroomDatum: string | null;
  lksLooptTot: string | null;
}

export interface PsoInkoop {
  id: string;
  leverancier: string;
  leverancierType: PsoLeverancierType;
  factuurbedrag: string;
  leverancierJaaromzet: string;
  leverancierDoelgroepFte: string;
}

export interface PsoPersoneelsbestand {
  werkgeverId: string;
  totaalFte: string;
  voltijdUren: string;
  gewijzigdOp: string;
  medewerkers: PsoMedewerker[];
  inkopen: PsoInkoop[];
  plaatsingen: { plaatsingId: string; type: string; startDatum: string; fte: string; vervangenDoor: string | null }[];
  checklist: PsoChecklistItem[];
}

const BESTAND = gql`
  fragment PsoBestandVelden on PsoPersoneelsbestand {
    werkgeverId
    totaalFte
    voltijdUren
    gewijzigdOp
    medewerkers {
      id
      omschrijving
      fte
      uitgangspositie
      contractType
      instroomDatum
      lksLooptTot
    }
    inkopen {
      id
      leverancier
      leverancierType
      factuurbedrag
      leverancierJaaromzet
      leverancierDoelgroepFte
    }
    plaatsingen {
      plaatsingId
      type
      startDatum
      fte
      vervangenDoor
    }
    checklist {
      code
      omschrijving
      voldaan
    }
  }
`;

export const PSO_PERSONEELSBESTAND: TypedDocumentNode<
  { psoPersoneelsbestand: PsoPersoneelsbestand | null },
  { werkgeverId: string }
> = gql`
  query PsoPersoneelsbestand($werkgeverId: ID!) {
    psoPersoneelsbestand(werkgeverId: $werkgeverId) {
      ...PsoBestandVelden
    }
  }
  ${BESTAND}
`;

export interface PsoCode {
  code: string;
  omschrijving: string;
  gewicht: string;
}

export const PSO_CODES: TypedDocumentNode<
  { psoCodes: { uitgangsposities: PsoCode[]; contractTypes: PsoCode[] } },
  Record<string, never>
> = gql`
  query PsoCodes {
    psoCodes {
      uitgangsposities {
        code
        omschrijving
        gewicht
      }
      contractTypes {
        code
        omschrijving
        gewicht
      }
    }
  }
`;

export interface PsoPersoneelsbestandInput {
  totaalFte: string;
  voltijdUren?: string;
  checklist?: { code: string; voldaan: boolean | null }[];
}

export const STEL_PSO_PERSONEELSBESTAND_IN: TypedDocumentNode<
  { stelPsoPersoneelsbestandIn: PsoPersoneelsbestand },
  { werkgeverId: string; input: PsoPersoneelsbestandInput }
> = gql`
  mutation StelPsoPersoneelsbestandIn($werkgeverId: ID!, $input: PsoPersoneelsbestandInput!) {
    stelPsoPersoneelsbestandIn(werkgeverId: $werkgeverId, input: $input) {
      ...PsoBestandVelden
    }
  }
  ${BESTAND}
`;

export interface PsoMedewerkerInput {
  omschrijving: string;
  fte: string;
  uitgangspositie: string;
  contractType: string;
  instroomDatum?: string;
  lksLooptTot?: string;
}

export const VOEG_PSO_MEDEWERKER_TOE: TypedDocumentNode<
  { voegPsoMedewerkerToe: { id: string } },
  { werkgeverId: string; input: PsoMedewerkerInput }
> = gql`
  mutation VoegPsoMedewerkerToe($werkgeverId: ID!, $input: PsoMedewerkerInput!) {
    voegPsoMedewerkerToe(werkgeverId: $werkgeverId, input: $input) {
      id
    }
  }
`;

export const VERWIJDER_PSO_MEDEWERKER: TypedDocumentNode<{ verwijderPsoMedewerker: boolean }, { id: string }> = gql`
  mutation VerwijderPsoMedewerker($id: ID!) {
    verwijderPsoMedewerker(id: $id)
  }
`;

export interface PsoInkoopInput {
  leverancier: string;
  leverancierType: string;
  factuurbedragExclBtw: string;
  leverancierJaaromzet: string;
  leverancierDoelgroepFte: string;
}

export const VOEG_PSO_INKOOP_TOE: TypedDocumentNode<
  { voegPsoInkoopToe: { id: string } },
  { werkgeverId: string; input: PsoInkoopInput }
> = gql`
  mutation VoegPsoInkoopToe($werkgeverId: ID!, $input: PsoInkoopInput!) {
    voegPsoInkoopToe(werkgeverId: $werkgeverId, input: $input) {
      id
    }
  }
`;

export const VERWIJDER_PSO_INKOOP: TypedDocumentNode<{ verwijderPsoInkoop: boolean }, { id: string }> = gql`
  mutation VerwijderPsoInkoop($id: ID!) {
    verwijderPsoInkoop(id: $id)
  }
`;
