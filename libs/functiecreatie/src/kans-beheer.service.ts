import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, JobOutbox, requireRol } from '@matchpunt/common';
import { SearchIndexer } from '@matchpunt/search';
import { Vacature, VacatureBeheerService } from '@matchpunt/vacatures';
import { WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource, EntityManager } from 'typeorm';
import { FunctiecreatieKansInput, FunctiecreatieTaakInput, VacatureVanKansInput, WijzigFunctiecreatieKansInput } from './dto/kans.input';
import { FunctiecreatieKans, FunctiecreatieTaak, urenVanTaken } from './functiecreatie-kans.entity';
import { FunctiecreatieStatus, isKansWijzigbaar, KANS_OVERGANGEN, magKansNaar } from './functiecreatie.enums';
import { FUNCTIECREATIE_ROLLEN, KansService } from './kans.service';

/**
 * Writes to kansen, each in one transaction together with its search-index job: on any error nothing is
 * written. The werkgever and vestiging are checked through WerkgeverService (same tenant, the vestiging of
 * that werkgever).
 */
@Injectable()
export class KansBeheerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly kansen: KansService,
    private readonly werkgevers: WerkgeverService,
    private readonly vacatures: VacatureBeheerService,
    private readonly indexer: SearchIndexer,
    private readonly outbox: JobOutbox,
  ) {}

  async maak(actor: Actor, input: FunctiecreatieKansInput): Promise<FunctiecreatieKans> {
    requireRol(actor, ...FUNCTIECREATIE_ROLLEN);
    return this.write(async (manager) => {
      await this.werkgevers.vestigingVan(actor, input.werkgeverId, input.vestigingId, 'vestigingId', manager);
      return manager.save(
        manager.create(FunctiecreatieKans, {
          tenantId: actor.tenantId,
          werkgeverId: input.werkgeverId,
          vestigingId: input.vestigingId,
          titel: input.titel,
          omschrijving: input.omschrijving ?? '',
          afdeling: input.afdeling ?? '',
          beroep: input.beroep || null,
          vaardigheden: input.vaardigheden ?? [],
          taken: taken(input.taken),
          ...urenVanTaken(input.taken),
          status: FunctiecreatieStatus.VERKEND,
          statusSinds: new Date(),
          gevondenDoor: actor.userId,
          vacatureId: null,
        }),
      );
    });
  }

  /** Only while VERKEND or UITGEWERKT (else CONFLICT). */
  async wijzig(actor: Actor, id: string, input: WijzigFunctiecreatieKansInput): Promise<FunctiecreatieKans> {
    return this.write(async (manager) => {
      const kans = await this.kansen.getForActor(actor, id, manager, true);
      if (!isKansWijzigbaar(kans.status)) throw AppError.conflict(`Een kans met status ${kans.status} kan niet meer gewijzigd worden.`, 'status');
      if (input.vestigingId !== undefined) {
        await this.werkgevers.vestigingVan(actor, kans.werkgeverId, input.vestigingId, 'vestigingId', manager);
        kans.vestigingId = input.vestigingId;
      }
      if (input.titel !== undefined) kans.titel = input.titel;
      if (input.omschrijving !== undefined) kans.omschrijving = input.omschrijving;
      if (input.afdeling !== undefined) kans.afdeling = input.afdeling;
      if (input.beroep !== undefined) kans.beroep = input.beroep || null;
      if (input.vaardigheden !== undefined) kans.vaardigheden = input.vaardigheden;
      if (input.taken !== undefined) Object.assign(kans, { taken: taken(input.taken) }, urenVanTaken(input.taken));
      return manager.save(kans);
    });
  }

  /** VERKEND → UITGEWERKT → GEREALISEERD | VERVALLEN; anything else is a CONFLICT that names what is allowed. */
  async wijzigStatus(actor: Actor, id: string, status: FunctiecreatieStatus): Promise<FunctiecreatieKans> {
    return this.write(async (manager) => {
      const kans = await this.kansen.getForActor(actor, id, manager, true);
      if (!magKansNaar(kans.status, status)) {
        const toegestaan = KANS_OVERGANGEN[kans.status];
        const uitleg = toegestaan.length ? `alleen naar ${toegestaan.join(' of ')}` : 'de status is definitief';
        throw AppError.conflict(`Een kans met status ${kans.status} kan niet naar ${status}: ${uitleg}.`, 'status');
      }
      kans.status = status;
      kans.statusSinds = new Date();
      return manager.save(kans);
    });
  }

  /**
   * A GEREALISEERD kans becomes a vacature (functiecreatie = true) at the kans's vestiging, through the
   * vacatures lib. The kans stays locked meanwhile, so a second call waits and then answers CONFLICT.
   * (The vacature is written by the vacatures lib in its own transaction; the link on the kans right after.)
   */
  async maakVacature(actor: Actor, id: string, input: VacatureVanKansInput): Promise<Vacature> {
    let vacature: Vacature | null = null;
    await this.write(async (manager) => {
      const kans = await this.kansen.getForActor(actor, id, manager, true);
      if (kans.status !== FunctiecreatieStatus.GEREALISEERD) {
        throw AppError.conflict(`Alleen een gerealiseerde kans wordt een vacature; deze kans is ${kans.status}.`, 'status');
      }
      if (kans.vacatureId) throw AppError.conflict('Van deze kans is al een vacature gemaakt.', 'vacatureId');
      vacature = await this.vacatures.plaats(actor, {
        werkgeverId: kans.werkgeverId,
        vestigingId: kans.vestigingId,
        titel: input.titel ?? kans.titel,
        omschrijving: [kans.omschrijving, kans.afdeling && `Afdeling: ${kans.afdeling}.`].filter(Boolean).join('\n\n').slice(0, 10000),
        taken: kans.taken.map((t) => `- ${t.taak} (${t.urenPerWeek} uur per week)`).join('\n').slice(0, 5000),
        vereisteVaardigheden: [],
        gewensteVaardigheden: kans.vaardigheden.slice(0, 30),
        beroep: kans.beroep,
        urenMin: kans.urenMin,
        urenMax: kans.urenMax,
        contractvorm: input.contractvorm,
        startdatum: input.startdatum ?? null,
        rijbewijsVereist: false,
        vervoerNodig: false,
        nederlandsNiveau: null,
        doelgroepen: [],
        instrumenten: [],
        functiecreatie: true,
        publiceer: input.publiceer ?? false,
      });
      kans.vacatureId = vacature.id;
      return manager.save(kans);
    });
    return vacature!;
  }

  private async write(work: (manager: EntityManager) => Promise<FunctiecreatieKans>): Promise<FunctiecreatieKans> {
    const kans = await this.dataSource.transaction(async (manager) => {
      const saved = await work(manager);
      await this.indexer.enqueue(manager, 'functiecreatie', [saved.id]);
      return saved;
    });
    this.outbox.flushSoon();
    return kans;
  }
}

function taken(input: readonly FunctiecreatieTaakInput[]): FunctiecreatieTaak[] {
  return input.map((t) => ({ taak: t.taak, urenPerWeek: t.urenPerWeek, vaardigheidsniveau: t.vaardigheidsniveau }));
}
