import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, JobOutbox, Rol } from '@matchpunt/common';
import { User } from '@matchpunt/auth';
import { SearchIndexer } from '@matchpunt/search';
import { Gemeente, PostcodeService } from '@matchpunt/tenancy';
import { DataSource, EntityManager } from 'typeorm';
import { KandidaatAccess, KandidaatRecht } from './access/kandidaat-access';
import { NieuweKandidaatInput, WijzigKandidaatInput } from './dto/kandidaat.inputs';
import { KandidaatIdentiteit } from './kandidaat-identiteit.entity';
import { KandidaatIndicatie } from './kandidaat-indicatie.entity';
import { Kandidaat } from './kandidaat.entity';
import { KandidaatStatus } from './kandidaat.enums';
import { AuditActie, schrijfAudit } from './utils/audit-log';
import { vandaag } from '@matchpunt/domain';
import { volgendeKandidaatCode } from './utils/kandidaat-code';
import { pasIdentiteitToe, pasIndicatiesToe, pasInstrumentenToe, pasProfielToe } from './utils/profiel-toepassen';
import { isUniekFout, isUuid } from './utils/transactie';
import { valideerIdentiteit, valideerIndicaties, valideerProfiel, valideerUren } from './utils/validate-kandidaat';

/** Registering and editing candidates: the werkcoach's work. Each call is one transaction. */
@Injectable()
export class KandidaatRegistratieService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: KandidaatAccess,
    private readonly postcodes: PostcodeService,
    private readonly indexer: SearchIndexer,
    private readonly outbox: JobOutbox,
  ) {}

  async maak(actor: Actor, input: NieuweKandidaatInput): Promise<Kandidaat> {
    const identiteit = valideerIdentiteit(input.identiteit);
    const profiel = valideerProfiel(input.profiel);
    valideerUren(profiel.urenMin, profiel.urenMax);
    const indicaties = valideerIndicaties(input.indicaties ?? {});
    const werkcoachId = input.werkcoachId ?? (actor.rol === Rol.WERKCOACH ? actor.userId : undefined);
    if (!werkcoachId) throw AppError.badInput('Kies de werkcoach van deze kandidaat.', 'werkcoachId');

    const kandidaat = await this.dataSource.transaction(async (m) => {
      await this.vereisGemeente(m, actor, input.gemeenteId);
      await this.vereisWerkcoach(m, actor, werkcoachId);
      const locatie = await this.postcodes.locatie(identiteit.postcode, 'identiteit.postcode', m);
      await this.vereisUniekeBsn(m, actor, identiteit.bsn);

      const k = m.create(Kandidaat, {
        tenantId: actor.tenantId,
        gemeenteId: input.gemeenteId,
        werkcoachId,
        code: await volgendeKandidaatCode(m, actor.tenantId, Number(vandaag().slice(0, 4))),
        status: KandidaatStatus.BESCHIKBAAR,
        beschikbaarSinds: vandaag(),
        statusGewijzigdOp: new Date(),
        regio: { plaats: locatie.plaats, lat: locatie.lat, lon: locatie.lon },
        werkervaring: '',
        opleiding: '',
        pitch: '',
        sectorWensen: [],
      });
      pasProfielToe(k, profiel);
      pasInstrumentenToe(k, input.instrumenten);
      const saved = await m.save(k);
      await m.insert(KandidaatIdentiteit, {
        ...identiteit,
        kandidaatId: saved.id,
        tenantId: actor.tenantId,
        postcode: locatie.postcode,
        woonplaats: identiteit.woonplaats || locatie.plaats,
        telefoon: identiteit.telefoon || null,
        email: identiteit.email || null,
      });
      const ind = m.create(KandidaatIndicatie, { kandidaatId: saved.id, tenantId: actor.tenantId });
      pasIndicatiesToe(ind, indicaties);
      await m.insert(KandidaatIndicatie, ind);
      await this.indexer.enqueue(m, 'kandidaat', [saved.id]);
      return saved;
    }).catch(bsnConflict);
    this.outbox.flushSoon();
    return kandidaat;
  }

  /** Changes only the sections and fields given. Identity changes are written to the audit log. */
  async wijzig(actor: Actor, id: string, input: WijzigKandidaatInput): Promise<Kandidaat> {
    const identiteit = input.identiteit && valideerIdentiteit(input.identiteit);
    const profiel = input.profiel && valideerProfiel(input.profiel);
    const indicaties = input.indicaties && valideerIndicaties(input.indicaties);

    const kandidaat = await this.dataSource.transaction(async (m) => {
      await this.access.require(m, actor, KandidaatRecht.BEHEREN, [id]);
      const k = await m.findOneOrFail(Kandidaat, { where: { id, tenantId: actor.tenantId }, lock: { mode: 'pessimistic_write' } });
      if (input.gemeenteId) k.gemeenteId = await this.vereisGemeente(m, actor, input.gemeenteId);
      if (input.werkcoachId) k.werkcoachId = await this.vereisWerkcoach(m, actor, input.werkcoachId);
      if (profiel) {
        pasProfielToe(k, profiel);
        valideerUren(k.urenMin, k.urenMax);
      }
      if (input.instrumenten) pasInstrumentenToe(k, input.instrumenten);
      if (identiteit) await this.wijzigIdentiteit(m, actor, k, identiteit);
      if (indicaties) {
        const ind = await m.findOneByOrFail(KandidaatIndicatie, { kandidaatId: id, tenantId: actor.tenantId });
        pasIndicatiesToe(ind, indicaties);
        await m.save(ind);
      }
      const saved = await m.save(k);
      await this.indexer.enqueue(m, 'kandidaat', [id]);
      return saved;
    }).catch(bsnConflict);
    this.outbox.flushSoon();
    return kandidaat;
  }

  private async wijzigIdentiteit(m: EntityManager, actor: Actor, k: Kandidaat, input: WijzigKandidaatInput['identiteit'] & object): Promise<void> {
    const ident = await m.findOneByOrFail(KandidaatIdentiteit, { kandidaatId: k.id, tenantId: actor.tenantId });
    if (input.postcode) {
      const locatie = await this.postcodes.locatie(input.postcode, 'identiteit.postcode', m);
      input = { ...input, postcode: locatie.postcode };
      k.regio = { plaats: locatie.plaats, lat: locatie.lat, lon: locatie.lon };
    }
    if (input.bsn && input.bsn !== ident.bsn) await this.vereisUniekeBsn(m, actor, input.bsn);
    const velden = pasIdentiteitToe(ident, input);
    if (velden.length === 0) return;
    await m.save(ident);
    await schrijfAudit(m, [
      { tenantId: actor.tenantId, userId: actor.userId, actie: AuditActie.IDENTITEIT_GEWIJZIGD, onderwerpId: k.id, reden: `Gewijzigd: ${velden.join(', ')}` },
    ]);
  }

  private async vereisGemeente(m: EntityManager, actor: Actor, gemeenteId: string): Promise<string> {
    const gemeente = isUuid(gemeenteId) ? await m.findOneBy(Gemeente, { id: gemeenteId, tenantId: actor.tenantId }) : null;
    if (!gemeente) throw AppError.badInput('Deze gemeente hoort niet bij uw organisatie.', 'gemeenteId');
    return gemeente.id;
  }

  private async vereisWerkcoach(m: EntityManager, actor: Actor, werkcoachId: string): Promise<string> {
    const coach = isUuid(werkcoachId) ? await m.findOneBy(User, { id: werkcoachId, tenantId: actor.tenantId, rol: Rol.WERKCOACH }) : null;
    if (!coach) throw AppError.badInput('Dit is geen werkcoach van uw organisatie.', 'werkcoachId');
    return coach.id;
  }

  private async vereisUniekeBsn(m: EntityManager, actor: Actor, bsn: string): Promise<void> {
    const [bestaand] = await m.query(`SELECT 1 FROM kandidaat_identiteit WHERE tenant_id = $1 AND bsn = $2`, [actor.tenantId, bsn]);
    if (bestaand) throw AppError.conflict('Er is al een kandidaat met dit burgerservicenummer.', 'identiteit.bsn');
  }
}

function bsnConflict(err: unknown): never {
  if (isUniekFout(err, 'kandidaat_identiteit_bsn')) throw AppError.conflict('Er is al een kandidaat met dit burgerservicenummer.', 'identiteit.bsn');
  throw err;
}
