import type { Rol } from '../../api/operations';

/** Who plans kennissessies (maakKennissessie). */
export const KENNISSESSIE_ORGANISATOREN: readonly Rol[] = ['ACCOUNTMANAGER', 'ADMIN'];
