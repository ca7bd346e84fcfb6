import { gql, type TypedDocumentNode } from '@apollo/client';
import { KAART, type KandidaatKaart } from './kandidaten';
import type { Connection, Medewerker, PlaatsingType, ReactieReden, VoorstelReactie, VoorstelStatus } from './types';
import { PAGE_INFO } from './paginering';

export interface Voorstel {
  id: string;
  status: VoorstelStatus;
  voorgesteldOp: string;
  statusSinds: string;
  dagenInFase: number;
  notitie: string;
  reactie: VoorstelReactie | null;
  reactieReden: ReactieReden | null;
  reactieToelichting: string | null;
  gereageerdOp: string | null;
  accountmanager: Medewerker | null;
  vacature: { id: string; titel: string } | null;
  kaart: KandidaatKaart;
}

const VOORSTEL = gql`
  fragment VoorstelVelden on Voorstel {
    id
    status
    voorgesteldOp
    statusSinds
    dagenInFase
    notitie
    reactie
    reactieReden
    reactieToelichting
    gereageerdOp
    accountmanager {
      id
      naam
      email
    }
    vacature {
      id
      titel
    }
    kaart {
      ...KaartVelden
    }
  }
  ${KAART}
`;

/** The werkgever's inbox. */
export const MIJN_VOORSTELLEN: TypedDocumentNode<
  { mijnVoorstellen: Connection<Voorstel> },
  { first: number; after?: string | null; status?: VoorstelStatus[] }
> = gql`
  query MijnVoorstellen($first: Int!, $after: String, $status: [VoorstelStatus!]) {
    mijnVoorstellen(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        ...PageInfoVelden
      }
      edges {
        cursor
        node {
          ...VoorstelVelden
        }
      }
    }
  }
  ${VOORSTEL}
  ${PAGE_INFO}
`;

export const VOORSTEL_DETAIL: TypedDocumentNode<{ voorstel: Voorstel }, { id: string }> = gql`
  query Voorstel($id: ID!) {
    voorstel(id: $id) {
      ...VoorstelVelden
    }
  }
  ${VOORSTEL}
`;

export const OPEN_VOORSTEL: TypedDocumentNode<{ openVoorstel: Voorstel }, { id: string }> = gql`
  mutation OpenVoorstel($id: ID!) {
    openVoorstel(id: $id) {
      ...VoorstelVelden
    }
  }
  ${VOORSTEL}
`;

export const REAGEER_OP_VOORSTEL: TypedDocumentNode<
  { reageerOpVoorstel: Voorstel },
  { id: string; reactie: VoorstelReactie; reden?: ReactieReden; toelichting?: string }
> = gql`
  mutation ReageerOpVoorstel($id: ID!, $reactie: VoorstelReactie!, $reden: ReactieReden, $toelichting: String) {
    reageerOpVoorstel(id: $id, reactie: $reactie, reden: $reden, toelichting: $toelichting) {
      ...VoorstelVelden
    }
  }
  ${VOORSTEL}
`;

export interface PipelineKaart {
  dagenInFase: number;
  voorstel: {
    id: string;
    status: VoorstelStatus;
    werkgever: { id: string; naam: string } | null;
    vacature: { id: string; titel: string } | null;
    kaart: { id: string; code: string };
  };
}

export interface Pipeline {
  accountmanagerId: string;
  kolommen: { fase: VoorstelStatus; aantal: number; kaarten: PipelineKaart[] }[];
}

export const PIPELINE: TypedDocumentNode<{ pipeline: Pipeline }, { perKolom?: number }> = gql`
  query Pipeline($perKolom: Int!) {
    pipeline(perKolom: $perKolom) {
      accountmanagerId
      kolommen {
        fase
        aantal
        kaarten {
          dagenInFase
          voorstel {
            id
            status
            werkgever {
              id
              naam
            }
            vacature {
              id
              titel
            }
            kaart {
              id
              code
            }
          }
        }
      }
    }
  }
`;

