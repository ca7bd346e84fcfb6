import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppConfig, AppError, isStaff, JobOutbox, Rol } from '@matchpunt/common';
import { KandidaatService, KandidaatStatus, KandidaatZichtbaarheid } from '@matchpunt/kandidaten';
import { MailService } from '@matchpunt/mail';
import { VacatureService, VacatureStatus } from '@matchpunt/vacatures';
import { Werkgever, WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource, EntityManager } from 'typeorm';
import { isUniekFout, isUuid, tekst } from './utils/validatie';
import { voorstelMail } from './utils/voorstel-mail';
import { Voorstel, VoorstelOvergang } from './voorstel.entity';
import { VoorstelBron, VoorstelStatus } from './voorstel.enums';

export type VoorstelBronNaam = `${VoorstelBron}`;

/** What `maakVoorstel` needs; other features (aanbodskrant, speeddate, functiecreatie) call it too. */
export interface MaakVoorstelInput {
  kandidaatId: string;
  werkgeverId: string;
  vacatureId?: string | null;
  notitie: string;
  bron: VoorstelBronNaam;
  /** Who follows it up; default: the caller, or for AANBODSKRANT the werkgever's accountmanager. */
  accountmanagerId?: string | null;
}

/** Candidates in these states may be proposed. */
const VOORSTELBAAR: readonly KandidaatStatus[] = [KandidaatStatus.BESCHIKBAAR, KandidaatStatus.IN_TRAJECT];
const VOORSTELLERS: readonly Rol[] = [Rol.ACCOUNTMANAGER, Rol.JOBHUNTER, Rol.ADMIN];
const OPEN_STATUSSEN = "'VOORGESTELD','BEKEKEN','INTERESSE','KENNISMAKING','PROEFPLAATSING'";
export const NOTITIE_MAX = 2000;

/**
 * Creating voorstellen: a candidate pushed to a werkgever (with or without a vacature). The werkgever's
 * contactpersonen get the anonymised card by mail, once per recipient; the werkgever may from then on see
 * the card of this candidate (registered with `KandidaatZichtbaarheid`).
 */
