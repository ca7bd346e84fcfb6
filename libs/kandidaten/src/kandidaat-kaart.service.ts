import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, Connection, decodeCursor, PageArgs, toConnection } from '@matchpunt/common';
import { DataSource, EntityManager } from 'typeorm';
import { KandidaatAccess, KandidaatRecht } from './access/kandidaat-access';
import { KaartFilter } from './dto/kandidaat.args';
import { KandidaatKaart } from './kandidaat-kaart.type';
import { KandidaatStatus } from './kandidaat.enums';
import { vandaag } from '@matchpunt/domain';
import { beschikbaarheidTekst, instrumentTeksten, leeftijdsband } from './utils/kaart-teksten';
import { isUuid } from './utils/transactie';

/** Only what a card shows is selected; the birth date is used for the age band and goes no further. */
const KAART_KOLOMMEN = `k.id, k.code, k.regio_plaats, k.pitch, k.vaardigheden, k.beroepswensen, k.uren_min, k.uren_max, k.status,
  k.beschikbaar_vanaf::text AS beschikbaar_vanaf, k.rijbewijs, k.lks_mogelijk, k.no_riskpolis, k.proefplaatsing, k.jobcoach,
  i.geboortedatum::text AS geboortedatum`;

interface KaartRij {
  id: string;
  code: string;
  regio_plaats: string;
  pitch: string;
  vaardigheden: string[];
  beroepswensen: string[];
  uren_min: number;
  uren_max: number;
  status: KandidaatStatus;
  beschikbaar_vanaf: string | null;
  rijbewijs: boolean;
  lks_mogelijk: boolean;
  no_riskpolis: boolean;
  proefplaatsing: boolean;
  jobcoach: boolean;
  geboortedatum: string;
}

function naarKaart(rij: KaartRij, peildatum: string): KandidaatKaart {
  return {
    id: rij.id,
    code: rij.code,
    leeftijdsband: leeftijdsband(rij.geboortedatum, peildatum),
    regio: rij.regio_plaats,
    pitch: rij.pitch,
    vaardigheden: rij.vaardigheden,
    beroepswensen: rij.beroepswensen,
    urenMin: rij.uren_min,
    urenMax: rij.uren_max,
    beschikbaarheid: beschikbaarheidTekst(rij.status, rij.beschikbaar_vanaf, peildatum),
    beschikbaarVanaf: rij.beschikbaar_vanaf,
    rijbewijs: rij.rijbewijs,
    instrumenten: instrumentTeksten({ lksMogelijk: rij.lks_mogelijk, noRiskpolis: rij.no_riskpolis, proefplaatsing: rij.proefplaatsing, jobcoach: rij.jobcoach }),
  };
}

/** Anonymised cards: what employers (and the aanbodskrant) see of candidates. */
@Injectable()
export class KandidaatKaartService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: KandidaatAccess,
  ) {}

  async kaart(actor: Actor, id: string): Promise<KandidaatKaart> {
    const [kaart] = await this.kaarten(actor, [id]);
    return kaart;
  }

  /** Cards in the order of `ids`; throws NOT_FOUND unless the caller may see every one of them. */
  async kaarten(actor: Actor, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<KandidaatKaart[]> {
    await this.access.require(manager, actor, KandidaatRecht.KAART, ids);
    const rijen: KaartRij[] = await manager.query(
      `SELECT ${KAART_KOLOMMEN} FROM kandidaat k JOIN kandidaat_identiteit i ON i.kandidaat_id = k.id
       WHERE k.tenant_id = $1 AND k.id = ANY($2::uuid[])`,
      [actor.tenantId, [...new Set(ids)]],
    );
    const peildatum = vandaag();
    const perId = new Map(rijen.map((rij) => [rij.id, naarKaart(rij, peildatum)]));
    return ids.map((id) => perId.get(id)!);
  }

  /** Cards of BESCHIKBAAR candidates of the caller's tenant, longest available first. */
  async beschikbaar(actor: Actor, filter: KaartFilter = {}, page: PageArgs): Promise<Connection<KandidaatKaart>> {
    const offset = decodeCursor(page.after);
    const where = [`k.tenant_id = $1`, `k.status = 'BESCHIKBAAR'`];
    const params: unknown[] = [actor.tenantId];
    if (filter.gemeenteId) {
      params.push(isUuid(filter.gemeenteId) ? filter.gemeenteId : null);
      where.push(`k.gemeente_id = $${params.length}`);
    }
    if (filter.rijbewijs) where.push(`k.rijbewijs`);
    if (filter.urenMin != null) {
      params.push(filter.urenMin);
      where.push(`k.uren_max >= $${params.length}`);
    }
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM kandidaat k WHERE ${where.join(' AND ')}`, params);
    const rijen: KaartRij[] = await this.dataSource.query(
      `SELECT ${KAART_KOLOMMEN} FROM kandidaat k JOIN kandidaat_identiteit i ON i.kandidaat_id = k.id
       WHERE ${where.join(' AND ')} ORDER BY k.beschikbaar_sinds ASC, k.id ASC OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, offset, page.first],
    );
    const peildatum = vandaag();
    return toConnection(rijen.map((rij) => naarKaart(rij, peildatum)), offset, count);
  }
}
