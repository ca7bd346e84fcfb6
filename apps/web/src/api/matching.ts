import { gql, type TypedDocumentNode } from '@apollo/client';
import { KAART, type KandidaatKaart } from './kandidaten';

export interface MatchFactorUitleg {
  factor: string;
  punten: number;
  maxPunten: number;
  zin: string;
}

export interface MatchVoorKandidaat {
  score: number;
  soort: string;
  afstandKm: number | null;
  werkgever: { id: string; naam: string };
  vacature: { id: string; titel: string } | null;
  factoren: MatchFactorUitleg[];
}

const FACTOREN = gql`
  fragment FactorVelden on MatchFactorUitleg {
    factor
    punten
    maxPunten
    zin
  }
`;

export const MATCHES_VOOR_KANDIDAAT: TypedDocumentNode<
  { matchesVoorKandidaat: MatchVoorKandidaat[] },
  { kandidaatId: string; first?: number }
> = gql`
  query MatchesVoorKandidaat($kandidaatId: ID!, $first: Int!) {
    matchesVoorKandidaat(kandidaatId: $kandidaatId, first: $first) {
      score
      soort
      afstandKm
      werkgever {
        id
        naam
      }
      vacature {
        id
        titel
      }
      factoren {
        ...FactorVelden
      }
    }
  }
  ${FACTOREN}
`;

export interface MatchVoorVacature {
  score: number;
  afstandKm: number;
  kaart: KandidaatKaart;
  factoren: MatchFactorUitleg[];
  kandidaat?: { id: string; code: string; status: string } | null;
}

/** For the werkgever: anonymised cards only (the API leaves out sentences that reveal indications). */
export const MATCHES_VOOR_VACATURE: TypedDocumentNode<
  { matchesVoorVacature: MatchVoorVacature[] },
  { vacatureId: string; first?: number }
> = gql`
  query MatchesVoorVacature($vacatureId: ID!, $first: Int!) {
    matchesVoorVacature(vacatureId: $vacatureId, first: $first) {
      score
      afstandKm
      kaart {
        ...KaartVelden
      }
      factoren {
        ...FactorVelden
      }
    }
  }
  ${KAART}
  ${FACTOREN}
`;

/** For staff: also the candidate, to open their page and propose them. */
export const MATCHES_VOOR_VACATURE_STAF: TypedDocumentNode<
  { matchesVoorVacature: MatchVoorVacature[] },
  { vacatureId: string; first?: number }
> = gql`
  query MatchesVoorVacatureStaf($vacatureId: ID!, $first: Int!) {
    matchesVoorVacature(vacatureId: $vacatureId, first: $first) {
      score
      afstandKm
      kaart {
        ...KaartVelden
      }
      kandidaat {
        id
        code
        status
      }
      factoren {
        ...FactorVelden
      }
    }
  }
  ${KAART}
  ${FACTOREN}
`;
