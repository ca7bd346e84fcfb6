import { EntityManager } from 'typeorm';

export enum AuditActie {
  /** A staff member read a candidate's identity (with a reason). */
  IDENTITEIT_INGEZIEN = 'IDENTITEIT_INGEZIEN',
  /** An employer user read a candidate's contact details under that employer's consent. */
  IDENTITEIT_GEDEELD = 'IDENTITEIT_GEDEELD',
  IDENTITEIT_GEWIJZIGD = 'IDENTITEIT_GEWIJZIGD',
}

export interface AuditRegel {
  tenantId: string;
  userId: string;
  actie: AuditActie;
  onderwerpId: string;
  reden: string;
}

/** Who, what, when, why: written in the transaction of the read or change it records. */
export async function schrijfAudit(manager: EntityManager, regels: readonly AuditRegel[]): Promise<void> {
  if (regels.length === 0) return;
  await manager.query(
    `INSERT INTO audit_log (tenant_id, user_id, actie, onderwerp_type, onderwerp_id, reden)
     SELECT tenant_id, user_id, actie, 'kandidaat', onderwerp_id, reden
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[]) AS r(tenant_id, user_id, actie, onderwerp_id, reden)`,
    [
      regels.map((r) => r.tenantId),
      regels.map((r) => r.userId),
      regels.map((r) => r.actie),
      regels.map((r) => r.onderwerpId),
      regels.map((r) => r.reden),
    ],
  );
}
