import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, isStaff, JobOutbox, Rol, werkgeverScope } from '@matchpunt/common';
import { Dec, DomainValidationError, sroiVerplichting, sroiVoortgang, vandaag } from '@matchpunt/domain';
import {
  datum,
  getalTussen,
  isUuid,
  optioneleDatum,
  ParameterService,
  percentage,
  regel,
  tekst,
} from '@matchpunt/parameters';
import { PlaatsingService } from '@matchpunt/plaatsingen';
import { WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource, EntityManager } from 'typeorm';
import { SroiInzetInput, SroiVerplichtingFilter, SroiVerplichtingInput } from './dto/sroi.input';
import { SroiHerberekening } from './sroi-herberekening.service';
import { SroiInzet } from './sroi-inzet.entity';
import { SroiVerplichting } from './sroi-verplichting.entity';
import { SroiInzetSoort } from './sroi.enums';
import { contract, naarDomein, InzetRij } from './utils/sroi-berekening';

const BEHEERDERS: readonly Rol[] = [Rol.ACCOUNTMANAGER, Rol.ADMIN];

/**
 * SROI obligations and their efforts. ACCOUNTMANAGER/ADMIN write; staff read; a WERKGEVER reads only its own
 * obligations (another's answers NOT_FOUND). Every write recomputes the obligation's stored status in the same
 * transaction (and alerts when it moves to ACHTER).
 */
