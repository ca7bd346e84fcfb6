import { gql, type TypedDocumentNode } from '@apollo/client';
import { KAART, type KandidaatKaart } from './kandidaten';
import type { Instrument, PageInfo } from './types';
import { PAGE_INFO } from './paginering';

export interface FacetWaarde {
  waarde: string;
  aantal: number;
}

export interface ZoekFacetten {
  gemeente: FacetWaarde[] | null;
  instrument: FacetWaarde[] | null;
  rijbewijs: FacetWaarde[] | null;
  uren: FacetWaarde[] | null;
}

export interface KaartTreffer {
  cursor: string;
  afstandKm: number | null;
  markering: { titel: string | null; tekst: string | null };
  node: ({ __typename: 'KandidaatKaart' } & KandidaatKaart) | { __typename: 'Kandidaat'; id: string };
}

export interface KandidaatZoekResultaat {
  totalCount: number;
  pageInfo: PageInfo;
  edges: KaartTreffer[];
  facetten: ZoekFacetten;
}

export interface ZoekNabij {
  postcode: string;
  km: number;
}

export interface KandidaatZoekFilter {
  gemeente?: string[];
  instrument?: Instrument[];
  rijbewijs?: boolean;
}

/** Search for employers: only anonymised cards of available candidates come back. */
export const ZOEK_KANDIDAAT_KAARTEN: TypedDocumentNode<
  { zoekKandidaten: KandidaatZoekResultaat },
  { first: number; after?: string | null; zoekterm?: string; filter?: KandidaatZoekFilter; nabij?: ZoekNabij }
> = gql`
  query ZoekKandidaatKaarten(
    $first: Int!
    $after: String
    $zoekterm: String
    $filter: KandidaatZoekFilter
    $nabij: ZoekNabij
  ) {
    zoekKandidaten(first: $first, after: $after, zoekterm: $zoekterm, filter: $filter, nabij: $nabij) {
      totalCount
      pageInfo {
        ...PageInfoVelden
      }
      facetten {
        gemeente {
          waarde
          aantal
        }
        instrument {
          waarde
          aantal
        }
        rijbewijs {
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
          __typename
          ... on KandidaatKaart {
            ...KaartVelden
          }
          ... on Kandidaat {
            id
          }
        }
      }
    }
  }
  ${KAART}
  ${PAGE_INFO}
`;

export type ZoekIndexType = 'VACATURE' | 'KANDIDAAT' | 'WERKGEVER' | 'FUNCTIECREATIE';
export const ZOEK_INDEX_TYPES: ZoekIndexType[] = ['VACATURE', 'KANDIDAAT', 'WERKGEVER', 'FUNCTIECREATIE'];

export interface HerindexeerTaak {
  id: string;
  type: ZoekIndexType;
  status: string;
  verwerkt: number;
  geindexeerd: number;
  documentenPerSeconde: number | null;
  fout: string | null;
}

const TAAK = gql`
  fragment TaakVelden on HerindexeerTaak {
    id
    type
    status
    verwerkt
    geindexeerd
    documentenPerSeconde
    fout
  }
`;

export const REINDEX: TypedDocumentNode<{ reindex: HerindexeerTaak }, { type: ZoekIndexType }> = gql`
  mutation Reindex($type: ZoekIndexType!) {
    reindex(type: $type) {
      ...TaakVelden
    }
  }
  ${TAAK}
`;

export const REINDEX_TAAK: TypedDocumentNode<{ reindexTaak: HerindexeerTaak }, { id: string }> = gql`
  query ReindexTaak($id: ID!) {
    reindexTaak(id: $id) {
      ...TaakVelden
    }
  }
  ${TAAK}
`;
