import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  Connection,
  ContactmomentSoort,
  Doelgroep,
  Grootteklasse,
  Instrument,
  Medewerker,
  PsoTrede,
  WerkgeverSoort,
} from './types';
import { PAGE_INFO } from './paginering';

export interface Vestiging {
  id: string;
  naam: string;
  adres: string;
  postcode: string;
  plaats: string;
}

export interface Contactpersoon {
  id: string;
  naam: string;
  functie: string | null;
  email: string | null;
  telefoon: string | null;
  ontvangtAanbodskrant: boolean;
  afgemeldOp: string | null;
}

export interface Contactmoment {
  id: string;
  datum: string;
  soort: ContactmomentSoort;
  onderwerp: string;
  verslag: string;
  contactpersoonId: string | null;
  door: Medewerker | null;
}

export interface WerkgeverKort {
  id: string;
  naam: string;
  kvkNummer: string;
  sector: string;
  sectorOmschrijving: string;
  soort: WerkgeverSoort;
  accountmanager: Medewerker | null;
  vestigingen: Pick<Vestiging, 'id' | 'plaats'>[];
}

export interface Werkgever extends Omit<WerkgeverKort, 'vestigingen'> {
  sbiCode: string | null;
  grootteklasse: Grootteklasse;
  psoTrede: PsoTrede | null;
  psoGeldigTot: string | null;
  geaccepteerdeInstrumenten: Instrument[];
  openDoelgroepen: Doelgroep[];
  vestigingen: Vestiging[];
  contactpersonen: Contactpersoon[];
}

export interface WerkgeverVoorMedewerker extends Werkgever {
  notities: string | null;
  relatiehistorie: Contactmoment[] | null;
}

const CONTACTPERSOON = gql`
  fragment ContactpersoonVelden on Contactpersoon {
    id
    naam
    functie
    email
    telefoon
    ontvangtAanbodskrant
    afgemeldOp
  }
`;

const WERKGEVER = gql`
  fragment WerkgeverVelden on Werkgever {
    id
    naam
    kvkNummer
    sbiCode
    sector
    sectorOmschrijving
    soort
    grootteklasse
    psoTrede
    psoGeldigTot
    geaccepteerdeInstrumenten
    openDoelgroepen
    accountmanager {
      id
      naam
      email
    }
    vestigingen {
      id
      naam
      adres
      postcode
      plaats
    }
    contactpersonen {
      ...ContactpersoonVelden
    }
  }
  ${CONTACTPERSOON}
`;

const CONTACTMOMENT = gql`
  fragment ContactmomentVelden on Contactmoment {
    id
    datum
    soort
    onderwerp
    verslag
    contactpersoonId
    door {
      id
      naam
      email
    }
  }
`;

export const MIJN_WERKGEVER: TypedDocumentNode<{ mijnWerkgever: Werkgever }, Record<string, never>> = gql`
  query MijnWerkgever {
    mijnWerkgever {
      ...WerkgeverVelden
    }
  }
  ${WERKGEVER}
`;

export const WERKGEVER_DETAIL: TypedDocumentNode<{ werkgever: WerkgeverVoorMedewerker }, { id: string }> = gql`
  query WerkgeverDetail($id: ID!) {
    werkgever(id: $id) {
      ...WerkgeverVelden
      notities
      relatiehistorie(first: 100) {
        ...ContactmomentVelden
      }
    }
  }
  ${WERKGEVER}
  ${CONTACTMOMENT}
`;

/** Name and sites of one werkgever, e.g. for the vacature form. */
export const WERKGEVER_VESTIGINGEN: TypedDocumentNode<
  { werkgever: { id: string; naam: string; vestigingen: Vestiging[] } },
  { id: string }
> = gql`
  query WerkgeverVestigingen($id: ID!) {
    werkgever(id: $id) {
      id
      naam
      vestigingen {
        id
        naam
        adres
        postcode
        plaats
      }
    }
  }
`;

export interface WerkgeverFilter {
  zoekterm?: string;
  mijnRelaties?: boolean;
  gemeenteId?: string;
}

export const WERKGEVERS: TypedDocumentNode<
  { werkgevers: Connection<WerkgeverKort> },
  { first: number; after?: string | null; filter?: WerkgeverFilter }
> = gql`
  query Werkgevers($first: Int!, $after: String, $filter: WerkgeverFilter) {
    werkgevers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoVelden
      }
      edges {
        cursor
        node {
          id
          naam
          kvkNummer
          sector
          sectorOmschrijving
          soort
          accountmanager {
            id
            naam
            email
          }
          vestigingen {
            id
            plaats
          }
        }
      }
    }
  }
  ${PAGE_INFO}
`;

