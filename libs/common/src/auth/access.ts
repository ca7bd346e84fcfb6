import { AppError } from '../errors/app-error';
import { Actor, Rol } from './actor';

export function requireRol(actor: Actor, ...rollen: Rol[]): void {
  if (!rollen.includes(actor.rol)) throw AppError.forbidden();
}

/** A WERKGEVER may only touch its own organisation; staff may touch any werkgever of their tenant. */
export function requireWerkgever(actor: Actor, werkgeverId: string): void {
  if (actor.rol === Rol.WERKGEVER && actor.werkgeverId !== werkgeverId) throw AppError.forbidden();
}

/** The werkgever a query must be narrowed to: the caller's own for employer users, else none. */
export function werkgeverScope(actor: Actor): string | null {
  return actor.rol === Rol.WERKGEVER ? actor.werkgeverId : null;
}
