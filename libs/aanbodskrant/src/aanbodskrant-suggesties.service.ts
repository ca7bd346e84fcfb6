import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, requireRol } from '@matchpunt/common';
import { KandidaatService } from '@matchpunt/kandidaten';
import { TenancyService } from '@matchpunt/tenancy';
import { SBI_SECTIES, SbiSectie } from '@matchpunt/werkgevers';
import { DataSource } from 'typeorm';
import { AANBODSKRANT_ROLLEN } from './aanbodskrant.service';
import { AanbodskrantSuggestie } from './aanbodskrant.types';
import { datumNl, naarAanbodKaart } from './render/aanbod-kaart';

interface SuggestieRij {
  id: string;
  beschikbaar_sinds: string | null;
  sector_wensen: string[];
  gemeente: string;
  dagen: number | null;
}

/** A candidate available for at most this many days counts as "nieuw beschikbaar". */
export const NIEUW_BINNEN_DAGEN = 30;

/**
 * Which candidates to put in the next edition: BESCHIKBAAR, not offered since they became available (in no
 * sent edition and no voorstel since `beschikbaar_sinds`), optionally of one gemeente and with a wish for one
 * sector (or no sector wish at all, ranked after the explicit ones); newest available first.
 *
 * The selection is one read-only query over the candidates, the sent editions and the voorstellen, because no
 * service offers "not offered since" and filtering thousands of candidates through service calls would not
 * scale; the cards themselves come from `KandidaatService.kaarten`.
 */
@Injectable()
export class AanbodskrantSuggesties {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly kandidaten: KandidaatService,
    private readonly tenancy: TenancyService,
  ) {}

  async suggesties(actor: Actor, opties: { gemeenteId?: string; sector?: SbiSectie; first: number }): Promise<AanbodskrantSuggestie[]> {
    requireRol(actor, ...AANBODSKRANT_ROLLEN);
    if (opties.gemeenteId) await this.tenancy.gemeente(actor, opties.gemeenteId);
    const rijen: SuggestieRij[] = await this.dataSource.query(
      `SELECT k.id, k.beschikbaar_sinds::text AS beschikbaar_sinds, k.sector_wensen, g.naam AS gemeente,
              (current_date - k.beschikbaar_sinds) AS dagen
       FROM kandidaat k JOIN gemeente g ON g.id = k.gemeente_id
       WHERE k.tenant_id = $1 AND k.status = 'BESCHIKBAAR'
         AND ($2::uuid IS NULL OR k.gemeente_id = $2)
         AND ($3::text IS NULL OR $3 = ANY(k.sector_wensen) OR cardinality(k.sector_wensen) = 0)
         AND NOT EXISTS (
           SELECT 1 FROM aanbodskrant_kandidaat ak JOIN aanbodskrant_editie e ON e.id = ak.editie_id
           WHERE ak.tenant_id = k.tenant_id AND ak.kandidaat_id = k.id AND e.status = 'VERZONDEN'
             AND e.verzonden_op >= coalesce(k.beschikbaar_sinds, '-infinity'::date))
         AND NOT EXISTS (
           SELECT 1 FROM voorstel v
           WHERE v.tenant_id = k.tenant_id AND v.kandidaat_id = k.id AND v.created_at >= coalesce(k.beschikbaar_sinds, '-infinity'::date))
       ORDER BY ($3::text IS NOT NULL AND $3 = ANY(k.sector_wensen)) DESC, k.beschikbaar_sinds DESC NULLS LAST, k.id
       LIMIT $4`,
      [actor.tenantId, opties.gemeenteId ?? null, opties.sector ?? null, opties.first],
    );
    if (rijen.length === 0) return [];
    const kaarten = await this.kandidaten.kaarten(actor, rijen.map((rij) => rij.id));
    return rijen.map((rij, i) => ({
      kandidaatId: rij.id,
      kaart: naarAanbodKaart(kaarten[i]),
      beschikbaarSinds: rij.beschikbaar_sinds,
      gemeente: rij.gemeente,
      sectorWensen: rij.sector_wensen,
      reden: reden(rij, opties.sector),
    }));
  }
}

function reden(rij: SuggestieRij, sector?: SbiSectie): string {
  const delen = [
    rij.beschikbaar_sinds === null
      ? 'Beschikbaar'
      : rij.dagen !== null && rij.dagen <= NIEUW_BINNEN_DAGEN
        ? `Nieuw beschikbaar sinds ${datumNl(rij.beschikbaar_sinds)}`
        : `Beschikbaar sinds ${datumNl(rij.beschikbaar_sinds)}`,
    'nog niet aangeboden',
    `woont in de gemeente ${rij.gemeente}`,
  ];
  if (sector) {
    delen.push(rij.sector_wensen.includes(sector) ? `wil graag werken in ${SBI_SECTIES[sector].omschrijving.toLowerCase()}` : 'heeft geen voorkeur voor een sector');
  }
  return `${delen.join(', ')}.`;
}
