import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, JobOutbox, OutboxJob, PSO_HERBEREKEN_JOB, Queue, Rol } from '@matchpunt/common';
import { DomainValidationError, vandaag } from '@matchpunt/domain';
import { getalTussen, isUuid, optioneleDatum, ParameterService, tekst } from '@matchpunt/parameters';
import { PlaatsingService } from '@matchpunt/plaatsingen';
import { WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource, EntityManager } from 'typeorm';
import { PsoInkoopInput, PsoMedewerkerInput, PsoPersoneelsbestandInput } from './dto/pso.input';
import { checklist, PsoPositieService } from './pso-positie.service';
import { PSO_CHECKLIST } from './pso.checklist';
import { PsoBestandRij, PsoInkoop, PsoMedewerker } from './pso.entities';
import { PsoCodes, PsoPersoneelsbestand } from './pso.types';
import { plaatsingRegels, voltijd } from './utils/pso-invoer';

const SCHRIJVERS: readonly Rol[] = [Rol.ACCOUNTMANAGER, Rol.ADMIN, Rol.WERKGEVER];
const LEVERANCIER_TYPES = ['PSO_GECERTIFICEERD', 'SW_BEDRIJF'] as const;

export function psoJob(tenantId: string, werkgeverId: string, versie: number): OutboxJob {
  return { queue: Queue.PSO, name: PSO_HERBEREKEN_JOB, data: { tenantId, werkgeverId }, jobId: `pso-${werkgeverId}-v${versie}` };
}

/**
 * The PSO workforce of a werkgever: total FTE, target-group employees, purchases, checklist. ACCOUNTMANAGER/ADMIN
 * and the werkgever itself (its own only) change it; every change checks that the position can be computed, bumps
 * the version and queues the recompute job in the same transaction.
 */
