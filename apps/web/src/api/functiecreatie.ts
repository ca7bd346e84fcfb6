import { gql, type TypedDocumentNode } from '@apollo/client';
import type { MatchFactorUitleg } from './matching';
import type { Contractvorm, PageInfo, VacatureStatus } from './types';
import type { FacetWaarde } from './zoeken';
import { PAGE_INFO } from './paginering';

export type FunctiecreatieStatus = 'VERKEND' | 'UITGEWERKT' | 'GEREALISEERD' | 'VERVALLEN';
export type Vaardigheidsniveau = 'INSTAP' | 'BASIS' | 'GEVORDERD';

export interface FunctiecreatieTaak {
  taak: string;
  urenPerWeek: number;
  vaardigheidsniveau: Vaardigheidsniveau;
}

export interface FunctiecreatieKans {
  id: string;
  titel: string;
  afdeling: string;
  beroep: string | null;
  omschrijving: string;
  status: FunctiecreatieStatus;
  statusSinds: string;
  urenMin: number;
  urenMax: number;
  vaardigheden: string[];
  taken: FunctiecreatieTaak[];
  vacatureId: string | null;
  werkgever: { id: string; naam: string } | null;
  vestiging: { id: string; naam: string; plaats: string; lat: number; lon: number } | null;
  koppelingen: { kandidaatId: string; voorstelId: string; gekoppeldOp: string }[];
}

const KANS = gql`
  fragment KansVelden on FunctiecreatieKans {
    id
    titel
    afdeling
    beroep
    omschrijving
    status
    statusSinds
    urenMin
    urenMax
    vaardigheden
    taken {
      taak
      urenPerWeek
      vaardigheidsniveau
    }
    vacatureId
    werkgever {
      id
      naam
    }
    vestiging {
      id
      naam
      plaats
      lat
      lon
    }
    koppelingen {
      kandidaatId
      voorstelId
      gekoppeldOp
    }
  }
`;

export interface KansTreffer {
  cursor: string;
  afstandKm: number | null;
  markering: { titel: string | null; tekst: string | null };
  node: FunctiecreatieKans;
}

export interface KansZoekResultaat {
  totalCount: number;
  pageInfo: PageInfo;
  edges: KansTreffer[];
  facetten: { status: FacetWaarde[] | null; gemeente: FacetWaarde[] | null; uren: FacetWaarde[] | null };
  /** Where and how far was searched (with a postcode), for the map. */
  centrum: { lat: number; lon: number; km: number } | null;
}

export interface KansZoekFilter {
  status?: FunctiecreatieStatus[];
  gemeente?: string[];
  uren?: string[];
}

export const ZOEK_KANSEN: TypedDocumentNode<
  { zoekFunctiecreatieKansen: KansZoekResultaat },
  {
    first: number;
    after?: string | null;
    tekst?: string;
    filters?: KansZoekFilter;
    nabij?: { postcode: string; km: number };
  }
> = gql`
  query ZoekKansen(
    $first: Int!
    $after: String
    $tekst: String
    $filters: FunctiecreatieZoekFilter
    $nabij: ZoekNabij
  ) {
    zoekFunctiecreatieKansen(first: $first, after: $after, tekst: $tekst, filters: $filters, nabij: $nabij) {
      totalCount
      pageInfo {
        ...PageInfoVelden
      }
      centrum {
        lat
        lon
        km
      }
      facetten {
        status {
          waarde
          aantal
        }
        gemeente {
          waarde
          aantal
        }
        uren {
          waarde
          aantal
        }
      }
      edges {
        cursor
        afstandKm
        markering {
          titel
          tekst
        }
        node {
          ...KansVelden
        }
      }
    }
  }
  ${KANS}
  ${PAGE_INFO}
`;

export const KANS_DETAIL: TypedDocumentNode<{ functiecreatieKans: FunctiecreatieKans }, { id: string }> = gql`
  query FunctiecreatieKans($id: ID!) {
    functiecreatieKans(id: $id) {
      ...KansVelden
    }
  }
  ${KANS}
`;

export interface KansMatch {
  score: number;
  afstandKm: number;
  gekoppeld: boolean;
  kandidaat: {
    id: string;
    code: string;
    beroepswensen: string[];
    urenMin: number;
    urenMax: number;
    /** Where the candidate lives, as a region (never the address). */
    regio: { lat: number; lon: number; plaats: string };
  };
  factoren: MatchFactorUitleg[];
}

export const KANDIDATEN_VOOR_KANS: TypedDocumentNode<
  { kandidatenVoorKans: KansMatch[] },
  { kansId: string; first?: number }
> = gql`
  query KandidatenVoorKans($kansId: ID!, $first: Int!) {
    kandidatenVoorKans(kansId: $kansId, first: $first) {
      score
      afstandKm
      gekoppeld
      kandidaat {
        id
        code
        beroepswensen
        urenMin
        urenMax
        regio {
          lat
          lon
          plaats
        }
      }
      factoren {
        factor
        punten
        maxPunten
        zin
      }
    }
  }
`;

export const KOPPEL_KANDIDAAT: TypedDocumentNode<
  { koppelKandidaatAanKans: { id: string } },
  { kansId: string; kandidaatId: string; notitie?: string }
> = gql`
  mutation KoppelKandidaatAanKans($kansId: ID!, $kandidaatId: ID!, $notitie: String) {
    koppelKandidaatAanKans(kansId: $kansId, kandidaatId: $kandidaatId, notitie: $notitie) {
      id
    }
  }
`;

export const WIJZIG_KANS_STATUS: TypedDocumentNode<
  { wijzigFunctiecreatieStatus: FunctiecreatieKans },
  { id: string; status: FunctiecreatieStatus }
> = gql`
  mutation WijzigFunctiecreatieStatus($id: ID!, $status: FunctiecreatieStatus!) {
    wijzigFunctiecreatieStatus(id: $id, status: $status) {
      ...KansVelden
    }
  }
  ${KANS}
`;

export const MAAK_VACATURE_VAN_KANS: TypedDocumentNode<
  { maakVacatureVanKans: { id: string; status: VacatureStatus } },
  { kansId: string; input: { contractvorm: Contractvorm; publiceer: boolean; startdatum?: string; titel?: string } }
> = gql`
  mutation MaakVacatureVanKans($kansId: ID!, $input: VacatureVanKansInput!) {
    maakVacatureVanKans(kansId: $kansId, input: $input) {
      id
      status
    }
  }
`;

/** VERKEND → UITGEWERKT → GEREALISEERD, or VERVALLEN (libs/functiecreatie). */
export const VOLGENDE_KANS_STATUS: Record<FunctiecreatieStatus, FunctiecreatieStatus[]> = {
  VERKEND: ['UITGEWERKT', 'VERVALLEN'],
  UITGEWERKT: ['GEREALISEERD', 'VERVALLEN'],
  GEREALISEERD: [],
  VERVALLEN: [],
};