export interface PlaatsingGegevens {
  type: PlaatsingType;
  startDatum: string;
  eindDatum?: string | null;
  urenPerWeek: number;
}

export const WIJZIG_VOORSTEL_FASE: TypedDocumentNode<
  { wijzigVoorstelFase: { id: string; status: VoorstelStatus } },
  { id: string; naar: VoorstelStatus }
> = gql`
  mutation WijzigVoorstelFase($id: ID!, $naar: VoorstelStatus!) {
    wijzigVoorstelFase(id: $id, naar: $naar) {
      id
      status
    }
  }
`;

export const PLAATS_VOORSTEL: TypedDocumentNode<
  { wijzigVoorstelFase: { id: string; status: VoorstelStatus } },
  { id: string; plaatsing: PlaatsingGegevens }
> = gql`
  mutation PlaatsVoorstel($id: ID!, $plaatsing: VoorstelPlaatsingInput!) {
    wijzigVoorstelFase(id: $id, naar: GEPLAATST, plaatsing: $plaatsing) {
      id
      status
    }
  }
`;

/**
 * Which stage may follow which (a copy of libs/domain PIPELINE's table, for the board's drop targets;
 * the API checks every move itself and answers CONFLICT with the allowed stages).
 */
export const VOLGENDE_FASEN: Record<VoorstelStatus, readonly VoorstelStatus[]> = {
  VOORGESTELD: ['BEKEKEN', 'AFGEWEZEN', 'INGETROKKEN'],
  BEKEKEN: ['INTERESSE', 'AFGEWEZEN', 'INGETROKKEN'],
  INTERESSE: ['KENNISMAKING', 'AFGEWEZEN', 'INGETROKKEN'],
  KENNISMAKING: ['PROEFPLAATSING', 'GEPLAATST', 'AFGEWEZEN', 'INGETROKKEN'],
  PROEFPLAATSING: ['GEPLAATST', 'AFGEWEZEN', 'INGETROKKEN'],
  GEPLAATST: [],
  AFGEWEZEN: [],
  INGETROKKEN: [],
};

/** Proposals waiting for the employer. */
export const WACHT_OP_REACTIE: VoorstelStatus[] = ['VOORGESTELD', 'BEKEKEN'];

export interface VoorstelRij {
  id: string;
  status: VoorstelStatus;
  voorgesteldOp: string;
  werkgever: { id: string; naam: string } | null;
  vacature: { id: string; titel: string } | null;
  reactie: VoorstelReactie | null;
}

export const VOORSTELLEN_VAN_KANDIDAAT: TypedDocumentNode<
  { voorstellen: Connection<VoorstelRij> },
  { kandidaatId: string }
> = gql`
  query VoorstellenVanKandidaat($kandidaatId: ID!) {
    voorstellen(first: 100, filter: { kandidaatId: $kandidaatId }) {
      totalCount
      pageInfo {
        ...PageInfoVelden
      }
      edges {
        cursor
        node {
          id
          status
          voorgesteldOp
          reactie
          werkgever {
            id
            naam
          }
          vacature {
            id
            titel
          }
        }
      }
    }
  }
  ${PAGE_INFO}
`;

export const STEL_KANDIDAAT_VOOR: TypedDocumentNode<
  { stelKandidaatVoor: { id: string; werkgeverId: string }[] },
  { kandidaatId: string; werkgeverIds: string[]; notitie: string; vacatureId?: string }
> = gql`
  mutation StelKandidaatVoor($kandidaatId: ID!, $werkgeverIds: [ID!]!, $notitie: String!, $vacatureId: ID) {
    stelKandidaatVoor(
      kandidaatId: $kandidaatId
      werkgeverIds: $werkgeverIds
      notitie: $notitie
      vacatureId: $vacatureId
    ) {
      id
      werkgeverId
    }
  }
`;
