import { EntityManager } from 'typeorm';

export interface Ontvanger {
  email: string;
  naam: string;
}

/** The werkgever's side: its portal users, else its contactpersonen with an address. */
export async function werkgeverOntvangers(manager: EntityManager, tenantId: string, werkgeverId: string): Promise<Ontvanger[]> {
  const gebruikers: Ontvanger[] = await manager.query(
    `SELECT email, naam FROM app_user WHERE tenant_id = $1 AND werkgever_id = $2 AND locked_at IS NULL ORDER BY email`,
    [tenantId, werkgeverId],
  );
  if (gebruikers.length) return gebruikers;
  return manager.query(
    `SELECT email, naam FROM contactpersoon WHERE tenant_id = $1 AND werkgever_id = $2 AND email IS NOT NULL AND afgemeld_op IS NULL ORDER BY created_at LIMIT 1`,
    [tenantId, werkgeverId],
  );
}

/** The candidate's side: the werkcoach, and the candidate when an address is known. */
export async function kandidaatOntvangers(manager: EntityManager, tenantId: string, kandidaatId: string): Promise<Ontvanger[]> {
  const rows: { coach_email: string; coach_naam: string; email: string | null; voornaam: string | null }[] = await manager.query(
    `SELECT u.email AS coach_email, u.naam AS coach_naam, i.email, i.voornaam
     FROM kandidaat k JOIN app_user u ON u.id = k.werkcoach_id
     LEFT JOIN kandidaat_identiteit i ON i.kandidaat_id = k.id
     WHERE k.tenant_id = $1 AND k.id = $2`,
    [tenantId, kandidaatId],
  );
  if (!rows.length) return [];
  const [r] = rows;
  return [{ email: r.coach_email, naam: r.coach_naam }, ...(r.email ? [{ email: r.email, naam: r.voornaam ?? '' }] : [])];
}

/** Dedupe keys may not carry addresses in clear; a short stable tag per recipient. */
export function ontvangerTag(email: string): string {
  let h = 2166136261;
  for (const c of email.toLowerCase()) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h.toString(36);
}
