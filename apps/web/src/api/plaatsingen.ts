import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection, PlaatsingType } from './types';
import { PAGE_INFO } from './paginering';

export type DuurzaamheidMoment = 'ZES_MAANDEN' | 'TWAALF_MAANDEN';

/** A plaatsing as staff see it in a list: with the candidate's code, never a name. */
export interface Plaatsing {
  id: string;
  type: PlaatsingType;
  startDatum: string;
  eindDatum: string | null;
  urenPerWeek: number;
  aanHetWerkNa6Maanden: boolean | null;
  gemeten6MaandenOp: string | null;
  aanHetWerkNa12Maanden: boolean | null;
  gemeten12MaandenOp: string | null;
  werkgever: { id: string; naam: string } | null;
  kandidaat: { id: string; code: string };
}

const PLAATSING = gql`
  fragment PlaatsingVelden on Plaatsing {
    id
    type
    startDatum
    eindDatum
    urenPerWeek
    aanHetWerkNa6Maanden
    gemeten6MaandenOp
    aanHetWerkNa12Maanden
    gemeten12MaandenOp
    werkgever {
      id
      naam
    }
    kandidaat {
      id
      code
    }
  }
`;

export interface PlaatsingFilter {
  kandidaatId?: string;
  werkgeverId?: string;
}

export const PLAATSINGEN: TypedDocumentNode<
  { plaatsingen: Connection<Plaatsing> },
  { first: number; after?: string | null; filter: PlaatsingFilter }
> = gql`
  query Plaatsingen($first: Int!, $after: String, $filter: PlaatsingFilter) {
    plaatsingen(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoVelden
      }
      edges {
        cursor
        node {
          ...PlaatsingVelden
        }
      }
    }
  }
  ${PLAATSING}
  ${PAGE_INFO}
`;

export interface PlaatsingInput {
  kandidaatId: string;
  werkgeverId: string;
  type: PlaatsingType;
  startDatum: string;
  eindDatum: string | null;
  urenPerWeek: number;
}

export const MAAK_PLAATSING: TypedDocumentNode<{ maakPlaatsing: Plaatsing }, { input: PlaatsingInput }> = gql`
  mutation MaakPlaatsing($input: PlaatsingInput!) {
    maakPlaatsing(input: $input) {
      ...PlaatsingVelden
    }
  }
  ${PLAATSING}
`;

export const REGISTREER_DUURZAAMHEID: TypedDocumentNode<
  { registreerDuurzaamheid: Plaatsing },
  { plaatsingId: string; moment: DuurzaamheidMoment; aanHetWerk: boolean; peildatum: string | null }
> = gql`
  mutation RegistreerDuurzaamheid(
    $plaatsingId: ID!
    $moment: DuurzaamheidMoment!
    $aanHetWerk: Boolean!
    $peildatum: String
  ) {
    registreerDuurzaamheid(plaatsingId: $plaatsingId, moment: $moment, aanHetWerk: $aanHetWerk, peildatum: $peildatum) {
      ...PlaatsingVelden
    }
  }
  ${PLAATSING}
`;