export interface WijzigWerkgeverInput {
  naam?: string;
  kvkNummer?: string;
  sbiCode?: string;
  grootteklasse?: Grootteklasse;
  soort?: WerkgeverSoort;
  psoTrede?: PsoTrede | null;
  psoGeldigTot?: string | null;
  geaccepteerdeInstrumenten?: Instrument[];
  openDoelgroepen?: Doelgroep[];
  notities?: string | null;
  accountmanagerId?: string | null;
}

export const WIJZIG_WERKGEVER: TypedDocumentNode<
  { wijzigWerkgever: Werkgever },
  { id: string; input: WijzigWerkgeverInput }
> = gql`
  mutation WijzigWerkgever($id: ID!, $input: WijzigWerkgeverInput!) {
    wijzigWerkgever(id: $id, input: $input) {
      ...WerkgeverVelden
    }
  }
  ${WERKGEVER}
`;

export interface ContactpersoonInput {
  naam: string;
  functie: string | null;
  email: string | null;
  telefoon: string | null;
  ontvangtAanbodskrant: boolean;
}

export const VOEG_CONTACTPERSOON_TOE: TypedDocumentNode<
  { voegContactpersoonToe: Contactpersoon },
  { werkgeverId: string; input: ContactpersoonInput }
> = gql`
  mutation VoegContactpersoonToe($werkgeverId: ID!, $input: ContactpersoonInput!) {
    voegContactpersoonToe(werkgeverId: $werkgeverId, input: $input) {
      ...ContactpersoonVelden
    }
  }
  ${CONTACTPERSOON}
`;

export const WIJZIG_CONTACTPERSOON: TypedDocumentNode<
  { wijzigContactpersoon: Contactpersoon },
  { id: string; input: Partial<ContactpersoonInput> }
> = gql`
  mutation WijzigContactpersoon($id: ID!, $input: WijzigContactpersoonInput!) {
    wijzigContactpersoon(id: $id, input: $input) {
      ...ContactpersoonVelden
    }
  }
  ${CONTACTPERSOON}
`;

export interface ContactmomentInput {
  werkgeverId: string;
  soort: ContactmomentSoort;
  onderwerp: string;
  verslag: string;
  datum?: string;
  contactpersoonId?: string | null;
}

export const LEG_CONTACTMOMENT_VAST: TypedDocumentNode<
  { legContactmomentVast: Contactmoment },
  { input: ContactmomentInput }
> = gql`
  mutation LegContactmomentVast($input: ContactmomentInput!) {
    legContactmomentVast(input: $input) {
      ...ContactmomentVelden
    }
  }
  ${CONTACTMOMENT}
`;

export interface VestigingInput {
  naam: string;
  adres: string;
  postcode: string;
}

/** The accountmanager is left out: the API makes the one who creates the werkgever its accountmanager. */
export interface MaakWerkgeverInput {
  naam: string;
  kvkNummer: string;
  sbiCode: string;
  grootteklasse: Grootteklasse;
  soort: WerkgeverSoort;
  psoTrede: PsoTrede | null;
  psoGeldigTot: string | null;
  geaccepteerdeInstrumenten: Instrument[];
  openDoelgroepen: Doelgroep[];
  notities: string | null;
  vestigingen: VestigingInput[];
}

export const MAAK_WERKGEVER: TypedDocumentNode<{ maakWerkgever: Werkgever }, { input: MaakWerkgeverInput }> = gql`
  mutation MaakWerkgever($input: MaakWerkgeverInput!) {
    maakWerkgever(input: $input) {
      ...WerkgeverVelden
    }
  }
  ${WERKGEVER}
`;

const VESTIGING = gql`
  fragment VestigingVelden on Vestiging {
    id
    naam
    adres
    postcode
    plaats
  }
`;

export const VOEG_VESTIGING_TOE: TypedDocumentNode<
  { voegVestigingToe: Vestiging },
  { werkgeverId: string; input: VestigingInput }
> = gql`
  mutation VoegVestigingToe($werkgeverId: ID!, $input: VestigingInput!) {
    voegVestigingToe(werkgeverId: $werkgeverId, input: $input) {
      ...VestigingVelden
    }
  }
  ${VESTIGING}
`;

export const WIJZIG_VESTIGING: TypedDocumentNode<
  { wijzigVestiging: Vestiging },
  { id: string; input: Partial<VestigingInput> }
> = gql`
  mutation WijzigVestiging($id: ID!, $input: WijzigVestigingInput!) {
    wijzigVestiging(id: $id, input: $input) {
      ...VestigingVelden
    }
  }
  ${VESTIGING}
`;
