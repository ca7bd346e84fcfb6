import type { Rol } from '../../api/operations';

/** Who runs speeddates (the API's ORG roles). */
export const ORGANISATOREN: readonly Rol[] = ['ACCOUNTMANAGER', 'ADMIN'];
/** Who registers candidates (registreerSpeeddateKandidaat). */
export const AANMELDERS: readonly Rol[] = ['WERKCOACH', 'ADMIN'];
/** Organisers, werkgevers (who book tables) and werkcoaches (who bring candidates). */
export const SPEEDDATE_ROLLEN: readonly Rol[] = [...ORGANISATOREN, 'WERKGEVER', 'WERKCOACH'];
