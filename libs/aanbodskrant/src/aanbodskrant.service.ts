import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, Connection, decodeCursor, PageArgs, requireRol, Rol, toConnection } from '@matchpunt/common';
import { KandidaatService, KandidaatStatus } from '@matchpunt/kandidaten';
import { isUuid } from '@matchpunt/werkgevers';
import { DataSource, EntityManager } from 'typeorm';
import { AanbodskrantEditie, AanbodskrantKandidaat } from './aanbodskrant-editie.entity';
import { AanbodskrantStatus } from './aanbodskrant.enums';
import { AanbodskrantInput, WijzigAanbodskrantInput } from './dto/aanbodskrant.input';
import { AanbodKaart, naarAanbodKaart } from './render/aanbod-kaart';

export const AANBODSKRANT_ROLLEN: readonly Rol[] = [Rol.ACCOUNTMANAGER, Rol.ADMIN];

/**
 * Composing editions: title, intro, publication date and an ordered list of available candidates. Only a
 * CONCEPT can change; every write is one transaction. ACCOUNTMANAGER and ADMIN of the tenant only.
 */
@Injectable()
export class AanbodskrantService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly kandidaten: KandidaatService,
  ) {}

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<AanbodskrantEditie> {
    requireRol(actor, ...AANBODSKRANT_ROLLEN);
    const editie = isUuid(id)
      ? await manager.findOne(AanbodskrantEditie, { where: { id, tenantId: actor.tenantId }, ...(lock && { lock: { mode: 'pessimistic_write' } }) })
      : null;
    if (!editie) throw AppError.notFound('Aanbodskrant', id);
    return editie;
  }

  /** Newest first. */
  async list(actor: Actor, status: AanbodskrantStatus | undefined, page: PageArgs): Promise<Connection<AanbodskrantEditie>> {
    requireRol(actor, ...AANBODSKRANT_ROLLEN);
    const offset = decodeCursor(page.after);
    const [nodes, total] = await this.dataSource.manager.findAndCount(AanbodskrantEditie, {
      where: { tenantId: actor.tenantId, ...(status && { status }) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: page.first,
    });
    return toConnection(nodes, offset, total);
  }

  async maak(actor: Actor, input: AanbodskrantInput): Promise<AanbodskrantEditie> {
    requireRol(actor, ...AANBODSKRANT_ROLLEN);
    return this.dataSource.transaction(async (manager) => {
      await this.controleerKandidaten(manager, actor, input.kandidaatIds);
      const editie = await manager.save(
        manager.create(AanbodskrantEditie, {
          tenantId: actor.tenantId,
          titel: input.titel,
          intro: input.intro ?? '',
          publicatiedatum: input.publicatiedatum,
          status: AanbodskrantStatus.CONCEPT,
          aangemaaktDoor: actor.userId,
          verzondenDoor: null,
          verzondenOp: null,
          kaarten: null,
          ontvangersTotaal: null,
          ingepland: 0,
        }),
      );
      await this.zetKandidaten(manager, actor, editie.id, input.kandidaatIds);
      return editie;
    });
  }

  async wijzig(actor: Actor, id: string, input: WijzigAanbodskrantInput): Promise<AanbodskrantEditie> {
    return this.dataSource.transaction(async (manager) => {
      const editie = await this.get(actor, id, manager, true);
      if (editie.status !== AanbodskrantStatus.CONCEPT) {
        throw AppError.conflict('Deze aanbodskrant is al verzonden en kan niet meer gewijzigd worden; maak een nieuwe editie.', 'status');
      }
      if (input.titel !== undefined) editie.titel = input.titel;
      if (input.intro !== undefined) editie.intro = input.intro;
      if (input.publicatiedatum !== undefined) editie.publicatiedatum = input.publicatiedatum;
      if (input.kandidaatIds !== undefined) {
        await this.controleerKandidaten(manager, actor, input.kandidaatIds);
        await manager.delete(AanbodskrantKandidaat, { editieId: editie.id });
        await this.zetKandidaten(manager, actor, editie.id, input.kandidaatIds);
      }
      editie.updatedAt = new Date();
      return manager.save(editie);
    });
  }

  /** The candidate ids of an edition, in order. */
  async kandidaatIds(actor: Actor, editieId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager.find(AanbodskrantKandidaat, { where: { editieId, tenantId: actor.tenantId }, order: { positie: 'ASC' } });
    return rows.map((row) => row.kandidaatId);
  }

  async aantalInteresses(actor: Actor, editieId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM aanbodskrant_interesse WHERE tenant_id = $1 AND editie_id = $2`,
      [actor.tenantId, editieId],
    );
    return n;
  }

  /** The cards of an edition: as sent, or (CONCEPT) as they are now. */
  async kaarten(actor: Actor, editie: AanbodskrantEditie): Promise<AanbodKaart[]> {
    requireRol(actor, ...AANBODSKRANT_ROLLEN);
    if (editie.kaarten) return editie.kaarten;
    const ids = await this.kandidaatIds(actor, editie.id);
    if (ids.length === 0) return [];
    return (await this.kandidaten.kaarten(actor, ids)).map(naarAanbodKaart);
  }

  /**
   * Every id must be a candidate of the tenant (else NOT_FOUND) that is BESCHIKBAAR now (else BAD_USER_INPUT on
   * `kandidaatIds.<n>`); a candidate may appear once.
   */
  async controleerKandidaten(manager: EntityManager, actor: Actor, ids: readonly string[]): Promise<void> {
    const dubbel = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (dubbel >= 0) throw AppError.badInput('kandidaatIds: elke kandidaat mag maar één keer in de krant staan.', `kandidaatIds.${dubbel}`);
    if (ids.length === 0) return;
    const kandidaten = await this.kandidaten.getMany(actor, ids, manager);
    const niet = kandidaten.findIndex((k) => k.status !== KandidaatStatus.BESCHIKBAAR);
    if (niet >= 0) {
      throw AppError.badInput(
        `Kandidaat ${kandidaten[niet].code} is niet beschikbaar (${kandidaten[niet].status}); alleen beschikbare kandidaten kunnen in de aanbodskrant.`,
        `kandidaatIds.${niet}`,
      );
    }
  }

  private async zetKandidaten(manager: EntityManager, actor: Actor, editieId: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.insert(
      AanbodskrantKandidaat,
      ids.map((kandidaatId, positie) => ({ editieId, kandidaatId, tenantId: actor.tenantId, positie })),
    );
  }
}
