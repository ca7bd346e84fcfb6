/** Types of the API's values as the portal uses them (the schema is apps/api/schema.gql). */
import type { nl } from '../i18n/nl';

type Keuzes = (typeof nl)['keuzes'];
export type Contractvorm = keyof Keuzes['contractvorm'];
export type Doelgroep = keyof Keuzes['doelgroep'];
export type Instrument = keyof Keuzes['instrument'];
export type VacatureStatus = keyof Keuzes['vacatureStatus'];
export type NederlandsNiveau = Exclude<keyof Keuzes['nederlandsNiveau'], 'MOEDERTAAL'>;
export type Grootteklasse = keyof Keuzes['grootteklasse'];
export type PsoTrede = keyof Keuzes['psoTrede'];
export type WerkgeverSoort = keyof Keuzes['werkgeverSoort'];
export type ContactmomentSoort = keyof Keuzes['contactmomentSoort'];
export type VoorstelStatus = keyof Keuzes['voorstelStatus'];
export type VoorstelReactie = keyof Keuzes['voorstelReactie'];
export type ReactieReden = keyof Keuzes['reactieReden'];
export type PlaatsingType = keyof Keuzes['plaatsingType'];

export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: T }[];
}

export interface Medewerker {
  id: string;
  naam: string;
  email: string;
}
