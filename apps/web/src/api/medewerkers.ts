import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Rol } from './operations';
import type { Medewerker } from './types';

/** Staff of the own organisation with one role, by name (staff only; never employer users). */
export const MEDEWERKERS: TypedDocumentNode<{ medewerkers: Medewerker[] }, { rol: Exclude<Rol, 'WERKGEVER'> }> = gql`
  query Medewerkers($rol: Rol) {
    medewerkers(rol: $rol) {
      id
      naam
      email
    }
  }
`;
