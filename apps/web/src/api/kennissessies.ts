import { gql, type TypedDocumentNode } from '@apollo/client';

export type KennissessieThema =
  'LOONKOSTENSUBSIDIE' | 'SOWIS' | 'BANENAFSPRAAK' | 'NO_RISKPOLIS' | 'JOBCOACHING' | 'SROI' | 'PSO' | 'OVERIG';
export type KennissessieVorm = 'FYSIEK' | 'ONLINE';
export type AanmeldingStatus = 'AANGEMELD' | 'WACHTLIJST' | 'AFGEMELD';

export interface Kennissessie {
  id: string;
  titel: string;
  thema: KennissessieThema;
  vorm: KennissessieVorm;
  locatie: string | null;
  start: string;
  lengteMinuten: number;
  capaciteit: number;
  aangemeld: number;
  wachtlijst: number;
  /** Employers only: how many of their own contact persons are signed up / waiting. */
  uwAangemeld: number | null;
  uwWachtlijst: number | null;
  status: string;
}

export interface KennissessieAanmelding {
  id: string;
  sessieId: string;
  contactpersoonId: string;
  contactpersoonNaam: string;
  werkgeverId: string;
  werkgeverNaam: string;
  status: AanmeldingStatus;
  wachtlijstPositie: number | null;
}

const SESSIE = gql`
  fragment KennissessieVelden on Kennissessie {
    id
    titel
    thema
    vorm
    locatie
    start
    lengteMinuten
    capaciteit
    aangemeld
    wachtlijst
    uwAangemeld
    uwWachtlijst
    status
  }
`;

const AANMELDING = gql`
  fragment AanmeldingVelden on KennissessieAanmelding {
    id
    sessieId
    contactpersoonId
    contactpersoonNaam
    werkgeverId
    werkgeverNaam
    status
    wachtlijstPositie
  }
`;

export const KENNISSESSIES: TypedDocumentNode<{ kennissessies: Kennissessie[] }, Record<string, never>> = gql`
  query Kennissessies {
    kennissessies {
      ...KennissessieVelden
    }
  }
  ${SESSIE}
`;

/** Employers get only their own registrations, staff everyone's. */
export const KENNISSESSIE_AANMELDINGEN: TypedDocumentNode<
  { kennissessieAanmeldingen: KennissessieAanmelding[] },
  { sessieId: string }
> = gql`
  query KennissessieAanmeldingen($sessieId: ID!) {
    kennissessieAanmeldingen(sessieId: $sessieId) {
      ...AanmeldingVelden
    }
  }
  ${AANMELDING}
`;

export interface MaakKennissessieInput {
  titel: string;
  thema: KennissessieThema;
  vorm: KennissessieVorm;
  locatie?: string;
  start: string;
  lengteMinuten: number;
  capaciteit: number;
}

export const MAAK_KENNISSESSIE: TypedDocumentNode<
  { maakKennissessie: Kennissessie },
  { input: MaakKennissessieInput }
> = gql`
  mutation MaakKennissessie($input: MaakKennissessieInput!) {
    maakKennissessie(input: $input) {
      ...KennissessieVelden
    }
  }
  ${SESSIE}
`;

export const MELD_AAN: TypedDocumentNode<
  { meldAanVoorKennissessie: KennissessieAanmelding },
  { sessieId: string; contactpersoonId: string }
> = gql`
  mutation MeldAanVoorKennissessie($sessieId: ID!, $contactpersoonId: ID!) {
    meldAanVoorKennissessie(sessieId: $sessieId, contactpersoonId: $contactpersoonId) {
      ...AanmeldingVelden
    }
  }
  ${AANMELDING}
`;

export const MELD_AF: TypedDocumentNode<{ meldAfVoorKennissessie: KennissessieAanmelding }, { aanmeldingId: string }> =
  gql`
    mutation MeldAfVoorKennissessie($aanmeldingId: ID!) {
      meldAfVoorKennissessie(aanmeldingId: $aanmeldingId) {
        ...AanmeldingVelden
      }
    }
    ${AANMELDING}
  `;