@Injectable()
export class VoorstelService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly kandidaten: KandidaatService,
    private readonly werkgevers: WerkgeverService,
    private readonly vacatures: VacatureService,
    private readonly zichtbaarheid: KandidaatZichtbaarheid,
    private readonly mail: MailService,
    private readonly outbox: JobOutbox,
    private readonly config: AppConfig,
  ) {}

  /** A werkgever may see the cards of candidates proposed to it (unless the voorstel was withdrawn). */
  onModuleInit(): void {
    this.zichtbaarheid.registreer(async (manager, tenantId, werkgeverId, kandidaatIds) => {
      const rows: { kandidaat_id: string }[] = await manager.query(
        `SELECT DISTINCT kandidaat_id FROM voorstel
         WHERE tenant_id = $1 AND werkgever_id = $2 AND kandidaat_id = ANY($3::uuid[]) AND status <> 'INGETROKKEN'`,
        [tenantId, werkgeverId, kandidaatIds],
      );
      return rows.map((row) => row.kandidaat_id);
    });
  }

  /**
   * Creates one voorstel in the caller's transaction (`manager`) and queues the mails to the werkgever's
   * contactpersonen in it; the caller commits and calls `JobOutbox.flushSoon()`. The actor must be staff
   * (ACCOUNTMANAGER, JOBHUNTER or ADMIN; features acting for a werkgever's interest pass the accountmanager).
   * Refuses a candidate that is not BESCHIKBAAR/IN_TRAJECT (BAD_USER_INPUT), a vacature of another
   * werkgever or not OPEN (BAD_USER_INPUT), and a second open voorstel for the same pair (CONFLICT).
   */
  async maakVoorstel(manager: EntityManager, actor: Actor, input: MaakVoorstelInput): Promise<Voorstel> {
    if (!VOORSTELLERS.includes(actor.rol))
      throw AppError.forbidden('Alleen accountmanagers, jobhunters en beheerders stellen kandidaten voor.');
    if (!Object.values(VoorstelBron).includes(input.bron as VoorstelBron))
      throw AppError.badInput('bron: onbekende bron.', 'bron');
    const notitie = tekst(input.notitie, 'notitie', NOTITIE_MAX);
    if (!isUuid(input.kandidaatId)) throw AppError.notFound('Kandidaat', input.kandidaatId);

    const kandidaat = await this.kandidaten.getForActor(actor, input.kandidaatId, manager);
    if (!VOORSTELBAAR.includes(kandidaat.status)) {
      throw AppError.badInput(
        `Kandidaat ${kandidaat.code} heeft status ${kandidaat.status} en kan niet worden voorgesteld; alleen BESCHIKBAAR of IN_TRAJECT.`,
        'kandidaatId',
      );
    }
    const werkgever = await this.werkgevers.getForActor(actor, input.werkgeverId, manager);
    const vacatureId = input.vacatureId ?? null;
    let vacatureTitel: string | null = null;
    if (vacatureId) {
      const vacature = await this.vacatures.getForActor(actor, vacatureId, manager);
      if (vacature.werkgeverId !== werkgever.id)
        throw AppError.badInput('Deze vacature is van een andere werkgever.', 'vacatureId');
      if (vacature.status !== VacatureStatus.OPEN)
        throw AppError.badInput(`Deze vacature staat niet open (${vacature.status}).`, 'vacatureId');
      vacatureTitel = vacature.titel;
    }
    await this.weigerDubbel(manager, actor, kandidaat.id, kandidaat.code, werkgever);

    const accountmanagerId =
      input.accountmanagerId ??
      (input.bron === VoorstelBron.AANBODSKRANT ? (werkgever.accountmanagerId ?? actor.userId) : actor.userId);
    const nu = new Date();
    let voorstel: Voorstel;
    try {
      voorstel = await manager.save(
        manager.create(Voorstel, {
          tenantId: actor.tenantId,
          kandidaatId: kandidaat.id,
          werkgeverId: werkgever.id,
          vacatureId,
          bron: input.bron as VoorstelBron,
          notitie,
          status: VoorstelStatus.VOORGESTELD,
          statusSinds: nu,
          voorgesteldDoor: actor.userId,
          accountmanagerId,
        }),
      );
    } catch (err) {
      if (isUniekFout(err, 'voorstel_open_per_werkgever')) throw this.dubbelFout(kandidaat.code, werkgever);
      throw err;
    }
    await manager.insert(VoorstelOvergang, {
      tenantId: actor.tenantId,
      voorstelId: voorstel.id,
      van: null,
      naar: VoorstelStatus.VOORGESTELD,
      doorUserId: actor.userId,
      toelichting: null,
      op: nu,
    });
    await this.mailContactpersonen(manager, actor, voorstel, werkgever, vacatureTitel);
    return voorstel;
  }

  /**
   * Proposes one candidate to several werkgevers at once, all or nothing: one refusal (unavailable
   * candidate, an open voorstel at one of them, an unknown werkgever) changes nothing.
   */
  async stelKandidaatVoor(
    actor: Actor,
    input: { kandidaatId: string; werkgeverIds: readonly string[]; vacatureId?: string | null; notitie: string },
  ): Promise<Voorstel[]> {
    if (!isStaff(actor)) throw AppError.forbidden();
    const werkgeverIds = [...new Set(input.werkgeverIds)];
    if (werkgeverIds.length === 0)
      throw AppError.badInput('werkgeverIds: kies ten minste één werkgever.', 'werkgeverIds');
    if (werkgeverIds.length > 50)
      throw AppError.badInput('werkgeverIds: maximaal 50 werkgevers tegelijk.', 'werkgeverIds');
    if (input.vacatureId && werkgeverIds.length > 1) {
      throw AppError.badInput(
        'Met een vacature stelt u de kandidaat aan precies één werkgever voor (die van de vacature).',
        'werkgeverIds',
      );
    }
    const bron = actor.rol === Rol.JOBHUNTER ? VoorstelBron.JOBHUNTER : VoorstelBron.ACCOUNTMANAGER;
    const voorstellen = await this.dataSource.transaction(async (m) => {
      const gemaakt: Voorstel[] = [];
      for (const werkgeverId of werkgeverIds) {
        gemaakt.push(
          await this.maakVoorstel(m, actor, {
            kandidaatId: input.kandidaatId,
            werkgeverId,
            vacatureId: input.vacatureId,
            notitie: input.notitie,
            bron,
          }),
        );
      }
      return gemaakt;
    });
    this.outbox.flushSoon();
    return voorstellen;
  }

  private async weigerDubbel(
    manager: EntityManager,
    actor: Actor,
    kandidaatId: string,
    code: string,
    werkgever: Werkgever,
  ): Promise<void> {
    const [open] = await manager.query(
      `SELECT id FROM voorstel WHERE tenant_id = $1 AND kandidaat_id = $2 AND werkgever_id = $3 AND status IN (${OPEN_STATUSSEN}) LIMIT 1`,
      [actor.tenantId, kandidaatId, werkgever.id],
    );
    if (open) throw this.dubbelFout(code, werkgever);
  }

  private dubbelFout(code: string, werkgever: Werkgever): AppError {
    return AppError.conflict(`Kandidaat ${code} heeft al een lopend voorstel bij ${werkgever.naam}.`, 'werkgeverIds');
  }

  private async mailContactpersonen(
    manager: EntityManager,
    actor: Actor,
    voorstel: Voorstel,
    werkgever: Werkgever,
    vacatureTitel: string | null,
  ): Promise<void> {
    const contacten = (await this.werkgevers.contactpersonenVan(actor, [werkgever.id])).filter((c) => c.email);
    if (contacten.length === 0) return;
    const [kaart] = await this.kandidaten.kaarten(actor, [voorstel.kandidaatId], manager);
    const link = `${this.config.PUBLIC_URL}/voorstellen/${voorstel.id}`;
    for (const contact of contacten) {
      await this.mail.queue(
        manager,
        voorstelMail({
          tenantId: actor.tenantId,
          voorstelId: voorstel.id,
          contact: { id: contact.id, naam: contact.naam, email: contact.email! },
          werkgeverNaam: werkgever.naam,
          vacatureTitel,
          notitie: voorstel.notitie,
          kaart,
          link,
        }),
      );
    }
  }
}
