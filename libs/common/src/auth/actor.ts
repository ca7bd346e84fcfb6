export enum Rol {
  ADMIN = 'ADMIN',
  ACCOUNTMANAGER = 'ACCOUNTMANAGER',
  JOBHUNTER = 'JOBHUNTER',
  WERKCOACH = 'WERKCOACH',
  WERKGEVER = 'WERKGEVER',
}

export const STAFF_ROLLEN: readonly Rol[] = [Rol.ADMIN, Rol.ACCOUNTMANAGER, Rol.JOBHUNTER, Rol.WERKCOACH];

/** Who is calling. Every service method takes one; every query is scoped by its tenant (and werkgever). */
export interface Actor {
  userId: string;
  tenantId: string;
  rol: Rol;
  /** Set for WERKGEVER users only: the one employer organisation they act for. */
  werkgeverId: string | null;
}

export function isStaff(actor: Actor): boolean {
  return actor.rol !== Rol.WERKGEVER;
}
