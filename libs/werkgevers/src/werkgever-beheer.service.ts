import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, Rol } from '@matchpunt/common';
import { DataSource } from 'typeorm';
import { ContactpersoonService } from './contactpersoon.service';
import { MaakWerkgeverInput, WijzigWerkgeverInput } from './dto/werkgever.input';
import { VestigingService } from './vestiging.service';
import { Werkgever } from './werkgever.entity';
import { alsKvkConflict, assertAccountmanager, assertKvkVrij, assertPso, sectorVan } from './werkgever-regels';
import { WerkgeverService } from './werkgever.service';
import { WerkgeverWijzigingen } from './werkgever-wijzigingen';

/** Creates and changes werkgevers, each in one transaction: on any error nothing is written. */
@Injectable()
export class WerkgeverBeheerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly werkgevers: WerkgeverService,
    private readonly vestigingen: VestigingService,
    private readonly contactpersonen: ContactpersoonService,
    private readonly wijzigingen: WerkgeverWijzigingen,
  ) {}

  /** ACCOUNTMANAGER or ADMIN; an accountmanager owns what it creates unless it names another. */
  async maak(actor: Actor, input: MaakWerkgeverInput): Promise<Werkgever> {
    const sector = sectorVan(input.sbiCode);
    assertPso(input.psoTrede ?? null, input.psoGeldigTot ?? null);
    const werkgever = await this.dataSource
      .transaction(async (manager) => {
        await assertKvkVrij(manager, actor, input.kvkNummer);
        const accountmanagerId = input.accountmanagerId ?? (actor.rol === Rol.ACCOUNTMANAGER ? actor.userId : null);
        if (accountmanagerId) await assertAccountmanager(manager, actor, accountmanagerId);
        const created = await manager.save(
          manager.create(Werkgever, {
            tenantId: actor.tenantId,
            naam: input.naam,
            kvkNummer: input.kvkNummer,
            sbiCode: input.sbiCode,
            sector,
            grootteklasse: input.grootteklasse,
            soort: input.soort,
            accountmanagerId,
            openDoelgroepen: input.openDoelgroepen ?? [],
            geaccepteerdeInstrumenten: input.geaccepteerdeInstrumenten ?? [],
            psoTrede: input.psoTrede ?? null,
            psoGeldigTot: input.psoGeldigTot ?? null,
            notities: input.notities ?? null,
          }),
        );
        for (const [i, vestiging] of (input.vestigingen ?? []).entries()) {
          await this.vestigingen.insert(manager, actor, created.id, vestiging, `vestigingen.${i}.`);
        }
        for (const [i, contact] of (input.contactpersonen ?? []).entries()) {
          await this.contactpersonen.insert(manager, actor, created.id, contact, `contactpersonen.${i}.`);
        }
        await this.wijzigingen.gewijzigd(manager, created.id);
        return created;
      })
      .catch((err) => {
        throw alsKvkConflict(err, input.kvkNummer);
      });
    this.wijzigingen.naCommit();
    return werkgever;
  }

  /** Staff of the tenant, or the werkgever's own users (who cannot change accountmanager and notities). */
  async wijzig(actor: Actor, id: string, input: WijzigWerkgeverInput): Promise<Werkgever> {
    if (actor.rol === Rol.WERKGEVER && (input.accountmanagerId !== undefined || input.notities !== undefined)) {
      throw AppError.forbidden('De accountmanager en de interne notities wijzigt alleen de accountmanager.');
    }
    const werkgever = await this.dataSource
      .transaction(async (manager) => {
        const found = await this.werkgevers.getForActor(actor, id, manager, true);
        if (input.kvkNummer !== undefined && input.kvkNummer !== found.kvkNummer) {
          await assertKvkVrij(manager, actor, input.kvkNummer, found.id);
          found.kvkNummer = input.kvkNummer;
        }
        if (input.sbiCode !== undefined) {
          found.sector = sectorVan(input.sbiCode);
          found.sbiCode = input.sbiCode;
        }
        if (input.accountmanagerId) await assertAccountmanager(manager, actor, input.accountmanagerId);
        const simple = ['naam', 'grootteklasse', 'soort', 'accountmanagerId', 'openDoelgroepen', 'geaccepteerdeInstrumenten', 'psoTrede', 'psoGeldigTot', 'notities'] as const;
        for (const key of simple) {
          if (input[key] !== undefined) Object.assign(found, { [key]: input[key] });
        }
        assertPso(found.psoTrede, found.psoGeldigTot);
        const saved = await manager.save(found);
        await this.wijzigingen.gewijzigd(manager, found.id);
        return saved;
      })
      .catch((err) => {
        throw alsKvkConflict(err, input.kvkNummer ?? '');
      });
    this.wijzigingen.naCommit();
    return werkgever;
  }
}
