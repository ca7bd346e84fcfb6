import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, isStaff, JobOutbox, OutboxJob, Queue, Rol } from '@matchpunt/common';
import { isUuid, tekst } from '@matchpunt/parameters';
import { WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource, EntityManager, In } from 'typeorm';
import { CalculatieAanvraag } from './calculatie-aanvraag.entity';
import { CalculatieService } from './calculatie.service';
import { OfferteInput, OfferteVersieInput } from './dto/calculatie.input';
import { Offerte, OfferteVersie } from './offerte.entity';
import { AanvraagStatus, OFFERTE_OVERGANGEN, OfferteStatus } from './offerte.enums';

export const RENDER_OFFERTE_PDF_JOB = 'RenderOffertePdf';

export interface RenderOffertePdfJob {
  tenantId: string;
  versieId: string;
}

export function offertePdfJob(versie: Pick<OfferteVersie, 'id' | 'tenantId'>): OutboxJob {
  return { queue: Queue.DOCUMENT, name: RENDER_OFFERTE_PDF_JOB, data: { tenantId: versie.tenantId, versieId: versie.id }, jobId: `offerte-pdf-${versie.id}` };
}

const MAKERS: readonly Rol[] = [Rol.ACCOUNTMANAGER, Rol.ADMIN];
const ZICHTBAAR_VOOR_WERKGEVER = [OfferteStatus.VERSTUURD, OfferteStatus.GEACCEPTEERD, OfferteStatus.AFGEWEZEN];

/**
 * Quotes for groepsplaatsingen. ACCOUNTMANAGER/ADMIN make them and their versions; every version stores its
 * input, result and parameter set, and gets its PDF from a job queued in the same transaction. A WERKGEVER sees
 * its own quotes from VERSTUURD on (never a CONCEPT) and accepts or rejects a sent version.
 */