@Injectable()
export class PsoService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parameters: ParameterService,
    private readonly werkgevers: WerkgeverService,
    private readonly plaatsingen: PlaatsingService,
    private readonly posities: PsoPositieService,
    private readonly outbox: JobOutbox,
  ) {}

  async bestand(actor: Actor, werkgeverId: string): Promise<PsoPersoneelsbestand | null> {
    await this.werkgevers.getForActor(actor, werkgeverId);
    const m = this.dataSource.manager;
    const rij = await m.findOneBy(PsoBestandRij, { werkgeverId, tenantId: actor.tenantId });
    if (!rij) return null;
    const set = await this.parameters.voor(actor);
    const [medewerkers, inkopen] = await Promise.all([
      m.find(PsoMedewerker, { where: { werkgeverId, tenantId: actor.tenantId }, order: { createdAt: 'ASC', id: 'ASC' } }),
      m.find(PsoInkoop, { where: { werkgeverId, tenantId: actor.tenantId }, order: { createdAt: 'ASC', id: 'ASC' } }),
    ]);
    const plaatsingen = await this.plaatsingen.lopendBij(m, actor.tenantId, werkgeverId, vandaag());
    return {
      werkgeverId,
      totaalFte: rij.totaalFte,
      voltijdUren: voltijd(rij, set),
      medewerkers,
      inkopen,
      plaatsingen: plaatsingRegels(plaatsingen, medewerkers, rij, set),
      checklist: checklist(rij.checklist),
      gewijzigdOp: rij.updatedAt,
    };
  }

  async stelIn(actor: Actor, werkgeverId: string, input: PsoPersoneelsbestandInput): Promise<PsoPersoneelsbestand> {
    const totaalFte = getalTussen(input.totaalFte, 'totaalFte', 0, 1_000_000, false);
    const voltijdUren = input.voltijdUren == null ? null : getalTussen(input.voltijdUren, 'voltijdUren', 0, 60, false);
    const antwoorden: Record<string, boolean> = {};
    (input.checklist ?? []).forEach((a, i) => {
      if (!PSO_CHECKLIST.some((item) => item.code === a.code)) throw AppError.badInput(`Onbekend checklistpunt ${a.code}.`, `checklist.${i}.code`);
      if (a.voldaan !== null) antwoorden[a.code] = a.voldaan;
    });
    await this.schrijf(actor, werkgeverId, 'totaalFte', async (m) => {
      await m.query(
        `INSERT INTO pso_personeelsbestand (werkgever_id, tenant_id, totaal_fte, voltijd_uren, checklist, versie, gewijzigd_door)
         VALUES ($1, $2, $3, $4, $5, 1, $6)
         ON CONFLICT (werkgever_id) DO UPDATE SET totaal_fte = EXCLUDED.totaal_fte, voltijd_uren = EXCLUDED.voltijd_uren,
           checklist = CASE WHEN $7 THEN EXCLUDED.checklist ELSE pso_personeelsbestand.checklist END, gewijzigd_door = EXCLUDED.gewijzigd_door`,
        [werkgeverId, actor.tenantId, totaalFte, voltijdUren, JSON.stringify(antwoorden), actor.userId, input.checklist != null],
      );
    }, false);
    return (await this.bestand(actor, werkgeverId)) as PsoPersoneelsbestand;
  }

  async voegMedewerkerToe(actor: Actor, werkgeverId: string, input: PsoMedewerkerInput): Promise<PsoMedewerker> {
    const omschrijving = tekst(input.omschrijving, 'omschrijving', 200, true);
    const fte = getalTussen(input.fte, 'fte', 0, 2, false);
    const instroomDatum = optioneleDatum(input.instroomDatum, 'instroomDatum');
    const lksLooptTot = optioneleDatum(input.lksLooptTot, 'lksLooptTot');
    if (instroomDatum && lksLooptTot && lksLooptTot < instroomDatum) throw AppError.badInput(`lksLooptTot: ${lksLooptTot} ligt voor de instroomdatum ${instroomDatum}.`, 'lksLooptTot');
    const set = await this.parameters.voor(actor);
    code(set.pso.uitgangsposities, input.uitgangspositie, 'uitgangspositie');
    code(set.pso.contractTypes, input.contractType, 'contractType');
    const u = set.pso.uitgangsposities.find((x) => x.code === input.uitgangspositie)!;
    if (u.telbaarJaren !== null && !instroomDatum) throw AppError.badInput(`instroomDatum is nodig voor uitgangspositie ${u.code}.`, 'instroomDatum');
    let plaatsingId: string | null = null;
    if (input.plaatsingId != null) {
      const plaatsing = await this.plaatsingen.getForActor(actor, input.plaatsingId).catch(() => {
        throw AppError.badInput('Deze plaatsing bestaat niet.', 'plaatsingId');
      });
      if (plaatsing.werkgeverId !== werkgeverId) throw AppError.badInput('Deze plaatsing is bij een andere werkgever.', 'plaatsingId');
      plaatsingId = plaatsing.id;
    }
    return this.schrijf(actor, werkgeverId, 'fte', async (m) => {
      if (plaatsingId && (await m.existsBy(PsoMedewerker, { werkgeverId, plaatsingId }))) throw AppError.conflict('Deze plaatsing staat al in het personeelsbestand.', 'plaatsingId');
      return m.save(
        m.create(PsoMedewerker, {
          tenantId: actor.tenantId,
          werkgeverId,
          omschrijving,
          fte,
          uitgangspositie: input.uitgangspositie,
          contractType: input.contractType,
          instroomDatum,
          lksLooptTot,
          plaatsingId,
          aangemaaktDoor: actor.userId,
        }),
      );
    });
  }

  async verwijderMedewerker(actor: Actor, id: string): Promise<boolean> {
    const rij = isUuid(id) ? await this.dataSource.manager.findOneBy(PsoMedewerker, { id, tenantId: actor.tenantId }) : null;
    if (!rij || (actor.rol === Rol.WERKGEVER && rij.werkgeverId !== actor.werkgeverId)) throw AppError.notFound('PSO-medewerker', id);
    return this.schrijf(actor, rij.werkgeverId, 'id', async (m) => {
      await m.delete(PsoMedewerker, { id: rij.id });
      return true;
    });
  }

  async voegInkoopToe(actor: Actor, werkgeverId: string, input: PsoInkoopInput): Promise<PsoInkoop> {
    const leverancier = tekst(input.leverancier, 'leverancier', 200, true);
    if (!(LEVERANCIER_TYPES as readonly string[]).includes(input.leverancierType)) {
      throw AppError.badInput(`leverancierType: kies ${LEVERANCIER_TYPES.join(' of ')}.`, 'leverancierType');
    }
    const factuurbedrag = getalTussen(input.factuurbedragExclBtw, 'factuurbedragExclBtw', 0, 1_000_000_000);
    const jaaromzet = getalTussen(input.leverancierJaaromzet, 'leverancierJaaromzet', 0, 100_000_000_000, false);
    const doelgroepFte = getalTussen(input.leverancierDoelgroepFte, 'leverancierDoelgroepFte', 0, 1_000_000);
    return this.schrijf(actor, werkgeverId, 'factuurbedragExclBtw', (m) =>
      m.save(
        m.create(PsoInkoop, {
          tenantId: actor.tenantId,
          werkgeverId,
          leverancier,
          leverancierType: input.leverancierType as PsoInkoop['leverancierType'],
          factuurbedrag,
          leverancierJaaromzet: jaaromzet,
          leverancierDoelgroepFte: doelgroepFte,
          aangemaaktDoor: actor.userId,
        }),
      ),
    );
  }

  async verwijderInkoop(actor: Actor, id: string): Promise<boolean> {
    const rij = isUuid(id) ? await this.dataSource.manager.findOneBy(PsoInkoop, { id, tenantId: actor.tenantId }) : null;
    if (!rij || (actor.rol === Rol.WERKGEVER && rij.werkgeverId !== actor.werkgeverId)) throw AppError.notFound('PSO-inkoop', id);
    return this.schrijf(actor, rij.werkgeverId, 'id', async (m) => {
      await m.delete(PsoInkoop, { id: rij.id });
      return true;
    });
  }

  async codes(actor: Actor, op?: string | null): Promise<PsoCodes> {
    const set = await this.parameters.voor(actor, op ?? vandaag(), 'datum');
    return { parameterSetId: set.id, uitgangsposities: set.pso.uitgangsposities, contractTypes: set.pso.contractTypes };
  }

  /**
   * One change to the workforce: access, lock, the change, a check that the position still computes (an error
   * names `veld` and rolls back), the version bump and the recompute job — all in one transaction.
   */
  private async schrijf<T>(actor: Actor, werkgeverId: string, veld: string, work: (m: EntityManager) => Promise<T>, bestandNodig = true): Promise<T> {
    if (!SCHRIJVERS.includes(actor.rol)) throw AppError.forbidden();
    const result = await this.dataSource.transaction(async (m) => {
      await this.werkgevers.getForActor(actor, werkgeverId, m, true);
      const bestand = await m.findOne(PsoBestandRij, { where: { werkgeverId, tenantId: actor.tenantId }, lock: { mode: 'pessimistic_write' } });
      if (bestandNodig && !bestand) throw AppError.badInput('Vul eerst het totaal aantal FTE van de organisatie in.', 'werkgeverId');
      const r = await work(m);
      try {
        await this.posities.bereken(m, actor.tenantId, werkgeverId, vandaag());
      } catch (err) {
        if (err instanceof DomainValidationError) {
          const melding = err.messageNl.startsWith(`${err.field}: `) ? err.messageNl.slice(err.field.length + 2) : err.messageNl;
          throw AppError.badInput(`${veld}: ${melding}`, veld);
        }
        throw err;
      }
      const [[{ versie }]] = await m.query(
        `UPDATE pso_personeelsbestand SET versie = versie + $2, updated_at = now() WHERE werkgever_id = $1 RETURNING versie`,
        [werkgeverId, bestand ? 1 : 0],
      );
      await this.outbox.add(m, psoJob(actor.tenantId, werkgeverId, versie));
      return r;
    });
    this.outbox.flushSoon();
    return result;
  }
}

function code(list: { code: string }[], value: string, field: string): void {
  if (!list.some((x) => x.code === value)) throw AppError.badInput(`${field}: onbekende code ${value}; kies uit ${list.map((x) => x.code).join(', ')}.`, field);
}
