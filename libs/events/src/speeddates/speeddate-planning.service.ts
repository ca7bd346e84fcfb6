import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, JobOutbox, Queue } from '@matchpunt/common';
import { scheduleSpeeddate, SpeeddateCandidate, SpeeddateFixedMeeting, SpeeddateInputError, SpeeddateTable } from '@matchpunt/domain';
import { DataSource, EntityManager } from 'typeorm';
import { vereisUuid } from '../shared/db';
import { SpeeddateWaarde } from './speeddate-waarde';
import { EventRij } from './speeddate.rows';
import { ORGANISATOREN, SpeeddateService } from './speeddate.service';
import { SpeeddatePlanning, SpeeddatePlanningStatus, SpeeddateStatus } from './speeddate.types';

export const PLAN_SPEEDDATE_JOB = 'PlanSpeeddate';
export interface PlanSpeeddateJob {
  tenantId: string;
  eventId: string;
  versie: number;
  /** Meetings in earlier rounds were held and stay where they are. */
  vanafRonde: number;
}

interface TafelRij { id: string; werkgever_id: string; vacature_ids: string[]; voorkeur_kandidaat_ids: string[]; van_ronde: number; tot_ronde: number }
interface DeelnemerRij { id: string; kandidaat_id: string; voorkeur_werkgever_ids: string[]; van_ronde: number; tot_ronde: number; no_show: boolean }
interface VastRij { id: string; deelnemer_id: string; tafel_id: string; ronde: number }

/**
 * Planning runs as a job on queue `speeddate`: the API bumps the event's planning version and enqueues; the job
 * builds the value matrix, calls the pure scheduler and replaces the unfixed meetings, unless a newer version
 * was requested meanwhile (then it steps aside). Progress is kept on the event for `speeddatePlanningStatus`.
 */
@Injectable()
export class SpeeddatePlanningService {
  private readonly logger = new Logger(SpeeddatePlanningService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: SpeeddateService,
    private readonly waarde: SpeeddateWaarde,
    private readonly outbox: JobOutbox,
  ) {}

  async plan(actor: Actor, eventId: string, vanafRonde = 1): Promise<SpeeddatePlanning> {
    if (!ORGANISATOREN.includes(actor.rol)) throw AppError.forbidden();
    await this.dataSource.transaction((m) => this.zetInWachtrij(m, actor, eventId, vanafRonde));
    this.outbox.flushSoon();
    return this.status(actor, eventId);
  }

  /** A participant did not come (or left): its meetings from `vanafRonde` on are dropped and the rest replanned. */
  async meldNoShow(actor: Actor, deelnemerId: string, vanafRonde: number): Promise<SpeeddatePlanning> {
    if (!ORGANISATOREN.includes(actor.rol)) throw AppError.forbidden();
    vereisUuid(deelnemerId, 'Deelnemer');
    let eventId = '';
    await this.dataSource.transaction(async (m) => {
      const [d] = await m.query(`SELECT event_id FROM speeddate_deelnemer WHERE tenant_id = $1 AND id = $2`, [actor.tenantId, deelnemerId]);
      if (!d) throw AppError.notFound('Deelnemer', deelnemerId);
      eventId = d.event_id;
      const e = await this.events.rij(m, actor, eventId, true);
      if (e.status !== SpeeddateStatus.INGEPLAND) throw AppError.conflict(`Een no-show melden kan alleen bij een ingeplande speeddate (nu ${e.status}).`, 'deelnemerId');
      await m.query(`UPDATE speeddate_deelnemer SET no_show = true WHERE id = $1`, [deelnemerId]);
      await this.zetInWachtrij(m, actor, eventId, vanafRonde);
    });
    this.outbox.flushSoon();
    return this.status(actor, eventId);
  }

