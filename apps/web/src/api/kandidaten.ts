import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection } from './types';
import { PAGE_INFO } from './paginering';

/**
 * The anonymised card of a candidate, as employers see it. Lists never ask for `identiteit`; the card's own
 * page does, and the API answers it only for a werkgever the candidate gave consent to.
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

export const KANDIDAAT_KAARTEN: TypedDocumentNode<
  { kandidaatKaarten: Connection<KandidaatKaart> },
  { first: number; after?: string | null; filter?: KaartFilter }
> = gql`
  query KandidaatKaarten($first: Int!, $after: String, $filter: KaartFilter) {
    kandidaatKaarten(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoVelden
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
  ${PAGE_INFO}
`;

/** Name and contact details on a card: the API fills them in only when the candidate consented to this werkgever. */
export interface KaartIdentiteit {
  voornaam: string;
  achternaam: string;
  telefoon: string | null;
  email: string | null;
}

/** One card, on its own page: the only place the portal asks for `identiteit` (the API logs each answer). */
export const KANDIDAAT_KAART: TypedDocumentNode<
  { kandidaatKaart: KandidaatKaart & { identiteit: KaartIdentiteit | null } },
  { id: string }
> = gql`
  query KandidaatKaart($id: ID!) {
    kandidaatKaart(id: $id) {
      ...KaartVelden
      identiteit {
        voornaam
        achternaam
        telefoon
        email
      }
    }
  }
  ${KAART}
`;

export type KandidaatStatus = 'BESCHIKBAAR' | 'IN_TRAJECT' | 'GEPLAATST' | 'NIET_BESCHIKBAAR';

/** A candidate as staff see it: profile, indications, consents — never identity (see KANDIDAAT_IDENTITEIT). */
export interface KandidaatStaf {
  id: string;
  code: string;
  status: KandidaatStatus;
  gemeente: { id: string; naam: string };
  werkcoach: { id: string; naam: string; email: string } | null;
  regio: { plaats: string };
  beroepswensen: string[];
  vaardigheden: string[];
  pitch: string;
  opleiding: string;
  werkervaring: string;
  urenMin: number;
  urenMax: number;
  rijbewijs: boolean;
  reisbereidheidKm: number;
  vervoer: string[];
  werkfitStatus: string;
  nederlandsNiveau: string | null;
  beschikbaarVanaf: string | null;
  instrumenten: { lksMogelijk: boolean; noRiskpolis: boolean; proefplaatsing: boolean; jobcoach: boolean };
  indicaties: {
    doelgroepregister: boolean;
    beschut: boolean;
    loonwaarde: number | null;
    klantprofiel: string | null;
    doelgroepen: string[];
  } | null;
  toestemmingen: {
    id: string;
    actief: boolean;
    gegevenOp: string;
    ingetrokkenOp: string | null;
    werkgever: { id: string; naam: string } | null;
  }[];
}

export interface KandidaatRij {
  id: string;
  code: string;
  status: KandidaatStatus;
  gemeente: { id: string; naam: string };
  werkcoach: { id: string; naam: string } | null;
  beroepswensen: string[];
  urenMin: number;
  urenMax: number;
}

export interface KandidaatFilter {
  code?: string;
  mijn?: boolean;
  status?: KandidaatStatus[];
}

export const KANDIDATEN: TypedDocumentNode<
  { kandidaten: Connection<KandidaatRij> },
  { first: number; after?: string | null; filter?: KandidaatFilter }
> = gql`
  query Kandidaten($first: Int!, $after: String, $filter: KandidaatFilter) {
    kandidaten(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoVelden
      }
      edges {
        cursor
        node {
          id
          code
          status
          gemeente {
            id
            naam
          }
          werkcoach {
            id
            naam
          }
          beroepswensen
          urenMin
          urenMax
        }
      }
    }
  }
  ${PAGE_INFO}
`;

const KANDIDAAT_STAF = gql`
  fragment KandidaatStafVelden on Kandidaat {
    id
    code
    status
    gemeente {
      id
      naam
    }
    werkcoach {
      id
      naam
      email
    }
    regio {
      plaats
    }
    beroepswensen
    vaardigheden
    pitch
    opleiding
    werkervaring
    urenMin
    urenMax
    rijbewijs
    reisbereidheidKm
    vervoer
    werkfitStatus
    nederlandsNiveau
    beschikbaarVanaf
    instrumenten {
      lksMogelijk
      noRiskpolis
      proefplaatsing
      jobcoach
    }
    indicaties {
      doelgroepregister
      beschut
      loonwaarde
      klantprofiel
      doelgroepen
    }
    toestemmingen {
      id
      actief
      gegevenOp
      ingetrokkenOp
      werkgever {
        id
        naam
      }
    }
  }
`;

