import { gql, type TypedDocumentNode } from '@apollo/client';
import { KAART, type KandidaatKaart } from './kandidaten';

export type JobdateVorm = 'VIDEO' | 'BEL_MIJ';
export type JobdateSlotStatus = 'OPEN' | 'GEANNULEERD';
export type JobdateBoekingStatus = 'GEBOEKT' | 'GEANNULEERD' | 'VERPLAATST';

export interface JobdateSlot {
  id: string;
  werkgeverId: string;
  werkgeverNaam: string;
  start: string;
  eind: string;
  lengteMinuten: number;
  vorm: JobdateVorm;
  videoLink: string | null;
  vacatureIds: string[];
  vacatureTitels: string[];
  status: JobdateSlotStatus;
  geboekt: boolean;
}

/** A booking; `kandidaatId` is null for employers, `kandidaat` is the anonymised card (never identity). */
export interface JobdateBoeking {
  id: string;
  status: JobdateBoekingStatus;
  geboektOp: string;
  verplaatstNaar: string | null;
  kandidaatId: string | null;
  kandidaat: KandidaatKaart | null;
  slot: JobdateSlot;
}

const SLOT = gql`
  fragment JobdateSlotVelden on JobdateSlot {
    id
    werkgeverId
    werkgeverNaam
    start
    eind
    lengteMinuten
    vorm
    videoLink
    vacatureIds
    vacatureTitels
    status
    geboekt
  }
`;

const BOEKING = gql`
  fragment JobdateBoekingVelden on JobdateBoeking {
    id
    status
    geboektOp
    verplaatstNaar
    kandidaatId
    kandidaat {
      ...KaartVelden
    }
    slot {
      ...JobdateSlotVelden
    }
  }
  ${KAART}
  ${SLOT}
`;

export const JOBDATE_SLOTS: TypedDocumentNode<
  { jobdateSlots: JobdateSlot[] },
  { filter?: { alleenVrij?: boolean; werkgeverId?: string } }
> = gql`
  query JobdateSlots($filter: JobdateSlotFilter) {
    jobdateSlots(filter: $filter) {
      ...JobdateSlotVelden
    }
  }
  ${SLOT}
`;

export const JOBDATE_BOEKINGEN: TypedDocumentNode<{ jobdateBoekingen: JobdateBoeking[] }, { alleenActief?: boolean }> =
  gql`
    query JobdateBoekingen($alleenActief: Boolean) {
      jobdateBoekingen(alleenActief: $alleenActief) {
        ...JobdateBoekingVelden
      }
    }
    ${BOEKING}
  `;

export const JOBDATE_BOEKING: TypedDocumentNode<{ jobdateBoeking: JobdateBoeking }, { id: string }> = gql`
  query JobdateBoeking($id: ID!) {
    jobdateBoeking(id: $id) {
      ...JobdateBoekingVelden
    }
  }
  ${BOEKING}
`;

export interface PubliceerJobdateSlotInput {
  start: string;
  lengteMinuten: number;
  vorm: JobdateVorm;
  videoLink?: string;
  vacatureIds?: string[];
}

export const PUBLICEER_JOBDATE_SLOT: TypedDocumentNode<
  { publiceerJobdateSlot: JobdateSlot },
  { input: PubliceerJobdateSlotInput }
> = gql`
  mutation PubliceerJobdateSlot($input: PubliceerJobdateSlotInput!) {
    publiceerJobdateSlot(input: $input) {
      ...JobdateSlotVelden
    }
  }
  ${SLOT}
`;

export const TREK_JOBDATE_SLOT_IN: TypedDocumentNode<{ trekJobdateSlotIn: JobdateSlot }, { slotId: string }> = gql`
  mutation TrekJobdateSlotIn($slotId: ID!) {
    trekJobdateSlotIn(slotId: $slotId) {
      ...JobdateSlotVelden
    }
  }
  ${SLOT}
`;

export const BOEK_JOBDATE: TypedDocumentNode<{ boekJobdate: JobdateBoeking }, { slotId: string; kandidaatId: string }> =
  gql`
    mutation BoekJobdate($slotId: ID!, $kandidaatId: ID!) {
      boekJobdate(slotId: $slotId, kandidaatId: $kandidaatId) {
        ...JobdateBoekingVelden
      }
    }
    ${BOEKING}
  `;

export const VERPLAATS_JOBDATE: TypedDocumentNode<
  { verplaatsJobdate: JobdateBoeking },
  { boekingId: string; slotId: string }
> = gql`
  mutation VerplaatsJobdate($boekingId: ID!, $slotId: ID!) {
    verplaatsJobdate(boekingId: $boekingId, slotId: $slotId) {
      ...JobdateBoekingVelden
    }
  }
  ${BOEKING}
`;

export const ANNULEER_JOBDATE: TypedDocumentNode<
  { annuleerJobdate: JobdateBoeking },
  { boekingId: string; reden?: string }
> = gql`
  mutation AnnuleerJobdate($boekingId: ID!, $reden: String) {
    annuleerJobdate(boekingId: $boekingId, reden: $reden) {
      ...JobdateBoekingVelden
    }
  }
  ${BOEKING}
`;

/** The queries to refresh after a booking changes. */
export const JOBDATE_QUERIES = ['JobdateSlots', 'JobdateBoekingen', 'JobdateBoeking'];