  async status(actor: Actor, eventId: string): Promise<SpeeddatePlanning> {
    const e = await this.events.rij(this.dataSource.manager, actor, eventId);
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM speeddate_gesprek WHERE event_id = $1`, [eventId]);
    return {
      status: e.planning_status as SpeeddatePlanningStatus, voortgang: e.planning_voortgang, versie: e.planning_versie, melding: e.planning_melding,
      totaleWaarde: e.planning_totaal === null ? null : Number(e.planning_totaal), bovengrens: e.planning_bovengrens === null ? null : Number(e.planning_bovengrens), gesprekken: n,
    };
  }

  private async zetInWachtrij(m: EntityManager, actor: Actor, eventId: string, vanafRonde: number): Promise<void> {
    const e = await this.events.rij(m, actor, eventId, true);
    if (e.status !== SpeeddateStatus.OPEN && e.status !== SpeeddateStatus.INGEPLAND) {
      throw AppError.conflict(`Een speeddate met status ${e.status} kan niet (opnieuw) worden ingepland.`, 'eventId');
    }
    if (!Number.isInteger(vanafRonde) || vanafRonde < 1 || vanafRonde > e.rondes) throw AppError.badInput(`vanafRonde: 1 tot en met ${e.rondes}.`, 'vanafRonde');
    if (e.aantal_tafels === 0 || e.aantal_deelnemers === 0) throw AppError.badInput('Er zijn nog geen tafels of kandidaten om in te plannen.', 'eventId');
    const versie = e.planning_versie + 1;
    await m.query(`UPDATE speeddate_event SET planning_versie = $2, planning_status = 'WACHTRIJ', planning_voortgang = 0, planning_melding = NULL WHERE id = $1`, [eventId, versie]);
    const data: PlanSpeeddateJob = { tenantId: actor.tenantId, eventId, versie, vanafRonde };
    await this.outbox.add(m, { queue: Queue.SPEEDDATE, name: PLAN_SPEEDDATE_JOB, data: { ...data }, jobId: `speeddate-plan-${eventId}-${versie}` });
  }

  /** The job. Returns a short summary; throws only on unexpected errors (BullMQ retries). */
  async voerUit(job: PlanSpeeddateJob, voortgang: (p: number) => Promise<void> = async () => undefined): Promise<string> {
    const zet = async (p: number, status = 'BEZIG') => {
      await this.dataSource.query(`UPDATE speeddate_event SET planning_status = $3, planning_voortgang = $2 WHERE id = $1 AND planning_versie = $4`, [job.eventId, p, status, job.versie]);
      await voortgang(p);
    };
    const [e]: EventRij[] = await this.dataSource.query(`SELECT * FROM speeddate_event WHERE tenant_id = $1 AND id = $2`, [job.tenantId, job.eventId]);
    if (!e || e.planning_versie !== job.versie) return 'verouderd';
    await zet(5);
    const m = this.dataSource.manager;
    const tafels: TafelRij[] = await m.query(`SELECT * FROM speeddate_tafel WHERE event_id = $1 AND NOT afgemeld ORDER BY nummer`, [job.eventId]);
    const alleDeelnemers: DeelnemerRij[] = await m.query(`SELECT * FROM speeddate_deelnemer WHERE event_id = $1 ORDER BY created_at, id`, [job.eventId]);
    const vast: VastRij[] = await m.query(`SELECT id, deelnemer_id, tafel_id, ronde FROM speeddate_gesprek WHERE event_id = $1 AND (ronde < $2 OR vast)`, [job.eventId, job.vanafRonde]);
    const vastVan = new Map<string, VastRij[]>();
    for (const v of vast) vastVan.set(v.deelnemer_id, [...(vastVan.get(v.deelnemer_id) ?? []), v]);

    // a no-show stays only for meetings it already held, and leaves before `vanafRonde`
    const deelnemers = alleDeelnemers.flatMap((d) => {
      if (!d.no_show) return [d];
      const gehouden = (vastVan.get(d.id) ?? []).filter((v) => v.ronde < job.vanafRonde);
      return gehouden.length ? [{ ...d, tot_ronde: Math.max(...gehouden.map((v) => v.ronde)), van_ronde: Math.min(d.van_ronde, ...gehouden.map((v) => v.ronde)) }] : [];
    });
    const blijft = new Set(deelnemers.map((d) => d.id));
    const fixed: SpeeddateFixedMeeting[] = vast.filter((v) => blijft.has(v.deelnemer_id) && (!alleDeelnemers.find((d) => d.id === v.deelnemer_id)?.no_show || v.ronde < job.vanafRonde))
      .map((v) => ({ candidateId: v.deelnemer_id, tableId: v.tafel_id, round: v.ronde }));
    await zet(20);

    const waarden = await this.waarde.matrix(
      m,
      job.tenantId,
      deelnemers.map((d) => ({ kandidaatId: d.kandidaat_id, voorkeurWerkgeverIds: d.voorkeur_werkgever_ids })),
      tafels.map((t) => ({ werkgeverId: t.werkgever_id, vacatureIds: t.vacature_ids, voorkeurKandidaatIds: t.voorkeur_kandidaat_ids })),
    );
    await zet(50);
    const candidates: SpeeddateCandidate[] = deelnemers.map((d) => ({ id: d.id, arrivalRound: d.van_ronde, leaveRound: d.tot_ronde }));
    const tables: SpeeddateTable[] = tafels.map((t) => ({ id: t.id, werkgeverId: t.werkgever_id, arrivalRound: t.van_ronde, leaveRound: t.tot_ronde }));
    let rooster;
    try {
      rooster = scheduleSpeeddate({ rounds: e.rondes, candidates, tables, value: waarden, minMeetingsPerCandidate: e.min_gesprekken, fixed });
    } catch (err) {
      if (!(err instanceof SpeeddateInputError)) throw err;
      await this.dataSource.query(`UPDATE speeddate_event SET planning_status = 'MISLUKT', planning_melding = $2 WHERE id = $1 AND planning_versie = $3`, [job.eventId, String(err.message).slice(0, 500), job.versie]);
      return 'mislukt';
    }
    await zet(80);
    const werkgeverVan = new Map(tafels.map((t) => [t.id, t.werkgever_id]));
    const geschreven = await this.dataSource.transaction(async (tx) => {
      const [nu] = await tx.query(`SELECT status, planning_versie FROM speeddate_event WHERE id = $1 FOR UPDATE`, [job.eventId]);
      if (nu.planning_versie !== job.versie) return false;
      if (nu.status !== SpeeddateStatus.OPEN && nu.status !== SpeeddateStatus.INGEPLAND) {
        await tx.query(`UPDATE speeddate_event SET planning_status = 'MISLUKT', planning_melding = $2 WHERE id = $1`, [job.eventId, `De speeddate is intussen ${nu.status}.`]);
        return false;
      }
      const vastIds = vast.filter((v) => fixed.some((f) => f.candidateId === v.deelnemer_id && f.tableId === v.tafel_id && f.round === v.ronde)).map((v) => v.id);
      await tx.query(`DELETE FROM speeddate_gesprek WHERE event_id = $1 AND NOT (id = ANY($2::uuid[]))`, [job.eventId, vastIds]);
      const nieuw = rooster.meetings.filter((g) => !g.fixed);
      if (nieuw.length) {
        await tx.query(
          `INSERT INTO speeddate_gesprek (tenant_id, event_id, ronde, tafel_id, deelnemer_id, werkgever_id, waarde)
           SELECT $1, $2, * FROM unnest($3::int[], $4::uuid[], $5::uuid[], $6::uuid[], $7::numeric[])`,
          [job.tenantId, job.eventId, nieuw.map((g) => g.round), nieuw.map((g) => g.tableId), nieuw.map((g) => g.candidateId), nieuw.map((g) => werkgeverVan.get(g.tableId)), nieuw.map((g) => g.value)],
        );
      }
      const tekort = rooster.belowMinimum.length ? `${rooster.belowMinimum.length} kandidaat/kandidaten onder het minimum aantal gesprekken.` : null;
      await tx.query(
        `UPDATE speeddate_event SET status = 'INGEPLAND', planning_status = 'KLAAR', planning_voortgang = 100, planning_melding = $2, planning_totaal = $3, planning_bovengrens = $4 WHERE id = $1`,
        [job.eventId, tekort, rooster.totalValue, rooster.stats.upperBound],
      );
      return true;
    });
    if (!geschreven) return 'verouderd';
    await voortgang(100);
    this.logger.log(`speeddate ${job.eventId} v${job.versie}: ${rooster.meetings.length} gesprekken, waarde ${rooster.totalValue} (grens ${rooster.stats.upperBound})`);
    return `ingepland: ${rooster.meetings.length} gesprekken`;
  }
}
