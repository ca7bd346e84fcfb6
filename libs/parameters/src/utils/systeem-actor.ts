import { Actor, Rol } from '@matchpunt/common';

export const SYSTEEM_GEBRUIKER = '00000000-0000-0000-0000-000000000000';

/** The actor of a background job: reads within one tenant with staff rights, writes nothing in a user's name. */
export function systeemActor(tenantId: string): Actor {
  return { userId: SYSTEEM_GEBRUIKER, tenantId, rol: Rol.ADMIN, werkgeverId: null };
}