@Injectable()
export class OfferteService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calculaties: CalculatieService,
    private readonly werkgevers: WerkgeverService,
    private readonly outbox: JobOutbox,
  ) {}

  async maak(actor: Actor, input: OfferteInput): Promise<Offerte> {
    this.magMaken(actor);
    const titel = tekst(input.titel, 'titel', 200, true);
    const toelichting = tekst(input.toelichting, 'toelichting', 4000);
    const berekend = await this.calculaties.voorOpslag(actor, input.calculatie);
    const offerte = await this.dataSource.transaction(async (m) => {
      await this.werkgevers.getForActor(actor, input.werkgeverId, m);
      const aanvraagId = input.aanvraagId ? await this.sluitAanvraag(m, actor, input.aanvraagId, input.werkgeverId) : null;
      const offerte = await m.save(m.create(Offerte, { tenantId: actor.tenantId, werkgeverId: input.werkgeverId, titel, aanvraagId, aangemaaktDoor: actor.userId }));
      if (aanvraagId) await m.update(CalculatieAanvraag, { id: aanvraagId }, { offerteId: offerte.id });
      await this.voegVersieToe(m, actor, offerte, 1, berekend, toelichting);
      return offerte;
    });
    this.outbox.flushSoon();
    return offerte;
  }

  async nieuweVersie(actor: Actor, offerteId: string, input: OfferteVersieInput): Promise<OfferteVersie> {
    this.magMaken(actor);
    const toelichting = tekst(input.toelichting, 'toelichting', 4000);
    const berekend = await this.calculaties.voorOpslag(actor, input.calculatie);
    const versie = await this.dataSource.transaction(async (m) => {
      const offerte = await this.vindOfferte(m, actor, offerteId, true);
      const versies = await m.find(OfferteVersie, { where: { offerteId: offerte.id }, order: { versie: 'DESC' } });
      if (versies.some((v) => v.status === OfferteStatus.GEACCEPTEERD)) {
        throw AppError.conflict('Deze offerte is al geaccepteerd; maak een nieuwe offerte.');
      }
      return this.voegVersieToe(m, actor, offerte, (versies[0]?.versie ?? 0) + 1, berekend, toelichting);
    });
    this.outbox.flushSoon();
    return versie;
  }

  /** CONCEPT → VERSTUURD (staff) → GEACCEPTEERD | AFGEWEZEN (staff or the werkgever itself, latest version only). */
  async wijzigStatus(actor: Actor, versieId: string, status: OfferteStatus): Promise<OfferteVersie> {
    if (!Object.values(OfferteStatus).includes(status)) throw AppError.badInput(`Onbekende status ${status}.`, 'status');
    return this.dataSource.transaction(async (m) => {
      const versie = await this.vindVersie(m, actor, versieId, true);
      if (!OFFERTE_OVERGANGEN[versie.status].includes(status)) {
        throw AppError.conflict(`Een offerte met status ${versie.status} kan niet naar ${status}.`, 'status');
      }
      if (actor.rol === Rol.WERKGEVER ? versie.status !== OfferteStatus.VERSTUURD : !MAKERS.includes(actor.rol)) throw AppError.forbidden();
      if (status !== OfferteStatus.VERSTUURD) {
        const [{ laatste }] = await m.query(`SELECT max(versie) AS laatste FROM offerte_versie WHERE offerte_id = $1 AND status <> 'CONCEPT'`, [versie.offerteId]);
        if (laatste !== versie.versie) throw AppError.conflict('Er is een nieuwere versie van deze offerte verstuurd; beslis over die versie.', 'status');
        versie.beslistOp = new Date();
        versie.beslistDoor = actor.userId;
      } else {
        versie.verstuurdOp = new Date();
      }
      versie.status = status;
      return m.save(versie);
    });
  }

  /** The quotes of a werkgever, newest first (a WERKGEVER: its own, with at least one version sent). */
  async lijst(actor: Actor, werkgeverId: string): Promise<Offerte[]> {
    await this.werkgevers.getForActor(actor, werkgeverId);
    const qb = this.dataSource.manager
      .createQueryBuilder(Offerte, 'o')
      .where('o.tenant_id = :tenantId AND o.werkgever_id = :werkgeverId', { tenantId: actor.tenantId, werkgeverId });
    if (!isStaff(actor)) {
      qb.andWhere(`EXISTS (SELECT 1 FROM offerte_versie v WHERE v.offerte_id = o.id AND v.status <> 'CONCEPT')`);
    }
    return qb.orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'ASC').limit(200).getMany();
  }

  get(actor: Actor, id: string): Promise<Offerte> {
    return this.vindOfferte(this.dataSource.manager, actor, id);
  }

  getVersie(actor: Actor, id: string): Promise<OfferteVersie> {
    return this.vindVersie(this.dataSource.manager, actor, id);
  }

  /** The versions the caller may see, newest first. */
  versies(actor: Actor, offerteId: string): Promise<OfferteVersie[]> {
    return this.dataSource.manager.find(OfferteVersie, {
      where: { offerteId, tenantId: actor.tenantId, ...(!isStaff(actor) && { status: In(ZICHTBAAR_VOOR_WERKGEVER) }) },
      order: { versie: 'DESC' },
    });
  }

  private magMaken(actor: Actor): void {
    if (!MAKERS.includes(actor.rol)) throw AppError.forbidden('Alleen accountmanagers en beheerders maken offertes.');
  }

  private async voegVersieToe(
    m: EntityManager,
    actor: Actor,
    offerte: Offerte,
    nummer: number,
    berekend: Awaited<ReturnType<CalculatieService['voorOpslag']>>,
    toelichting: string,
  ): Promise<OfferteVersie> {
    const versie = await m.save(
      m.create(OfferteVersie, {
        tenantId: actor.tenantId,
        offerteId: offerte.id,
        versie: nummer,
        status: OfferteStatus.CONCEPT,
        peildatum: berekend.invoer.peildatum,
        parameterSetId: berekend.set.id,
        invoer: berekend.invoer,
        resultaat: berekend.resultaat,
        toelichting,
        aangemaaktDoor: actor.userId,
      }),
    );
    await m.update(Offerte, { id: offerte.id }, { updatedAt: new Date() });
    await this.outbox.add(m, offertePdfJob(versie));
    return versie;
  }

  private async sluitAanvraag(m: EntityManager, actor: Actor, aanvraagId: string, werkgeverId: string): Promise<string> {
    const aanvraag = isUuid(aanvraagId)
      ? await m.findOne(CalculatieAanvraag, { where: { id: aanvraagId, tenantId: actor.tenantId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!aanvraag || aanvraag.werkgeverId !== werkgeverId) throw AppError.badInput('Deze aanvraag hoort niet bij de werkgever.', 'aanvraagId');
    if (aanvraag.status !== AanvraagStatus.OPEN) throw AppError.conflict('Deze aanvraag is al afgehandeld.', 'aanvraagId');
    aanvraag.status = AanvraagStatus.AFGEHANDELD;
    await m.save(aanvraag);
    return aanvraag.id;
  }

  private async vindOfferte(m: EntityManager, actor: Actor, id: string, lock = false): Promise<Offerte> {
    const found = isUuid(id)
      ? await m.findOne(Offerte, { where: { id, tenantId: actor.tenantId }, ...(lock && { lock: { mode: 'pessimistic_write' as const } }) })
      : null;
    if (!found || !(await this.zichtbaar(m, actor, found))) throw AppError.notFound('Offerte', id);
    return found;
  }

  private async vindVersie(m: EntityManager, actor: Actor, id: string, lock = false): Promise<OfferteVersie> {
    const versie = isUuid(id)
      ? await m.findOne(OfferteVersie, { where: { id, tenantId: actor.tenantId }, ...(lock && { lock: { mode: 'pessimistic_write' as const } }) })
      : null;
    const offerte = versie && (await m.findOneBy(Offerte, { id: versie.offerteId, tenantId: actor.tenantId }));
    const zichtbaar = versie && offerte && (isStaff(actor) || (offerte.werkgeverId === actor.werkgeverId && ZICHTBAAR_VOOR_WERKGEVER.includes(versie.status)));
    if (!zichtbaar) throw AppError.notFound('Offerteversie', id);
    return versie;
  }

  private async zichtbaar(m: EntityManager, actor: Actor, offerte: Offerte): Promise<boolean> {
    if (isStaff(actor)) return true;
    if (offerte.werkgeverId !== actor.werkgeverId) return false;
    return (await m.count(OfferteVersie, { where: { offerteId: offerte.id, status: In(ZICHTBAAR_VOOR_WERKGEVER) } })) > 0;
  }
}
