import { Actor, AppError } from '@matchpunt/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { sectieVanSbiCode, SbiSectie } from './sbi';

/** Checks shared by the write services of werkgevers; each throws AppError naming the input field. */

export function sectorVan(sbiCode: string, field = 'sbiCode'): SbiSectie {
  const sectie = sectieVanSbiCode(sbiCode);
  if (!sectie) throw AppError.badInput(`${field} "${sbiCode}" is geen bestaande SBI-code (2–5 cijfers, bijv. 4711).`, field);
  return sectie;
}

export async function assertKvkVrij(manager: EntityManager, actor: Actor, kvkNummer: string, exceptId?: string): Promise<void> {
  const [taken] = await manager.query(`SELECT 1 FROM werkgever WHERE tenant_id = $1 AND kvk_nummer = $2 AND id IS DISTINCT FROM $3`, [
    actor.tenantId,
    kvkNummer,
    exceptId ?? null,
  ]);
  if (taken) throw kvkConflict(kvkNummer);
}

export const kvkConflict = (kvkNummer: string) =>
  AppError.conflict(`Er is al een werkgever met KvK-nummer ${kvkNummer}.`, 'kvkNummer');

/** A concurrent insert of the same KvK-nummer loses on the unique constraint: answer it as the check would. */
export function alsKvkConflict(err: unknown, kvkNummer: string): unknown {
  const driverError = err instanceof QueryFailedError ? (err.driverError as { code?: string; constraint?: string }) : undefined;
  return driverError?.code === '23505' && driverError.constraint === 'werkgever_kvk_per_tenant' ? kvkConflict(kvkNummer) : err;
}

/** The owning accountmanager must be an ACCOUNTMANAGER or ADMIN of the same tenant. */
export async function assertAccountmanager(manager: EntityManager, actor: Actor, userId: string, field = 'accountmanagerId'): Promise<void> {
  // app_user belongs to auth, which depends on werkgevers; this one read keeps the dependency one way.
  const [row] = await manager.query(`SELECT 1 FROM app_user WHERE id = $1 AND tenant_id = $2 AND rol IN ('ACCOUNTMANAGER', 'ADMIN')`, [
    userId,
    actor.tenantId,
  ]);
  if (!row) throw AppError.badInput(`${field}: deze gebruiker is geen accountmanager van uw organisatie.`, field);
}

export async function assertGemeente(manager: EntityManager, actor: Actor, gemeenteId: string, field = 'gemeenteId'): Promise<void> {
  const [row] = await manager.query(`SELECT 1 FROM gemeente WHERE id = $1 AND tenant_id = $2`, [gemeenteId, actor.tenantId]);
  if (!row) throw AppError.badInput(`${field}: deze gemeente hoort niet bij uw organisatie.`, field);
}

export function assertPso(psoTrede: string | null, psoGeldigTot: string | null): void {
  if (psoGeldigTot && !psoTrede) throw AppError.badInput('psoGeldigTot kan alleen met een psoTrede.', 'psoGeldigTot');
}
