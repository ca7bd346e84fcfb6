import { ROLLEN, type Rol } from '../api/operations';
import { t } from '../i18n/nl';

export interface MenuItem {
  path: string;
  label: string;
  roles: readonly Rol[];
}

/**
 * The menu per role (issue #7). An item is added here when its screen exists, and its screen only
 * when the API it needs exists — nothing in the menu leads to an empty page.
 */
export const STAF: readonly Rol[] = ['ACCOUNTMANAGER', 'JOBHUNTER', 'WERKCOACH', 'ADMIN'];

export const MENU: readonly MenuItem[] = [
  { path: '/', label: t.menu.overzicht, roles: ROLLEN },
  { path: '/pijplijn', label: t.menu.pijplijn, roles: ['ACCOUNTMANAGER', 'JOBHUNTER'] },
  { path: '/functiecreatie', label: t.menu.functiecreatie, roles: ['JOBHUNTER', 'ACCOUNTMANAGER', 'ADMIN'] },
  { path: '/aanbodskrant', label: t.menu.aanbodskrant, roles: ['ACCOUNTMANAGER', 'ADMIN'] },
  { path: '/werkgevers', label: t.menu.werkgevers, roles: STAF },
  { path: '/voorstellen', label: t.menu.voorstellen, roles: ['WERKGEVER'] },
  { path: '/vacatures', label: t.menu.vacatures, roles: ROLLEN },
  { path: '/kandidaten', label: t.menu.kandidaten, roles: ROLLEN },
  { path: '/groepsplaatsing', label: t.menu.calculatie, roles: ['WERKGEVER'] },
  { path: '/sroi', label: t.menu.sroi, roles: ROLLEN },
  { path: '/pso', label: t.menu.pso, roles: ['WERKGEVER'] },
  { path: '/jobdates', label: t.menu.jobdates, roles: ['WERKGEVER', 'WERKCOACH', 'ADMIN'] },
  { path: '/kennissessies', label: t.menu.kennissessies, roles: ['WERKGEVER', 'ACCOUNTMANAGER', 'ADMIN'] },
  { path: '/speeddates', label: t.menu.speeddates, roles: ['WERKGEVER', 'ACCOUNTMANAGER', 'WERKCOACH', 'ADMIN'] },
  { path: '/organisatie', label: t.menu.organisatie, roles: ['WERKGEVER'] },
  { path: '/gebruikers/nieuw', label: t.menu.gebruikerToevoegen, roles: ['ADMIN'] },
  { path: '/zoekindex', label: t.menu.zoekindex, roles: ['ADMIN'] },
  { path: '/rapportages', label: t.menu.rapportages, roles: ['ACCOUNTMANAGER', 'ADMIN'] },
];

export function menuFor(rol: Rol): MenuItem[] {
  return MENU.filter((item) => item.roles.includes(rol));
}
