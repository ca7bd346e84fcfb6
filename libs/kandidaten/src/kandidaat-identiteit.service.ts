import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, isStaff } from '@matchpunt/common';
import { DataSource, In } from 'typeorm';
import { KandidaatAccess, KandidaatRecht } from './access/kandidaat-access';
import { KaartIdentiteit } from './kandidaat-kaart.type';
import { KandidaatIdentiteit } from './kandidaat-identiteit.entity';
import { ToestemmingService } from './toestemming.service';
import { AuditActie, schrijfAudit } from './utils/audit-log';
import { tekst } from './utils/validate-kandidaat';

/**
 * Every read of a candidate's identity goes through here, and every read writes an audit_log row in the
 * same transaction: staff with a stated reason, employer users under the candidate's consent.
 */
@Injectable()
export class KandidaatIdentiteitService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: KandidaatAccess,
    private readonly toestemmingen: ToestemmingService,
  ) {}

  /** Staff: the full identity, for a reason that goes into the audit log. */
  lees(actor: Actor, kandidaatId: string, reden: string): Promise<KandidaatIdentiteit> {
    if (!isStaff(actor)) throw AppError.forbidden();
    const waarom = tekst(reden, 'reden', { min: 5, max: 500 })!;
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(manager, actor, KandidaatRecht.BEGELEIDEN, [kandidaatId]);
      const identiteit = await manager.findOneBy(KandidaatIdentiteit, { kandidaatId, tenantId: actor.tenantId });
      if (!identiteit) throw AppError.notFound('Identiteit van kandidaat', kandidaatId);
      await schrijfAudit(manager, [{ tenantId: actor.tenantId, userId: actor.userId, actie: AuditActie.IDENTITEIT_INGEZIEN, onderwerpId: kandidaatId, reden: waarom }]);
      return identiteit;
    });
  }

  /**
   * Employer users: name, phone and e-mail of the candidates among `kandidaatIds` that consented to share
   * with the caller's werkgever (null for the others). Batched for DataLoaders; one audit row per disclosure.
   * Staff get null here: they read identity through `lees`, with a reason.
   */
  kaartIdentiteiten(actor: Actor, kandidaatIds: readonly string[]): Promise<(KaartIdentiteit | null)[]> {
    const werkgeverId = actor.werkgeverId;
    if (isStaff(actor) || !werkgeverId) return Promise.resolve(kandidaatIds.map(() => null));
    return this.dataSource.transaction(async (manager) => {
      const metToestemming = [...(await this.toestemmingen.actieveVoor(manager, werkgeverId, kandidaatIds))];
      const rijen = metToestemming.length
        ? await manager.find(KandidaatIdentiteit, { where: { kandidaatId: In(metToestemming), tenantId: actor.tenantId } })
        : [];
      const perId = new Map(rijen.map((r) => [r.kandidaatId, { voornaam: r.voornaam, achternaam: r.achternaam, telefoon: r.telefoon, email: r.email }]));
      await schrijfAudit(
        manager,
        [...perId.keys()].map((onderwerpId) => ({
          tenantId: actor.tenantId,
          userId: actor.userId,
          actie: AuditActie.IDENTITEIT_GEDEELD,
          onderwerpId,
          reden: `Contactgegevens gedeeld met werkgever ${werkgeverId} op grond van toestemming`,
        })),
      );
      return kandidaatIds.map((id) => perId.get(id) ?? null);
    });
  }
}
