import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection } from './types';
import { PAGE_INFO } from './paginering';

export type AanbodskrantStatus = 'CONCEPT' | 'VERZONDEN';

export interface AanbodskrantKaart {
  kandidaatId: string;
  code: string;
  beroepswensen: string[];
  vaardigheden: string[];
  beschikbaarheid: string;
  instrumenten: string[];
  pitch: string;
  regio: string;
  rijbewijs: boolean;
  urenMin: number;
  urenMax: number;
}

export interface AanbodskrantEditie {
  id: string;
  titel: string;
  intro: string;
  publicatiedatum: string;
  status: AanbodskrantStatus;
  aantalInteresses: number;
  gewijzigdOp: string;
  kandidaten: AanbodskrantKaart[];
}

const KAART = gql`
  fragment AanbodskrantKaartVelden on AanbodskrantKaart {
    kandidaatId
    code
    beroepswensen
    vaardigheden
    beschikbaarheid
    instrumenten
    pitch
    regio
    rijbewijs
    urenMin
    urenMax
  }
`;

const EDITIE = gql`
  fragment EditieVelden on AanbodskrantEditie {
    id
    titel
    intro
    publicatiedatum
    status
    aantalInteresses
    gewijzigdOp
    kandidaten {
      ...AanbodskrantKaartVelden
    }
  }
  ${KAART}
`;

export const AANBODSKRANTEN: TypedDocumentNode<
  { aanbodskranten: Connection<AanbodskrantEditie> },
  { first: number; after?: string | null }
> = gql`
  query Aanbodskranten($first: Int!, $after: String) {
    aanbodskranten(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoVelden
      }
      edges {
        cursor
        node {
          ...EditieVelden
        }
      }
    }
  }
  ${EDITIE}
  ${PAGE_INFO}
`;

export const AANBODSKRANT: TypedDocumentNode<{ aanbodskrant: AanbodskrantEditie }, { id: string }> = gql`
  query Aanbodskrant($id: ID!) {
    aanbodskrant(id: $id) {
      ...EditieVelden
    }
  }
  ${EDITIE}
`;

export interface AanbodskrantSuggestie {
  kandidaatId: string;
  gemeente: string;
  reden: string;
  beschikbaarSinds: string | null;
  kaart: AanbodskrantKaart;
}

export const SUGGESTIES: TypedDocumentNode<
  { suggestiesVoorAanbodskrant: AanbodskrantSuggestie[] },
  { first?: number; gemeenteId?: string }
> = gql`
  query SuggestiesVoorAanbodskrant($first: Int!, $gemeenteId: ID) {
    suggestiesVoorAanbodskrant(first: $first, gemeenteId: $gemeenteId) {
      kandidaatId
      gemeente
      reden
      beschikbaarSinds
      kaart {
        ...AanbodskrantKaartVelden
      }
    }
  }
  ${KAART}
`;

export interface AanbodskrantInput {
  titel: string;
  intro: string;
  publicatiedatum: string;
  kandidaatIds: string[];
}

export const MAAK_AANBODSKRANT: TypedDocumentNode<
  { maakAanbodskrant: AanbodskrantEditie },
  { input: AanbodskrantInput }
> = gql`
  mutation MaakAanbodskrant($input: AanbodskrantInput!) {
    maakAanbodskrant(input: $input) {
      ...EditieVelden
    }
  }
  ${EDITIE}
`;

export const WIJZIG_AANBODSKRANT: TypedDocumentNode<
  { wijzigAanbodskrant: AanbodskrantEditie },
  { id: string; input: Partial<AanbodskrantInput> }
> = gql`
  mutation WijzigAanbodskrant($id: ID!, $input: WijzigAanbodskrantInput!) {
    wijzigAanbodskrant(id: $id, input: $input) {
      ...EditieVelden
    }
  }
  ${EDITIE}
`;

export const VERSTUUR_AANBODSKRANT: TypedDocumentNode<{ verstuurAanbodskrant: AanbodskrantEditie }, { id: string }> =
  gql`
    mutation VerstuurAanbodskrant($id: ID!) {
      verstuurAanbodskrant(id: $id) {
        ...EditieVelden
      }
    }
    ${EDITIE}
  `;

export interface AanbodskrantVoortgang {
  editieId: string;
  status: AanbodskrantStatus;
  taak: string;
  totaal: number | null;
  ingepland: number;
  verzonden: number;
  klaar: boolean;
}

export const VOORTGANG: TypedDocumentNode<{ aanbodskrantVoortgang: AanbodskrantVoortgang }, { id: string }> = gql`
  query AanbodskrantVoortgang($id: ID!) {
    aanbodskrantVoortgang(id: $id) {
      editieId
      status
      taak
      totaal
      ingepland
      verzonden
      klaar
    }
  }
`;

export const VOORBEELD: TypedDocumentNode<
  { aanbodskrantVoorbeeld: { onderwerp: string; html: string; tekst: string } },
  { id: string }
> = gql`
  query AanbodskrantVoorbeeld($id: ID!) {
    aanbodskrantVoorbeeld(id: $id) {
      onderwerp
      html
      tekst
    }
  }
`;

export const PDF: TypedDocumentNode<
  { aanbodskrantPdf: { bestandsnaam: string; mimeType: string; inhoudBase64: string; grootte: number } | null },
  { id: string }
> = gql`
  query AanbodskrantPdf($id: ID!) {
    aanbodskrantPdf(id: $id) {
      bestandsnaam
      mimeType
      inhoudBase64
      grootte
    }
  }
`;

/** The links in the mail (public pages /aanbodskrant/interesse and /aanbodskrant/afmelden, no login). */
export type AanbodskrantLinkDoel = 'INTERESSE' | 'AFMELDEN';

export interface AanbodskrantLinkInhoud {
  doel: AanbodskrantLinkDoel;
  editieTitel: string;
  werkgeverNaam: string;
  contactpersoonNaam: string;
  email: string | null;
  kaart: AanbodskrantKaart | null;
  geldigTot: string;
  alGedaan: boolean;
}

export const AANBODSKRANT_LINK: TypedDocumentNode<
  { aanbodskrantLink: AanbodskrantLinkInhoud },
  { token: string; doel: AanbodskrantLinkDoel }
> = gql`
  query AanbodskrantLink($token: String!, $doel: AanbodskrantLinkDoel!) {
    aanbodskrantLink(token: $token, doel: $doel) {
      doel
      editieTitel
      werkgeverNaam
      contactpersoonNaam
      email
      geldigTot
      alGedaan
      kaart {
        ...AanbodskrantKaartVelden
      }
    }
  }
  ${KAART}
`;

export const TOON_INTERESSE: TypedDocumentNode<
  { toonInteresseViaLink: { kandidaatCode: string; nieuw: boolean; bericht: string } },
  { token: string }
> = gql`
  mutation ToonInteresseViaLink($token: String!) {
    toonInteresseViaLink(token: $token) {
      kandidaatCode
      nieuw
      bericht
    }
  }
`;

export const MELD_AF: TypedDocumentNode<
  { meldAfVoorAanbodskrant: { afgemeld: boolean; bericht: string } },
  { token: string }
> = gql`
  mutation MeldAfVoorAanbodskrant($token: String!) {
    meldAfVoorAanbodskrant(token: $token) {
      afgemeld
      bericht
    }
  }
`;
