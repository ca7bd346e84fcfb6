import { Injectable } from '@nestjs/common';
import { Actor, AppError, isStaff, Rol } from '@matchpunt/common';
import { EntityManager } from 'typeorm';
import { KandidaatStatus } from '../kandidaat.enums';
import { KandidaatZichtbaarheid } from './kandidaat-zichtbaarheid';

/** What a caller wants to do with candidates. One rule per right, in one place. */
export enum KandidaatRecht {
  /** The staff view (profile, indications, instruments): every staff member of the tenant. */
  LEZEN = 'LEZEN',
  /** Edit profile, identity, indications: the candidate's werkcoach or an ADMIN. */
  BEHEREN = 'BEHEREN',
  /** Read identity (audited), record consent, change status: the werkcoach, or ADMIN/ACCOUNTMANAGER/JOBHUNTER. */
  BEGELEIDEN = 'BEGELEIDEN',
  /** The anonymised card: staff always; a WERKGEVER when BESCHIKBAAR, consented to it, or shown to it. */
  KAART = 'KAART',
}

interface AccessRow {
  id: string;
  werkcoach_id: string;
  status: KandidaatStatus;
  toestemming: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BEGELEIDERS: readonly Rol[] = [Rol.ADMIN, Rol.ACCOUNTMANAGER, Rol.JOBHUNTER];

/**
 * Set-based access checks (after immich's `requireAccess`): `require` throws unless the caller has the
 * right on every id. Ids of another tenant, and candidates a werkgever may not see, answer NOT_FOUND (their
 * existence is not revealed); a staff member without the right gets FORBIDDEN.
 */
@Injectable()
export class KandidaatAccess {
  constructor(private readonly zichtbaarheid: KandidaatZichtbaarheid) {}

  async require(manager: EntityManager, actor: Actor, recht: KandidaatRecht, ids: readonly string[]): Promise<void> {
    const { toegestaan, verboden, onbekend } = await this.check(manager, actor, recht, ids);
    if (onbekend.length) throw AppError.notFound('Kandidaat', onbekend[0]);
    if (verboden.length || toegestaan.size < new Set(ids).size) throw AppError.forbidden('U heeft geen rechten voor deze kandidaat.');
  }

  /** Sorts ids into allowed, forbidden (visible but not permitted) and unknown (absent or invisible). */
  async check(
    manager: EntityManager,
    actor: Actor,
    recht: KandidaatRecht,
    ids: readonly string[],
  ): Promise<{ toegestaan: Set<string>; verboden: string[]; onbekend: string[] }> {
    const unique = [...new Set(ids)];
    const geldig = unique.filter((id) => UUID.test(id));
    const rows: AccessRow[] = geldig.length
      ? await manager.query(
          `SELECT k.id, k.werkcoach_id, k.status,
                  EXISTS (SELECT 1 FROM kandidaat_toestemming t
                          WHERE t.kandidaat_id = k.id AND t.werkgever_id = $3 AND t.ingetrokken_op IS NULL) AS toestemming
           FROM kandidaat k WHERE k.tenant_id = $1 AND k.id = ANY($2::uuid[])`,
          [actor.tenantId, geldig, actor.werkgeverId],
        )
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const toegestaan = new Set<string>();
    const verboden: string[] = [];
    const onbekend = unique.filter((id) => !byId.has(id));

    if (!isStaff(actor)) {
      if (recht !== KandidaatRecht.KAART || !actor.werkgeverId) return { toegestaan, verboden: [...byId.keys()], onbekend };
      const rest: string[] = [];
      for (const row of rows) {
        if (row.status === KandidaatStatus.BESCHIKBAAR || row.toestemming) toegestaan.add(row.id);
        else rest.push(row.id);
      }
      const getoond = rest.length ? await this.zichtbaarheid.zichtbaarVoorWerkgever(manager, actor.tenantId, actor.werkgeverId, rest) : new Set();
      for (const id of rest) {
        if (getoond.has(id)) toegestaan.add(id);
        else onbekend.push(id);
      }
      return { toegestaan, verboden, onbekend };
    }

    for (const row of rows) {
      if (magStaf(actor, recht, row)) toegestaan.add(row.id);
      else verboden.push(row.id);
    }
    return { toegestaan, verboden, onbekend };
  }
}

function magStaf(actor: Actor, recht: KandidaatRecht, row: AccessRow): boolean {
  const eigenCoach = row.werkcoach_id === actor.userId;
  switch (recht) {
    case KandidaatRecht.LEZEN:
    case KandidaatRecht.KAART:
      return true;
    case KandidaatRecht.BEHEREN:
      return eigenCoach || actor.rol === Rol.ADMIN;
    case KandidaatRecht.BEGELEIDEN:
      return eigenCoach || BEGELEIDERS.includes(actor.rol);
  }
}
