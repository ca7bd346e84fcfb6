import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection } from './types';

/**
 * The anonymised card of a candidate, as employers see it. The portal never asks for `identiteit`
 * on a card: names and contact details reach an employer only through the accountmanager.
 */
export interface KandidaatKaart {
  id: string;
  code: string;
  leeftijdsband: string;
  regio: string;
  beschikbaarheid: string;
  urenMin: number;
  urenMax: number;
  rijbewijs: boolean;
  beroepswensen: string[];
  vaardigheden: string[];
  instrumenten: string[];
  pitch: string;
}

export const KAART = gql`
  fragment KaartVelden on KandidaatKaart {
    id
    code
    leeftijdsband
    regio
    beschikbaarheid
    urenMin
    urenMax
    rijbewijs
    beroepswensen
    vaardigheden
    instrumenten
    pitch
  }
`;

export interface KaartFilter {
  gemeenteId?: string;
  rijbewijs?: boolean;
  urenMin?: number;
}

export const KANDIDAAT_KAARTEN: TypedDocumentNode<{ kandidaatKaarten: Connection<KandidaatKaart> }, { first: number; after?: string | null; filter?: KaartFilter }> = gql`
  query KandidaatKaarten($first: Int!, $after: String, $filter: KaartFilter) {
    kandidaatKaarten(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...KaartVelden
        }
      }
    }
  }
  ${KAART}
`;

export const KANDIDAAT_KAART: TypedDocumentNode<{ kandidaatKaart: KandidaatKaart }, { id: string }> = gql`
  query KandidaatKaart($id: ID!) {
    kandidaatKaart(id: $id) {
      ...KaartVelden
    }
  }
  ${KAART}
`;
