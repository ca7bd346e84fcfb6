import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError } from '@matchpunt/common';
import { DomainError, type ParameterSet, psoBerekening, type PsoResultaat, vandaag } from '@matchpunt/domain';
import { getalTussen, ParameterService, regel } from '@matchpunt/parameters';
import { PlaatsingService } from '@matchpunt/plaatsingen';
import { PsoTrede } from '@matchpunt/werkgevers';
import { DataSource, EntityManager } from 'typeorm';
import { PSO_CHECKLIST } from './pso.checklist';
import { PsoBestandRij, PsoInkoop, PsoMedewerker, PsoPositieRij } from './pso.entities';
import { PsoChecklistItem, PsoPositie, PsoUitkomst } from './pso.types';
import { PsoOpgeslagenInvoer, psoInvoer } from './utils/pso-invoer';

const TREDE: Record<string, PsoTrede | null> = { '0': null, ASPIRANT: PsoTrede.ASPIRANT, '1': PsoTrede.TREDE_1, '2': PsoTrede.TREDE_2, '3': PsoTrede.TREDE_3 };

/** Candidates for the gap are counted in jobs of this many hours unless the caller asks otherwise. */
export const STANDAARD_KANDIDAAT_UREN = '24';

export interface Berekening {
  set: ParameterSet;
  invoer: PsoOpgeslagenInvoer;
  resultaat: PsoResultaat;
}

/**
 * The PSO position of a werkgever: computed from its workforce, its purchases and the Matchpunt placements running
 * there, with the tenant's parameter set for the peildatum. The PSO job stores it (`pso_positie`, with the input
 * and the set); `positie` reads that snapshot and re-runs the pure rule on the stored input for the asked hours,
 * which reproduces the stored figures exactly.
 */
@Injectable()
export class PsoPositieService {
  private readonly logger = new Logger(PsoPositieService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parameters: ParameterService,
    private readonly plaatsingen: PlaatsingService,
  ) {}

