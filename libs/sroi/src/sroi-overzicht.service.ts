import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, isStaff } from '@matchpunt/common';
import { KandidaatService } from '@matchpunt/kandidaten';
import { vandaag } from '@matchpunt/domain';
import { datum, isUuid, naarPercentage, ParameterService, regel } from '@matchpunt/parameters';
import { DataSource } from 'typeorm';
import { SroiVerplichting } from './sroi-verplichting.entity';
import { SroiStatus } from './sroi.enums';
import { SroiKandidaatSuggesties, SroiKoppelvoorstel, SroiModel, SroiVoortgang } from './sroi.types';
import { laadInzet, voortgang } from './utils/sroi-berekening';

/** Reads around an obligation: live progress, proposed links to placements, candidates to close the gap, the model. */
@Injectable()
export class SroiOverzichtService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parameters: ParameterService,
    private readonly kandidaten: KandidaatService,
  ) {}

  /** Progress on `peildatum` (default today) with the obligation's own parameter set. */
  async voortgang(actor: Actor, v: SroiVerplichting, peildatum?: string | null): Promise<SroiVoortgang> {
    const op = peildatum == null ? vandaag() : datum(peildatum, 'peildatum');
    const inzet = (await laadInzet(this.dataSource.manager, [v.id])).get(v.id) ?? [];
    const set = await this.parameters.laad(actor.tenantId, v.parameterSetId);
    const r = regel(() =>
      voortgang({ contractwaarde: v.contractwaarde, sroi_percentage: v.sroiPercentage, start_datum: v.startDatum, eind_datum: v.eindDatum }, inzet, set, op),
    );
    return { ...r, status: r.status as SroiStatus, inzet: r.inzet.map((i) => ({ ...i, soort: i.soort as SroiVoortgang['inzet'][number]['soort'] })) };
  }

  /**
   * Placements at the opdrachtnemer of an open obligation (contract not ended, not yet realised) that overlap the
   * contract period and count for no obligation yet, unless staff turned the proposal down. Staff only.
   */
  async koppelvoorstellen(actor: Actor, verplichtingId?: string): Promise<SroiKoppelvoorstel[]> {
    if (!isStaff(actor)) return [];
    if (verplichtingId !== undefined && !isUuid(verplichtingId)) return [];
    const rows: { verplichting_id: string; plaatsing_id: string; type: string; start_datum: string; eind_datum: string | null; uren_per_week: number; kandidaat_id: string }[] =
      await this.dataSource.query(
        `SELECT v.id AS verplichting_id, p.id AS plaatsing_id, p.type, p.start_datum::text, p.eind_datum::text, p.uren_per_week, p.kandidaat_id
         FROM sroi_verplichting v
         JOIN plaatsing p ON p.werkgever_id = v.werkgever_id AND p.tenant_id = v.tenant_id
         WHERE v.tenant_id = $1 AND v.eind_datum >= $2::date AND v.status IS DISTINCT FROM 'GEREALISEERD'
           AND ($3::uuid IS NULL OR v.id = $3::uuid)
           AND p.start_datum <= v.eind_datum AND (p.eind_datum IS NULL OR p.eind_datum >= v.start_datum)
           AND NOT EXISTS (SELECT 1 FROM sroi_inzet i WHERE i.plaatsing_id = p.id)
           AND NOT EXISTS (SELECT 1 FROM sroi_koppeling_afgewezen a WHERE a.verplichting_id = v.id AND a.plaatsing_id = p.id)
         ORDER BY v.eind_datum, v.id, p.start_datum, p.id LIMIT 500`,
        [actor.tenantId, vandaag(), verplichtingId ?? null],
      );
    return rows.map((r) => ({
      verplichtingId: r.verplichting_id,
      plaatsingId: r.plaatsing_id,
      type: r.type,
      startDatum: r.start_datum,
      eindDatum: r.eind_datum,
      urenPerWeek: r.uren_per_week,
      kandidaatId: r.kandidaat_id,
    }));
  }

  /** Available candidates in the contracting gemeente, anonymised (cards); staff also get the staff view. */
  async kandidaatSuggesties(actor: Actor, v: SroiVerplichting, first: number): Promise<SroiKandidaatSuggesties> {
    if (!Number.isInteger(first) || first < 1 || first > 50) throw AppError.badInput('first: moet 1 tot 50 zijn.', 'first');
    const stand = await this.voortgang(actor, v);
    if (stand.status === SroiStatus.GEREALISEERD) return { nogTeRealiseren: stand.nogTeRealiseren, beschikbaar: 0, kaarten: [], kandidaten: isStaff(actor) ? [] : null };
    const kaarten = await this.kandidaten.kaartenBeschikbaar(actor, { gemeenteId: v.gemeenteId }, { first });
    const ids = kaarten.edges.map((e) => e.node.id);
    return {
      nogTeRealiseren: stand.nogTeRealiseren,
      beschikbaar: kaarten.totalCount,
      kaarten: kaarten.edges.map((e) => e.node),
      kandidaten: isStaff(actor) ? (ids.length ? await this.kandidaten.getMany(actor, ids) : []) : null,
    };
  }

  /** The bouwblokken of the tenant's set valid on `op` (for the form). */
  async model(actor: Actor, op?: string | null): Promise<SroiModel> {
    const set = await this.parameters.voor(actor, op ?? vandaag(), 'datum');
    const s = set.sroi;
    return {
      parameterSetId: set.id,
      model: s.model,
      standaardPercentage: naarPercentage(s.standaardPercentage),
      voltijdUren: s.voltijdUren,
      bouwblokken: s.bouwblokken.map((b) => ({ ...b })),
      bonussen: s.bonussen.map((b) => b.code),
      vrijwilligerswerkUurtarief: s.vrijwilligerswerkUurtarief,
    };
  }
}
