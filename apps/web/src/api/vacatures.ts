import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection, Contractvorm, Doelgroep, Instrument, NederlandsNiveau, VacatureStatus } from './types';
import { PAGE_INFO } from './paginering';

export interface VacatureKort {
  id: string;
  titel: string;
  status: VacatureStatus;
  contractvorm: Contractvorm;
  urenMin: number;
  urenMax: number;
  startdatum: string | null;
  functiecreatie: boolean;
  updatedAt: string;
  werkgever: { id: string; naam: string } | null;
  vestiging: { id: string; naam: string; plaats: string } | null;
}

export interface Vacature extends VacatureKort {
  werkgeverId: string;
  beroep: string | null;
  omschrijving: string;
  taken: string;
  vereisteVaardigheden: string[];
  gewensteVaardigheden: string[];
  rijbewijsVereist: boolean;
  vervoerNodig: boolean;
  nederlandsNiveau: NederlandsNiveau | null;
  doelgroepen: Doelgroep[];
  instrumenten: Instrument[];
  vestigingId: string | null;
  gepubliceerdOp: string | null;
  createdAt: string;
}

export interface VacatureVelden {
  titel: string;
  omschrijving: string;
  taken: string;
  beroep: string | null;
  contractvorm: Contractvorm;
  urenMin: number;
  urenMax: number;
  startdatum: string | null;
  vestigingId: string | null;
  nederlandsNiveau: NederlandsNiveau | null;
  rijbewijsVereist: boolean;
  vervoerNodig: boolean;
  functiecreatie: boolean;
  doelgroepen: Doelgroep[];
  instrumenten: Instrument[];
  vereisteVaardigheden: string[];
  gewensteVaardigheden: string[];
}

const KORT = gql`
  fragment VacatureKort on Vacature {
    id
    titel
    status
    contractvorm
    urenMin
    urenMax
    startdatum
    functiecreatie
    updatedAt
    werkgever {
      id
      naam
    }
    vestiging {
      id
      naam
      plaats
    }
  }
`;

const VOLLEDIG = gql`
  fragment VacatureVolledig on Vacature {
    ...VacatureKort
    werkgeverId
    beroep
    omschrijving
    taken
    vereisteVaardigheden
    gewensteVaardigheden
    rijbewijsVereist
    vervoerNodig
    nederlandsNiveau
    doelgroepen
    instrumenten
    vestigingId
    gepubliceerdOp
    createdAt
  }
  ${KORT}
`;

export interface VacatureFilter {
  werkgeverId?: string;
  status?: VacatureStatus[];
  functiecreatie?: boolean;
}

export const VACATURES: TypedDocumentNode<
  { vacatures: Connection<VacatureKort> },
  { first?: number; after?: string | null; filter?: VacatureFilter }
> = gql`
  query Vacatures($first: Int!, $after: String, $filter: VacatureFilter) {
    vacatures(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoVelden
      }
      edges {
        cursor
        node {
          ...VacatureKort
        }
      }
    }
  }
  ${KORT}
  ${PAGE_INFO}
`;

export const VACATURE: TypedDocumentNode<{ vacature: Vacature }, { id: string }> = gql`
  query Vacature($id: ID!) {
    vacature(id: $id) {
      ...VacatureVolledig
    }
  }
  ${VOLLEDIG}
`;

export const PLAATS_VACATURE: TypedDocumentNode<
  { plaatsVacature: Vacature },
  { input: VacatureVelden & { werkgeverId?: string; publiceer: boolean } }
> = gql`
  mutation PlaatsVacature($input: PlaatsVacatureInput!) {
    plaatsVacature(input: $input) {
      ...VacatureVolledig
    }
  }
  ${VOLLEDIG}
`;

export const WIJZIG_VACATURE: TypedDocumentNode<
  { wijzigVacature: Vacature },
  { id: string; input: Partial<VacatureVelden> }
> = gql`
  mutation WijzigVacature($id: ID!, $input: WijzigVacatureInput!) {
    wijzigVacature(id: $id, input: $input) {
      ...VacatureVolledig
    }
  }
  ${VOLLEDIG}
`;

export const WIJZIG_VACATURE_STATUS: TypedDocumentNode<
  { wijzigVacatureStatus: Vacature },
  { id: string; status: VacatureStatus }
> = gql`
  mutation WijzigVacatureStatus($id: ID!, $status: VacatureStatus!) {
    wijzigVacatureStatus(id: $id, status: $status) {
      ...VacatureVolledig
    }
  }
  ${VOLLEDIG}
`;

/** The status changes the API allows (libs/vacatures VACATURE_OVERGANGEN). */
export const VOLGENDE_STATUS: Record<VacatureStatus, VacatureStatus[]> = {
  CONCEPT: ['OPEN', 'GESLOTEN'],
  OPEN: ['VERVULD', 'GESLOTEN'],
  VERVULD: [],
  GESLOTEN: [],
};

export const isWijzigbaar = (status: VacatureStatus) => status === 'CONCEPT' || status === 'OPEN';
