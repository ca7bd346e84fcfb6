import type { Rol } from '../../api/operations';

/** Who records obligations and efforts (maakSroiVerplichting, voegSroiInzetToe, bevestigSroiKoppeling). */
export const SROI_BEHEERDERS: readonly Rol[] = ['ACCOUNTMANAGER', 'ADMIN'];
