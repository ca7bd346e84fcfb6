import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, isStaff, Rol } from '@matchpunt/common';
import { type ParameterSet, parseParameterSet, selectParameterSet, vandaag } from '@matchpunt/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ParameterSetRij } from './parameter-set.entity';
import { ParameterSetVersie, ParameterSetVersieInput } from './parameter-set.types';
import { datum, isUuid, optioneleDatum, tekst } from './utils/invoer';
import { regel } from './utils/regel';
import { samenvoegen } from './utils/samenvoegen';

interface Kop {
  id: string;
  version: number;
  valid_from: string;
  valid_to: string | null;
}

/** Marks a version whose values are not yet indexed (e.g. a copy for the next year). */
export const VOORLOPIG = 'voorlopig: nog te indexeren';

/**
 * The versioned parameter sets of a tenant. `voor` picks the set valid on a date (the highest version wins);
 * every tool records the id it used. Rows never change, so parsed sets are cached by id for good.
 */
@Injectable()
export class ParameterService {
  private readonly cache = new Map<string, ParameterSet>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The set of the caller's tenant (or of `tenantId`, for jobs) valid on `op` (default today). A missing set is
   * BAD_USER_INPUT on `field`, naming the date and the uncovered period.
   */
  async voor(wie: Actor | string, op: string = vandaag(), field = 'datum', manager: EntityManager = this.dataSource.manager): Promise<ParameterSet> {
    const tenantId = typeof wie === 'string' ? wie : wie.tenantId;
    const peildatum = datum(op, field);
    const koppen: Kop[] = await manager.query(
      `SELECT id, version, valid_from::text, valid_to::text FROM parameter_set WHERE tenant_id = $1`,
      [tenantId],
    );
    const stubs = koppen.map((k) => ({ id: k.id, version: k.version, tenantId, validFrom: k.valid_from, validTo: k.valid_to }) as ParameterSet);
    const gekozen = regel(() => selectParameterSet(stubs, tenantId, peildatum), { datumVeld: field });
    return this.laad(tenantId, gekozen.id, manager);
  }

  /** A stored set by id (to reproduce a stored result exactly). */
  async laad(tenantId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<ParameterSet> {
    const cached = this.cache.get(id);
    if (cached && cached.tenantId === tenantId) return cached;
    const row = isUuid(id) ? await manager.findOneBy(ParameterSetRij, { id, tenantId }) : null;
    if (!row) throw AppError.notFound('Parameterset', id);
    const set = parseParameterSet(row.body);
    if (this.cache.size > 1000) this.cache.clear();
    this.cache.set(id, set);
    return set;
  }

  async lijst(actor: Actor): Promise<ParameterSetVersie[]> {
    if (!isStaff(actor)) throw AppError.forbidden();
    const rows = await this.dataSource.manager.find(ParameterSetRij, { where: { tenantId: actor.tenantId }, order: { version: 'DESC' } });
    return rows.map(weergave);
  }

  async get(actor: Actor, id: string): Promise<ParameterSetVersie> {
    if (!isStaff(actor)) throw AppError.forbidden();
    const row = isUuid(id) ? await this.dataSource.manager.findOneBy(ParameterSetRij, { id, tenantId: actor.tenantId }) : null;
    if (!row) throw AppError.notFound('Parameterset', id);
    return weergave(row);
  }

  async geldend(actor: Actor, op?: string): Promise<ParameterSetVersie> {
    const set = await this.voor(actor, op ?? vandaag(), 'datum');
    return this.get(actor, set.id);
  }

  /**
   * A new version (ADMIN): the body is checked completely by `parseParameterSet`; an error names the field as
   * `inhoud.<path>`. The version number is the tenant's next, so it wins where it overlaps older versions.
   */
  async maakVersie(actor: Actor, input: ParameterSetVersieInput): Promise<ParameterSetVersie> {
    if (actor.rol !== Rol.ADMIN) throw AppError.forbidden('Alleen een beheerder maakt parametersets.');
    const validFrom = datum(input.geldigVanaf, 'geldigVanaf');
    const validTo = optioneleDatum(input.geldigTot, 'geldigTot');
    if (validTo !== null && validTo < validFrom) throw AppError.badInput(`geldigTot: ${validTo} ligt voor geldigVanaf ${validFrom}.`, 'geldigTot');
    const row = await this.dataSource.transaction(async (m) => {
      // One version at a time per tenant: the lock orders concurrent creators.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('parameter_set:' || $1::text))`, [actor.tenantId]);
      const basis = input.basisId ? await this.laad(actor.tenantId, input.basisId, m).catch(() => {
        throw AppError.badInput('Deze basisversie bestaat niet.', 'basisId');
      }) : null;
      const [{ next }] = await m.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM parameter_set WHERE tenant_id = $1`, [actor.tenantId]);
      const id = randomUUID();
      const naam = tekst(input.naam ?? basis?.naam, 'naam', 300, true);
      const ruw = samenvoegen((basis ?? {}) as unknown as Record<string, unknown>, input.inhoud ?? {});
      const body = regel(
        () => parseParameterSet({ ...ruw, id, version: next, tenantId: actor.tenantId, naam, validFrom, validTo }),
        { prefix: 'inhoud' },
      );
      return m.save(m.create(ParameterSetRij, { id, tenantId: actor.tenantId, version: next, naam, validFrom, validTo, body, createdBy: actor.userId }));
    });
    return weergave(row);
  }
}

function weergave(row: ParameterSetRij): ParameterSetVersie {
  const { id: _id, version: _version, tenantId: _tenantId, naam, validFrom: _validFrom, validTo: _validTo, ...inhoud } = row.body;
  return {
    id: row.id,
    versie: row.version,
    naam,
    geldigVanaf: row.validFrom,
    geldigTot: row.validTo,
    voorlopig: [naam, ...inhoud.opmerkingen].some((t) => t.toLowerCase().includes('voorlopig')),
    bronnen: inhoud.bronnen,
    opmerkingen: inhoud.opmerkingen,
    inhoud: { ...inhoud },
    aangemaaktDoor: row.createdBy,
    aangemaaktOp: row.createdAt,
  };
}