  /** Computes now (throws a DomainError when the workforce does not add up). Null without a workforce. */
  async bereken(m: EntityManager, tenantId: string, werkgeverId: string, peildatum: string): Promise<Berekening | null> {
    const bestand = await m.findOneBy(PsoBestandRij, { werkgeverId, tenantId });
    if (!bestand) return null;
    // One after the other: `m` may be a transaction's single connection.
    const medewerkers = await m.find(PsoMedewerker, { where: { werkgeverId, tenantId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const inkopen = await m.find(PsoInkoop, { where: { werkgeverId, tenantId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const plaatsingen = await this.plaatsingen.lopendBij(m, tenantId, werkgeverId, peildatum);
    const set = await this.parameters.voor(tenantId, peildatum, 'peildatum', m);
    const invoer = psoInvoer(bestand, medewerkers, inkopen, plaatsingen, set, peildatum);
    return { set, invoer, resultaat: psoBerekening(invoer.input, set) };
  }

  /** The job: recompute and store the snapshot (with the error when the input does not add up). */
  async herbereken(tenantId: string, werkgeverId: string, peildatum = vandaag()): Promise<'berekend' | 'fout' | 'geen-bestand'> {
    return this.dataSource.transaction(async (m) => {
      const bestand = await m.findOne(PsoBestandRij, { where: { werkgeverId, tenantId }, lock: { mode: 'pessimistic_read' } });
      if (!bestand) return 'geen-bestand';
      let b: Berekening | null = null;
      let fout: string | null = null;
      try {
        b = await this.bereken(m, tenantId, werkgeverId, peildatum);
      } catch (err) {
        if (!(err instanceof DomainError) && !(err instanceof AppError)) throw err;
        fout = err instanceof DomainError ? err.messageNl : err.message;
        this.logger.warn(`PSO van werkgever ${werkgeverId} niet te berekenen: ${fout}`);
      }
      await m.query(
        `INSERT INTO pso_positie (werkgever_id, tenant_id, peildatum, parameter_set_id, invoer, resultaat, fout, score_pct, trede, bron_versie, berekend_op)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())
         ON CONFLICT (werkgever_id) DO UPDATE SET peildatum = EXCLUDED.peildatum, parameter_set_id = EXCLUDED.parameter_set_id, invoer = EXCLUDED.invoer,
           resultaat = EXCLUDED.resultaat, fout = EXCLUDED.fout, score_pct = EXCLUDED.score_pct, trede = EXCLUDED.trede,
           bron_versie = EXCLUDED.bron_versie, berekend_op = now()`,
        [
          werkgeverId,
          tenantId,
          peildatum,
          b?.set.id ?? null,
          b ? JSON.stringify(b.invoer) : null,
          b ? JSON.stringify(b.resultaat) : null,
          fout,
          b?.resultaat.scorePct ?? null,
          b ? TREDE[String(b.resultaat.trede)] : null,
          bestand.versie,
        ],
      );
      return b ? 'berekend' : 'fout';
    });
  }

  /** Werkgevers with a workforce (for the daily run). */
  async alleWerkgevers(): Promise<{ tenantId: string; werkgeverId: string }[]> {
    const rows: { tenant_id: string; werkgever_id: string }[] = await this.dataSource.query(`SELECT tenant_id, werkgever_id FROM pso_personeelsbestand ORDER BY werkgever_id`);
    return rows.map((r) => ({ tenantId: r.tenant_id, werkgeverId: r.werkgever_id }));
  }

  /** The stored position (the caller's access to the werkgever is checked by the caller); null before the first run. */
  async positie(actor: Actor, werkgeverId: string, kandidaatUren?: string | null): Promise<PsoPositie | null> {
    const rij = await this.dataSource.manager.findOneBy(PsoPositieRij, { werkgeverId, tenantId: actor.tenantId });
    if (!rij) return null;
    const uren = getalTussen(kandidaatUren ?? STANDAARD_KANDIDAAT_UREN, 'kandidaatUrenPerWeek', 0, 60, false);
    const bestand = await this.dataSource.manager.findOneBy(PsoBestandRij, { werkgeverId, tenantId: actor.tenantId });
    let uitkomst: PsoUitkomst | null = null;
    if (rij.invoer && rij.parameterSetId) {
      const invoer = rij.invoer as PsoOpgeslagenInvoer;
      const set = await this.parameters.laad(actor.tenantId, rij.parameterSetId);
      const r = regel(() => psoBerekening({ ...invoer.input, kandidaatUrenPerWeek: uren }, set));
      uitkomst = weergave(r, invoer, uren);
    }
    return { werkgeverId, peildatum: rij.peildatum, berekendOp: rij.berekendOp, uitkomst, fout: rij.fout, checklist: checklist(bestand?.checklist ?? {}) };
  }
}

export function checklist(antwoorden: Record<string, boolean>): PsoChecklistItem[] {
  return PSO_CHECKLIST.map((item) => ({ ...item, voldaan: antwoorden[item.code] ?? null }));
}

function weergave(r: PsoResultaat, invoer: PsoOpgeslagenInvoer, uren: string): PsoUitkomst {
  return {
    parameterSetId: r.parameterSetId,
    bron: r.bron,
    totaalFte: r.totaalFte,
    directFte: r.directFte,
    indirectFte: r.indirectFte,
    directPct: r.directPct,
    indirectPct: r.indirectPct,
    scorePct: r.scorePct,
    dertigPlus: r.dertigPlus,
    normen: r.normen,
    trede: TREDE[String(r.trede)],
    geschat: r.geschat,
    volgendeTrede: r.volgendeTrede,
    gaps: r.gaps,
    kandidaatUrenPerWeek: uren,
    medewerkers: [
      ...r.medewerkers.map((m, i) => ({ ...m, omschrijving: invoer.labels[i]?.omschrijving ?? '', bron: invoer.labels[i]?.bron ?? 'HANDMATIG' })),
      ...invoer.overgeslagen.map((o) => ({ omschrijving: o.omschrijving, bron: 'PLAATSING', gewogenFte: '0.00', telt: false, reden: o.reden })),
    ],
  };
}
