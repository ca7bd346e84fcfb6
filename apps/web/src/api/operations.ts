import { gql, type TypedDocumentNode } from '@apollo/client';

/** The roles of the API (`enum Rol`). */
export type Rol = 'WERKGEVER' | 'ACCOUNTMANAGER' | 'JOBHUNTER' | 'WERKCOACH' | 'ADMIN';
export const ROLLEN: readonly Rol[] = ['WERKGEVER', 'ACCOUNTMANAGER', 'JOBHUNTER', 'WERKCOACH', 'ADMIN'];

export interface Gebruiker {
  id: string;
  naam: string;
  email: string;
  rol: Rol;
  werkgeverId: string | null;
}

export interface AuthPayload {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  gebruiker: Gebruiker;
}

const GEBRUIKER = gql`
  fragment GebruikerVelden on Gebruiker {
    id
    naam
    email
    rol
    werkgeverId
  }
`;

export const LOGIN: TypedDocumentNode<{ login: AuthPayload }, { input: { email: string; wachtwoord: string } }> = gql`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      expiresIn
      gebruiker {
        ...GebruikerVelden
      }
    }
  }
  ${GEBRUIKER}
`;

export const LOGOUT: TypedDocumentNode<{ logout: boolean }, { refreshToken: string }> = gql`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`;

export const ME: TypedDocumentNode<{ me: Gebruiker }, Record<string, never>> = gql`
  query Me {
    me {
      ...GebruikerVelden
    }
  }
  ${GEBRUIKER}
`;

export const VRAAG_WACHTWOORD_RESET_AAN: TypedDocumentNode<{ vraagWachtwoordResetAan: boolean }, { email: string }> =
  gql`
    mutation VraagWachtwoordResetAan($email: String!) {
      vraagWachtwoordResetAan(email: $email)
    }
  `;

export const STEL_WACHTWOORD_IN: TypedDocumentNode<
  { stelWachtwoordIn: boolean },
  { input: { token: string; wachtwoord: string } }
> = gql`
  mutation StelWachtwoordIn($input: NieuwWachtwoordInput!) {
    stelWachtwoordIn(input: $input)
  }
`;

export interface Gemeente {
  id: string;
  naam: string;
}

export const GEMEENTEN: TypedDocumentNode<{ gemeenten: Gemeente[] }, Record<string, never>> = gql`
  query Gemeenten {
    gemeenten {
      id
      naam
    }
  }
`;

export interface GebruikerInput {
  email: string;
  naam: string;
  rol: Rol;
  werkgeverId?: string;
}

export const MAAK_GEBRUIKER: TypedDocumentNode<{ maakGebruiker: Gebruiker }, { input: GebruikerInput }> = gql`
  mutation MaakGebruiker($input: GebruikerInput!) {
    maakGebruiker(input: $input) {
      ...GebruikerVelden
    }
  }
  ${GEBRUIKER}
`;
