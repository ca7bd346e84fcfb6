import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, werkgeverScope } from '@matchpunt/common';
import { DataSource, EntityManager } from 'typeorm';
import { Contactpersoon } from './contactpersoon.entity';
import { ContactpersoonInput, WijzigContactpersoonInput } from './dto/contactpersoon.input';
import { isUuid } from './uuid';
import { WerkgeverService } from './werkgever.service';
import { WerkgeverWijzigingen } from './werkgever-wijzigingen';

const AANBODSKRANT_ZONDER_EMAIL = 'Voor de aanbodskrant is een e-mailadres nodig.';

/** Contactpersonen of werkgevers and their subscription to the aanbodskrant. */
@Injectable()
export class ContactpersoonService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly werkgevers: WerkgeverService,
    private readonly wijzigingen: WerkgeverWijzigingen,
  ) {}

  async voegToe(actor: Actor, werkgeverId: string, input: ContactpersoonInput): Promise<Contactpersoon> {
    const contact = await this.dataSource.transaction(async (manager) => {
      await this.werkgevers.getForActor(actor, werkgeverId, manager, true);
      const created = await this.insert(manager, actor, werkgeverId, input);
      await this.wijzigingen.gewijzigd(manager, werkgeverId);
      return created;
    });
    this.wijzigingen.naCommit();
    return contact;
  }

  /** Used by maakWerkgever inside its transaction; `field` prefixes the input path in errors. */
  async insert(manager: EntityManager, actor: Actor, werkgeverId: string, input: ContactpersoonInput, field = ''): Promise<Contactpersoon> {
    if (input.ontvangtAanbodskrant && !input.email) throw AppError.badInput(AANBODSKRANT_ZONDER_EMAIL, `${field}email`);
    return manager.save(
      manager.create(Contactpersoon, {
        tenantId: actor.tenantId,
        werkgeverId,
        naam: input.naam,
        functie: input.functie ?? null,
        email: input.email ?? null,
        telefoon: input.telefoon ?? null,
        ontvangtAanbodskrant: input.ontvangtAanbodskrant ?? false,
        afgemeldOp: null,
      }),
    );
  }

  async wijzig(actor: Actor, id: string, input: WijzigContactpersoonInput): Promise<Contactpersoon> {
    const contact = await this.dataSource.transaction(async (manager) => {
      const found = await this.lockVisible(manager, actor, id);
      for (const key of ['naam', 'functie', 'email', 'telefoon'] as const) {
        if (input[key] !== undefined) Object.assign(found, { [key]: input[key] });
      }
      if (input.ontvangtAanbodskrant !== undefined && input.ontvangtAanbodskrant !== found.ontvangtAanbodskrant) {
        found.ontvangtAanbodskrant = input.ontvangtAanbodskrant;
        found.afgemeldOp = input.ontvangtAanbodskrant ? null : new Date();
      }
      if (found.ontvangtAanbodskrant && !found.email) throw AppError.badInput(AANBODSKRANT_ZONDER_EMAIL, 'email');
      const saved = await manager.save(found);
      await this.wijzigingen.gewijzigd(manager, found.werkgeverId);
      return saved;
    });
    this.wijzigingen.naCommit();
    return contact;
  }

  /**
   * Unsubscribes a contactpersoon from the aanbodskrant (e.g. from a signed link in the mail, where the
   * aanbodskrant feature has checked the signature and knows the tenant). Idempotent: true when it was subscribed.
   */
  async meldAfVoorAanbodskrant(tenantId: string, contactpersoonId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    if (!isUuid(contactpersoonId)) return false;
    const [rows] = await manager.query(
      `UPDATE contactpersoon SET ontvangt_aanbodskrant = false, afgemeld_op = now(), updated_at = now()
       WHERE id = $1 AND tenant_id = $2 AND ontvangt_aanbodskrant RETURNING id`,
      [contactpersoonId, tenantId],
    );
    return rows.length > 0;
  }

  private async lockVisible(manager: EntityManager, actor: Actor, id: string): Promise<Contactpersoon> {
    const found = isUuid(id) ? await manager.findOne(Contactpersoon, { where: { id, tenantId: actor.tenantId }, lock: { mode: 'pessimistic_write' } }) : null;
    const scope = werkgeverScope(actor);
    if (!found || (scope && scope !== found.werkgeverId)) throw AppError.notFound('Contactpersoon', id);
    return found;
  }
}