@Injectable()
export class SroiService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parameters: ParameterService,
    private readonly werkgevers: WerkgeverService,
    private readonly plaatsingen: PlaatsingService,
    private readonly herberekening: SroiHerberekening,
    private readonly outbox: JobOutbox,
  ) {}

  async maak(actor: Actor, input: SroiVerplichtingInput): Promise<SroiVerplichting> {
    this.magBeheren(actor);
    const contractnaam = tekst(input.contractnaam, 'contractnaam', 300, true);
    const contractwaarde = getalTussen(input.contractwaarde, 'contractwaarde', 0, 10_000_000_000);
    const startDatum = datum(input.startDatum, 'startDatum');
    const eindDatum = datum(input.eindDatum, 'eindDatum');
    if (eindDatum < startDatum) throw AppError.badInput(`eindDatum: ${eindDatum} ligt voor de startdatum ${startDatum}.`, 'eindDatum');
    const set = await this.parameters.voor(actor, startDatum, 'startDatum');
    const sroiPercentage = input.sroiPercentage == null ? set.sroi.standaardPercentage : percentage(input.sroiPercentage, 'sroiPercentage');
    const v = regel(() => sroiVerplichting({ contractwaarde, sroiPercentage, startDatum, eindDatum }, set));
    const saved = await this.dataSource.transaction(async (m) => {
      const werkgever = await this.werkgevers.getForActor(actor, input.werkgeverId, m);
      await this.gemeenteVanTenant(m, actor, input.gemeenteId);
      const accountmanagerId = input.accountmanagerId ?? werkgever.accountmanagerId ?? (actor.rol === Rol.ACCOUNTMANAGER ? actor.userId : null);
      if (accountmanagerId !== null) await this.isAccountmanager(m, actor, accountmanagerId);
      const verplichting = await m.save(
        m.create(SroiVerplichting, {
          tenantId: actor.tenantId,
          gemeenteId: input.gemeenteId,
          werkgeverId: werkgever.id,
          accountmanagerId,
          contractnaam,
          contractwaarde,
          sroiPercentage: new Dec(sroiPercentage).toString(),
          startDatum,
          eindDatum,
          parameterSetId: set.id,
          verplichting: v.verplichting,
          aangemaaktDoor: actor.userId,
        }),
      );
      await this.herberekening.herbereken(m, [verplichting.id], vandaag());
      return m.findOneByOrFail(SroiVerplichting, { id: verplichting.id });
    });
    return saved;
  }

  async voegInzetToe(actor: Actor, verplichtingId: string, input: SroiInzetInput): Promise<SroiInzet> {
    this.magBeheren(actor);
    return this.schrijf(actor, verplichtingId, async (m, v) => {
      const velden = valideerInzet(input);
      await this.controleerMetRegels(actor, v, velden);
      return m.save(m.create(SroiInzet, { ...velden, tenantId: actor.tenantId, verplichtingId: v.id, plaatsingId: null, aangemaaktDoor: actor.userId }));
    });
  }

  async verwijderInzet(actor: Actor, inzetId: string): Promise<boolean> {
    this.magBeheren(actor);
    const inzet = isUuid(inzetId) ? await this.dataSource.manager.findOneBy(SroiInzet, { id: inzetId, tenantId: actor.tenantId }) : null;
    if (!inzet) throw AppError.notFound('SROI-inzet', inzetId);
    return this.schrijf(actor, inzet.verplichtingId, async (m) => {
      await m.delete(SroiInzet, { id: inzet.id });
      return true;
    });
  }

  /** Counts a Matchpunt plaatsing of the opdrachtnemer for the obligation (a proposal confirmed by staff). */
  async bevestigKoppeling(actor: Actor, verplichtingId: string, plaatsingId: string, categorie: string, bonussen: string[] = []): Promise<SroiInzet> {
    this.magBeheren(actor);
    return this.schrijf(actor, verplichtingId, async (m, v) => {
      const plaatsing = await this.plaatsingen.getForActor(actor, plaatsingId).catch(() => {
        throw AppError.badInput('Deze plaatsing bestaat niet.', 'plaatsingId');
      });
      if (plaatsing.werkgeverId !== v.werkgeverId) throw AppError.badInput('Deze plaatsing is bij een andere werkgever.', 'plaatsingId');
      if (plaatsing.startDatum > v.eindDatum || (plaatsing.eindDatum !== null && plaatsing.eindDatum < v.startDatum)) {
        throw AppError.badInput('Deze plaatsing valt buiten de contractperiode.', 'plaatsingId');
      }
      if (await m.existsBy(SroiInzet, { plaatsingId: plaatsing.id })) throw AppError.conflict('Deze plaatsing telt al voor een SROI-verplichting.', 'plaatsingId');
      const velden = {
        soort: SroiInzetSoort.PLAATSING,
        omschrijving: `Plaatsing (${plaatsing.type.toLowerCase()})`,
        categorie: tekst(categorie, 'categorie', 100, true),
        urenPerWeek: String(plaatsing.urenPerWeek),
        startDatum: plaatsing.startDatum,
        eindDatum: plaatsing.eindDatum,
        bonussen: bonussen ?? [],
        datum: null,
        factuurbedrag: null,
        uren: null,
      };
      await this.controleerMetRegels(actor, v, velden);
      await m.query(`DELETE FROM sroi_koppeling_afgewezen WHERE verplichting_id = $1 AND plaatsing_id = $2`, [v.id, plaatsing.id]);
      return m.save(m.create(SroiInzet, { ...velden, tenantId: actor.tenantId, verplichtingId: v.id, plaatsingId: plaatsing.id, aangemaaktDoor: actor.userId }));
    });
  }

  /** Takes a proposal off the list (the plaatsing does not count for this obligation). */
  async wijsKoppelingAf(actor: Actor, verplichtingId: string, plaatsingId: string): Promise<boolean> {
    this.magBeheren(actor);
    const v = await this.get(actor, verplichtingId);
    const plaatsing = await this.plaatsingen.getForActor(actor, plaatsingId).catch(() => {
      throw AppError.badInput('Deze plaatsing bestaat niet.', 'plaatsingId');
    });
    await this.dataSource.query(
      `INSERT INTO sroi_koppeling_afgewezen (verplichting_id, plaatsing_id, afgewezen_door) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [v.id, plaatsing.id, actor.userId],
    );
    return true;
  }

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<SroiVerplichting> {
    const scope = werkgeverScope(actor);
    const found = isUuid(id)
      ? await manager.findOne(SroiVerplichting, {
          where: { id, tenantId: actor.tenantId, ...(scope && { werkgeverId: scope }) },
          ...(lock && { lock: { mode: 'pessimistic_write' as const } }),
        })
      : null;
    if (!found) throw AppError.notFound('SROI-verplichting', id);
    return found;
  }

  async lijst(actor: Actor, filter: SroiVerplichtingFilter = {}): Promise<SroiVerplichting[]> {
    const scope = werkgeverScope(actor);
    if (scope && filter.werkgeverId && filter.werkgeverId !== scope) throw AppError.notFound('Werkgever', filter.werkgeverId);
    const qb = this.dataSource.manager.createQueryBuilder(SroiVerplichting, 'v').where('v.tenant_id = :tenantId', { tenantId: actor.tenantId });
    const werkgeverId = scope ?? filter.werkgeverId;
    if (werkgeverId) qb.andWhere('v.werkgever_id = :werkgeverId', { werkgeverId: isUuid(werkgeverId) ? werkgeverId : null });
    if (filter.gemeenteId) qb.andWhere('v.gemeente_id = :gemeenteId', { gemeenteId: isUuid(filter.gemeenteId) ? filter.gemeenteId : null });
    if (filter.status) qb.andWhere('v.status = :status', { status: filter.status });
    if (filter.mijn && isStaff(actor)) qb.andWhere('v.accountmanager_id = :me', { me: actor.userId });
    return qb.orderBy('v.eind_datum', 'ASC').addOrderBy('v.id', 'ASC').limit(500).getMany();
  }

  inzet(actor: Actor, verplichtingId: string): Promise<SroiInzet[]> {
    return this.dataSource.manager.find(SroiInzet, { where: { verplichtingId, tenantId: actor.tenantId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Runs a write on a locked obligation, then recomputes its stored status in the same transaction. */
  private async schrijf<T>(actor: Actor, verplichtingId: string, work: (m: EntityManager, v: SroiVerplichting) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(async (m) => {
      const v = await this.get(actor, verplichtingId, m, true);
      const r = await work(m, v);
      await this.herberekening.herbereken(m, [v.id], vandaag());
      return r;
    });
    this.outbox.flushSoon();
    return result;
  }

  /** The rules' own checks on one new effort (unknown category, hours, bonuses …), with the field as the API names it. */
  private async controleerMetRegels(actor: Actor, v: SroiVerplichting, velden: ReturnType<typeof valideerInzet>): Promise<void> {
    const set = await this.parameters.laad(actor.tenantId, v.parameterSetId);
    const rij: InzetRij = {
      id: 'nieuw',
      verplichting_id: v.id,
      soort: velden.soort,
      categorie: velden.categorie,
      uren_per_week: velden.urenPerWeek,
      start_datum: velden.startDatum,
      eind_datum: velden.eindDatum,
      bonussen: velden.bonussen,
      datum: velden.datum,
      factuurbedrag: velden.factuurbedrag,
      uren: velden.uren,
    };
    try {
      sroiVoortgang(
        { contract: contract({ contractwaarde: v.contractwaarde, sroi_percentage: v.sroiPercentage, start_datum: v.startDatum, eind_datum: v.eindDatum }), inzet: [naarDomein(rij)], peildatum: v.startDatum },
        set,
      );
    } catch (err) {
      if (err instanceof DomainValidationError) {
        const field = err.field.replace(/^inzet\[0\]\./, '').replace(/\[(\d+)\]/g, '.$1');
        const melding = err.messageNl.startsWith(`${err.field}: `) ? err.messageNl.slice(err.field.length + 2) : err.messageNl;
        throw AppError.badInput(`${field}: ${melding}`, field);
      }
      throw err;
    }
  }

  private magBeheren(actor: Actor): void {
    if (!BEHEERDERS.includes(actor.rol)) throw AppError.forbidden('Alleen accountmanagers en beheerders beheren SROI-verplichtingen.');
  }

  private async gemeenteVanTenant(m: EntityManager, actor: Actor, gemeenteId: string): Promise<void> {
    const rows = isUuid(gemeenteId) ? await m.query(`SELECT 1 FROM gemeente WHERE id = $1 AND tenant_id = $2`, [gemeenteId, actor.tenantId]) : [];
    if (rows.length === 0) throw AppError.badInput('Kies een gemeente van uw organisatie.', 'gemeenteId');
  }

  private async isAccountmanager(m: EntityManager, actor: Actor, userId: string): Promise<void> {
    const rows = isUuid(userId)
      ? await m.query(`SELECT 1 FROM app_user WHERE id = $1 AND tenant_id = $2 AND rol IN ('ACCOUNTMANAGER','ADMIN')`, [userId, actor.tenantId])
      : [];
    if (rows.length === 0) throw AppError.badInput('Kies een accountmanager van uw organisatie.', 'accountmanagerId');
  }
}

/** Per soort the fields it needs, checked and normalised; the rest is left empty. */
export function valideerInzet(input: SroiInzetInput) {
  const leeg = { categorie: null, urenPerWeek: null, startDatum: null, eindDatum: null, bonussen: [] as string[], datum: null, factuurbedrag: null, uren: null };
  const omschrijving = tekst(input.omschrijving, 'omschrijving', 300);
  switch (input.soort) {
    case SroiInzetSoort.PLAATSING: {
      const startDatum = datum(input.startDatum, 'startDatum');
      const eindDatum = optioneleDatum(input.eindDatum, 'eindDatum');
      if (eindDatum !== null && eindDatum < startDatum) throw AppError.badInput(`eindDatum: ${eindDatum} ligt voor de startdatum ${startDatum}.`, 'eindDatum');
      if ((input.bonussen ?? []).length > 10) throw AppError.badInput('Hoogstens 10 bonussen.', 'bonussen');
      return {
        ...leeg,
        soort: SroiInzetSoort.PLAATSING,
        omschrijving,
        categorie: tekst(input.categorie, 'categorie', 100, true),
        urenPerWeek: input.urenPerWeek == null ? null : getalTussen(input.urenPerWeek, 'urenPerWeek', 0, 168, false),
        startDatum,
        eindDatum,
        bonussen: [...new Set(input.bonussen ?? [])],
      };
    }
    case SroiInzetSoort.INKOOP:
      if (input.factuurbedragExclBtw == null) throw AppError.badInput('Geef het factuurbedrag excl. btw.', 'factuurbedragExclBtw');
      return { ...leeg, soort: SroiInzetSoort.INKOOP, omschrijving, datum: datum(input.datum, 'datum'), factuurbedrag: getalTussen(input.factuurbedragExclBtw, 'factuurbedragExclBtw', 0, 1_000_000_000) };
    case SroiInzetSoort.VRIJWILLIGERSWERK:
      if (input.uren == null) throw AppError.badInput('Geef het aantal uren.', 'uren');
      return { ...leeg, soort: SroiInzetSoort.VRIJWILLIGERSWERK, omschrijving, datum: datum(input.datum, 'datum'), uren: getalTussen(input.uren, 'uren', 0, 100_000) };
    default:
      throw AppError.badInput(`Onbekende soort ${String(input.soort)}.`, 'soort');
  }
}
