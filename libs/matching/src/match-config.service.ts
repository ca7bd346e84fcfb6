import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, Rol } from '@matchpunt/common';
import { DEFAULT_MATCH_WEIGHTS, MatchWeights } from '@matchpunt/domain';
import { DataSource, EntityManager } from 'typeorm';
import { MatchConfig } from './match-config.entity';
import { GewichtenWijziging, valideerGewichten, wijzigGewichten } from './utils/gewichten';

export interface GewichtenStand {
  weights: MatchWeights;
  standaard: boolean;
  gewijzigdOp: Date | null;
  gewijzigdDoor: string | null;
}

/**
 * The matching weights per tenant. Read on every match (a primary-key lookup; no process-local cache that
 * replicas would have to agree on); changed by an ADMIN, validated against MatchWeights before it is stored.
 */
@Injectable()
export class MatchConfigService {
  private readonly logger = new Logger(MatchConfigService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async gewichten(tenantId: string, m: EntityManager = this.dataSource.manager): Promise<MatchWeights> {
    return (await this.stand(tenantId, m)).weights;
  }

  async stand(tenantId: string, m: EntityManager = this.dataSource.manager): Promise<GewichtenStand> {
    const config = await m.findOneBy(MatchConfig, { tenantId });
    if (!config) return { weights: DEFAULT_MATCH_WEIGHTS, standaard: true, gewijzigdOp: null, gewijzigdDoor: null };
    try {
      return {
        weights: valideerGewichten(config.weights),
        standaard: false,
        gewijzigdOp: config.updatedAt,
        gewijzigdDoor: config.updatedBy,
      };
    } catch (err) {
      // Stored weights are validated on write; should a row ever be edited by hand, match with the defaults.
      this.logger.error(`match_config of tenant ${tenantId} is invalid, using the defaults: ${err}`);
      return {
        weights: DEFAULT_MATCH_WEIGHTS,
        standaard: true,
        gewijzigdOp: config.updatedAt,
        gewijzigdDoor: config.updatedBy,
      };
    }
  }

  /** ADMIN: changes some weights (the rest stays), or with `herstel` goes back to the defaults. */
  async wijzig(actor: Actor, wijziging: GewichtenWijziging | null, herstel = false): Promise<GewichtenStand> {
    if (actor.rol !== Rol.ADMIN) throw AppError.forbidden('Alleen beheerders wijzigen de matchgewichten.');
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('match_config'), hashtext($1))`, [actor.tenantId]);
      if (herstel) {
        await m.delete(MatchConfig, { tenantId: actor.tenantId });
        return this.stand(actor.tenantId, m);
      }
      const huidig = await this.gewichten(actor.tenantId, m);
      const weights = wijzigGewichten(huidig, wijziging ?? {});
      await m.upsert(
        MatchConfig,
        { tenantId: actor.tenantId, weights, updatedBy: actor.userId, updatedAt: new Date() },
        ['tenantId'],
      );
      return this.stand(actor.tenantId, m);
    });
  }
}
