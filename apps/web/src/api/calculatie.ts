import { gql, type TypedDocumentNode } from '@apollo/client';

export interface CalculatieAanvraag {
  id: string;
  aangemaaktOp: string;
  status: 'OPEN' | 'AFGEHANDELD';
  toelichting: string;
  aantalMedewerkers: number | null;
  urenPerWeek: string | null;
  offerteId: string | null;
}

const AANVRAAG = gql`
  fragment AanvraagVelden on CalculatieAanvraag {
    id
    aangemaaktOp
    status
    toelichting
    aantalMedewerkers
    urenPerWeek
    offerteId
  }
`;

export const CALCULATIE_AANVRAGEN: TypedDocumentNode<
  { calculatieAanvragen: CalculatieAanvraag[] },
  Record<string, never>
> = gql`
  query CalculatieAanvragen {
    calculatieAanvragen {
      ...AanvraagVelden
    }
  }
  ${AANVRAAG}
`;

export const VRAAG_CALCULATIE_AAN: TypedDocumentNode<
  { vraagCalculatieAan: CalculatieAanvraag },
  { input: { toelichting: string; aantalMedewerkers?: number; urenPerWeek?: string } }
> = gql`
  mutation VraagCalculatieAan($input: CalculatieAanvraagInput!) {
    vraagCalculatieAan(input: $input) {
      ...AanvraagVelden
    }
  }
  ${AANVRAAG}
`;

export type OfferteStatus = 'CONCEPT' | 'VERSTUURD' | 'GEACCEPTEERD' | 'AFGEWEZEN';

export interface OfferteVersie {
  id: string;
  versie: number;
  status: OfferteStatus;
  toelichting: string;
  verstuurdOp: string | null;
  beslistOp: string | null;
  resultaat: {
    groepsgrootte: number;
    kostprijsPerJaar: string;
    kostprijsPerGewerktUur: string;
    breakEvenTarief: string;
    tariefvoorstel: string;
  };
  pdf: { bestandsnaam: string; mimeType: string; inhoudBase64: string } | null;
}

export interface Offerte {
  id: string;
  titel: string;
  aangemaaktOp: string;
  versies: OfferteVersie[];
}

export const OFFERTES: TypedDocumentNode<{ offertes: Offerte[] }, { werkgeverId: string }> = gql`
  query Offertes($werkgeverId: ID!) {
    offertes(werkgeverId: $werkgeverId) {
      id
      titel
      aangemaaktOp
      versies {
        id
        versie
        status
        toelichting
        verstuurdOp
        beslistOp
        resultaat {
          groepsgrootte
          kostprijsPerJaar
          kostprijsPerGewerktUur
          breakEvenTarief
          tariefvoorstel
        }
        pdf {
          bestandsnaam
          mimeType
          inhoudBase64
        }
      }
    }
  }
`;

export const BESLIS_OFFERTE: TypedDocumentNode<
  { wijzigOfferteStatus: { id: string; status: OfferteStatus } },
  { versieId: string; status: OfferteStatus }
> = gql`
  mutation BeslisOfferte($versieId: ID!, $status: OfferteStatus!) {
    wijzigOfferteStatus(versieId: $versieId, status: $status) {
      id
      status
    }
  }
`;
