import { EntityManager } from 'typeorm';

/**
 * The next pseudonym code of a tenant for a year: `K-2026-0142`. A counter per (tenant, year), taken under
 * the row lock of the upsert, so concurrent registrations never get the same number. Nothing about the
 * person goes into it.
 */
export async function volgendeKandidaatCode(manager: EntityManager, tenantId: string, jaar: number): Promise<string> {
  const [row] = await manager.query(
    `INSERT INTO kandidaat_code_reeks (tenant_id, jaar, laatste) VALUES ($1, $2, 1)
     ON CONFLICT (tenant_id, jaar) DO UPDATE SET laatste = kandidaat_code_reeks.laatste + 1
     RETURNING laatste`,
    [tenantId, jaar],
  );
  return formatKandidaatCode(jaar, row.laatste);
}

export function formatKandidaatCode(jaar: number, volgnummer: number): string {
  return `K-${jaar}-${String(volgnummer).padStart(4, '0')}`;
}
