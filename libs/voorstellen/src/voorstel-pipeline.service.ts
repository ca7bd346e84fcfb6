import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, isStaff, JobOutbox, Rol } from '@matchpunt/common';
import { dagenInFase, PIPELINE_FASEN } from '@matchpunt/domain';
import { PlaatsingService, PlaatsingType } from '@matchpunt/plaatsingen';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { isUuid, tekst } from './utils/validatie';
import { VoorstelOvergangen } from './voorstel-overgangen';
import { Voorstel } from './voorstel.entity';
import { VoorstelStatus } from './voorstel.enums';
import { TOELICHTING_MAX } from './voorstel-reactie.service';

export interface PlaatsingGegevens {
  type: PlaatsingType;
  startDatum: string;
  eindDatum?: string | null;
  urenPerWeek: number;
}

export interface PipelineKolom {
  fase: VoorstelStatus;
  aantal: number;
  kaarten: { voorstel: Voorstel; dagenInFase: number }[];
}

const BEHEERDERS: readonly Rol[] = [Rol.ACCOUNTMANAGER, Rol.JOBHUNTER, Rol.ADMIN];
const OPEN: VoorstelStatus[] = [
  VoorstelStatus.VOORGESTELD,
  VoorstelStatus.BEKEKEN,
  VoorstelStatus.INTERESSE,
  VoorstelStatus.KENNISMAKING,
  VoorstelStatus.PROEFPLAATSING,
];

/**
 * Staff move voorstellen through the pipeline. Reaching GEPLAATST creates the plaatsing (PlaatsingService,
 * same transaction: the candidate becomes GEPLAATST) and withdraws the candidate's other open voorstellen.
 */
@Injectable()
export class VoorstelPipelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly overgangen: VoorstelOvergangen,
    private readonly plaatsingen: PlaatsingService,
    private readonly outbox: JobOutbox,
  ) {}

  async wijzigFase(
    actor: Actor,
    id: string,
    naar: VoorstelStatus,
    opties: { toelichting?: string | null; plaatsing?: PlaatsingGegevens | null } = {},
  ): Promise<Voorstel> {
    if (!BEHEERDERS.includes(actor.rol))
      throw AppError.forbidden('Alleen accountmanagers, jobhunters en beheerders verplaatsen voorstellen.');
    if (!Object.values(VoorstelStatus).includes(naar)) throw AppError.badInput('naar: onbekende fase.', 'naar');
    const toelichting = tekst(opties.toelichting, 'toelichting', TOELICHTING_MAX);
    if (naar === VoorstelStatus.GEPLAATST && !opties.plaatsing) {
      throw AppError.badInput(
        'Geef bij GEPLAATST de gegevens van de plaatsing op (type, startdatum, uren per week).',
        'plaatsing',
      );
    }
    if (naar !== VoorstelStatus.GEPLAATST && opties.plaatsing)
      throw AppError.badInput('Plaatsinggegevens horen alleen bij GEPLAATST.', 'plaatsing');

    const voorstel = await this.dataSource.transaction(async (m) => {
      let v = await this.overgangen.vergrendel(m, actor, id);
      if (naar === VoorstelStatus.GEPLAATST) {
        // Check the transition before the plaatsing is validated, so the answer names the allowed stages.
        this.overgangen.controleer(v.status, naar);
        const plaatsing = await this.plaatsingen.create(m, actor, {
          kandidaatId: v.kandidaatId,
          werkgeverId: v.werkgeverId,
          vacatureId: v.vacatureId ?? undefined,
          type: opties.plaatsing!.type,
          startDatum: opties.plaatsing!.startDatum,
          eindDatum: opties.plaatsing!.eindDatum ?? undefined,
          urenPerWeek: opties.plaatsing!.urenPerWeek,
        });
        v.plaatsingId = plaatsing.id;
        v = await this.overgangen.zet(m, actor, v, naar, toelichting);
        await this.trekAndereIn(m, actor, v);
        return v;
      }
      return this.overgangen.zet(m, actor, v, naar, toelichting);
    });
    this.outbox.flushSoon();
    return voorstel;
  }

  /** The kanban: per stage the count and the oldest cards first (longest in the stage), for one accountmanager. */
  async pipeline(actor: Actor, accountmanagerId: string = actor.userId, perKolom = 50): Promise<PipelineKolom[]> {
    if (!isStaff(actor)) throw AppError.forbidden();
    const limiet = Math.min(Math.max(Math.trunc(perKolom), 1), 100);
    if (!isUuid(accountmanagerId)) throw AppError.badInput('accountmanagerId: geen geldige id.', 'accountmanagerId');
    const tellingen: { status: VoorstelStatus; aantal: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS aantal FROM voorstel WHERE tenant_id = $1 AND accountmanager_id = $2 GROUP BY status`,
      [actor.tenantId, accountmanagerId],
    );
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM (
         SELECT id, status, status_sinds, row_number() OVER (PARTITION BY status ORDER BY status_sinds ASC, id ASC) AS nr
         FROM voorstel WHERE tenant_id = $1 AND accountmanager_id = $2) x
       WHERE nr <= $3 ORDER BY status_sinds ASC, id ASC`,
      [actor.tenantId, accountmanagerId, limiet],
    );
    const voorstellen = ids.length
      ? await this.dataSource.manager.findBy(Voorstel, { id: In(ids.map((r) => r.id)), tenantId: actor.tenantId })
      : [];
    const volgorde = new Map(ids.map((r, i) => [r.id, i]));
    voorstellen.sort((a, b) => volgorde.get(a.id)! - volgorde.get(b.id)!);
    const nu = new Date();
    return PIPELINE_FASEN.map((fase) => ({
      fase: fase as VoorstelStatus,
      aantal: tellingen.find((t) => t.status === fase)?.aantal ?? 0,
      kaarten: voorstellen
        .filter((v) => v.status === fase)
        .map((voorstel) => ({ voorstel, dagenInFase: dagenInFase(voorstel.statusSinds, nu) })),
    }));
  }

  /** Once placed, the candidate's other running voorstellen are withdrawn (with a note in their history). */
  private async trekAndereIn(m: EntityManager, actor: Actor, geplaatst: Voorstel): Promise<void> {
    const andere = await m.find(Voorstel, {
      where: { tenantId: actor.tenantId, kandidaatId: geplaatst.kandidaatId, id: Not(geplaatst.id), status: In(OPEN) },
      lock: { mode: 'pessimistic_write' },
    });
    for (const v of andere)
      await this.overgangen.zet(m, actor, v, VoorstelStatus.INGETROKKEN, 'Kandidaat is elders geplaatst.');
  }
}