export const KANDIDAAT: TypedDocumentNode<{ kandidaat: KandidaatStaf }, { id: string }> = gql`
  query Kandidaat($id: ID!) {
    kandidaat(id: $id) {
      ...KandidaatStafVelden
    }
  }
  ${KANDIDAAT_STAF}
`;

export const ZET_KANDIDAAT_STATUS: TypedDocumentNode<
  { zetKandidaatStatus: KandidaatStaf },
  { id: string; status: KandidaatStatus }
> = gql`
  mutation ZetKandidaatStatus($id: ID!, $status: KandidaatStatus!) {
    zetKandidaatStatus(id: $id, status: $status) {
      ...KandidaatStafVelden
    }
  }
  ${KANDIDAAT_STAF}
`;

export interface KandidaatIdentiteit {
  voornaam: string;
  achternaam: string;
  bsn: string;
  geboortedatum: string;
  adres: string;
  postcode: string;
  woonplaats: string;
  telefoon: string | null;
  email: string | null;
}

/** Staff only; every read is written to the audit log with the reason. */
export const KANDIDAAT_IDENTITEIT: TypedDocumentNode<
  { kandidaatIdentiteit: KandidaatIdentiteit },
  { kandidaatId: string; reden: string }
> = gql`
  query KandidaatIdentiteit($kandidaatId: ID!, $reden: String!) {
    kandidaatIdentiteit(kandidaatId: $kandidaatId, reden: $reden) {
      voornaam
      achternaam
      bsn
      geboortedatum
      adres
      postcode
      woonplaats
      telefoon
      email
    }
  }
`;

export interface IdentiteitInput {
  voornaam: string;
  achternaam: string;
  bsn: string;
  geboortedatum: string;
  adres: string;
  postcode: string;
  telefoon: string | null;
  email: string | null;
}

export interface ProfielInput {
  beroepswensen: string[];
  vaardigheden: string[];
  pitch: string;
  opleiding: string;
  werkervaring: string;
  urenMin: number;
  urenMax: number;
  reisbereidheidKm: number;
  rijbewijs: boolean;
  vervoer: string[];
  beschikbaarVanaf: string | null;
  nederlandsNiveau: string | null;
  werkfitStatus: string | null;
}

export interface IndicatiesInput {
  doelgroepregister: boolean;
  beschut: boolean;
  loonwaarde: number | null;
  klantprofiel: string | null;
  doelgroepen: string[];
}

export type InstrumentenInput = KandidaatStaf['instrumenten'];

export interface NieuweKandidaatInput {
  gemeenteId: string;
  /** Required when an admin registers; a werkcoach registering becomes the werkcoach. */
  werkcoachId?: string;
  identiteit: IdentiteitInput;
  profiel: ProfielInput;
  indicaties: IndicatiesInput;
  instrumenten: InstrumentenInput;
}

export type WijzigKandidaatInput = Omit<NieuweKandidaatInput, 'identiteit'>;

export const MAAK_KANDIDAAT: TypedDocumentNode<{ maakKandidaat: KandidaatStaf }, { input: NieuweKandidaatInput }> = gql`
  mutation MaakKandidaat($input: NieuweKandidaatInput!) {
    maakKandidaat(input: $input) {
      ...KandidaatStafVelden
    }
  }
  ${KANDIDAAT_STAF}
`;

export const WIJZIG_KANDIDAAT: TypedDocumentNode<
  { wijzigKandidaat: KandidaatStaf },
  { id: string; input: WijzigKandidaatInput }
> = gql`
  mutation WijzigKandidaat($id: ID!, $input: WijzigKandidaatInput!) {
    wijzigKandidaat(id: $id, input: $input) {
      ...KandidaatStafVelden
    }
  }
  ${KANDIDAAT_STAF}
`;

type Toestemming = KandidaatStaf['toestemmingen'][number];

export const GEEF_TOESTEMMING: TypedDocumentNode<
  { geefToestemming: Toestemming },
  { kandidaatId: string; werkgeverId: string }
> = gql`
  mutation GeefToestemming($kandidaatId: ID!, $werkgeverId: ID!) {
    geefToestemming(kandidaatId: $kandidaatId, werkgeverId: $werkgeverId) {
      id
      actief
      gegevenOp
      ingetrokkenOp
      werkgever {
        id
        naam
      }
    }
  }
`;

export const TREK_TOESTEMMING_IN: TypedDocumentNode<
  { trekToestemmingIn: Toestemming },
  { kandidaatId: string; werkgeverId: string }
> = gql`
  mutation TrekToestemmingIn($kandidaatId: ID!, $werkgeverId: ID!) {
    trekToestemmingIn(kandidaatId: $kandidaatId, werkgeverId: $werkgeverId) {
      id
      actief
      gegevenOp
      ingetrokkenOp
      werkgever {
        id
        naam
      }
    }
  }
`;
