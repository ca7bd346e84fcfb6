import { Injectable } from '@nestjs/common';
import { MatchKandidaat, MatchWerkgever, scoreVacature, scoreWerkgever } from '@matchpunt/domain';
import { MatchBronnen, MatchConfigService, naarMatchKandidaat, naarMatchVacature, naarMatchWerkgever } from '@matchpunt/matching';
import { EntityManager } from 'typeorm';

/** Bonus on top of the 0–100 match score: the candidate asked for this werkgever, the werkgever for this candidate, both. */
export const VOORKEUR_BONUS = { kandidaat: 25, werkgever: 25, wederzijds: 25 };

export interface WaardeTafel {
  werkgeverId: string;
  vacatureIds: string[];
  voorkeurKandidaatIds: string[];
}
export interface WaardeDeelnemer {
  kandidaatId: string;
  voorkeurWerkgeverIds: string[];
}

/**
 * The value of a meeting candidate × table: the matching score (the werkgever, or the best of the vacatures the
 * table brings) with the tenant's weights, at least 1 so anyone may meet anyone, plus the stated preferences.
 */
@Injectable()
export class SpeeddateWaarde {
  constructor(
    private readonly bronnen: MatchBronnen,
    private readonly config: MatchConfigService,
  ) {}

  async matrix(m: EntityManager, tenantId: string, deelnemers: WaardeDeelnemer[], tafels: WaardeTafel[]): Promise<number[][]> {
    const peildatum = new Date().toISOString().slice(0, 10);
    const weights = await this.config.gewichten(tenantId, m);
    const werkgeverIds = [...new Set(tafels.map((t) => t.werkgeverId))];
    const [rijen, vestigingen, plaatsingen] = await Promise.all([
      this.bronnen.werkgevers(tenantId, werkgeverIds, m),
      this.bronnen.vestigingenVan(tenantId, werkgeverIds, m),
      this.bronnen.plaatsingenPerBeroepsgroep(tenantId, werkgeverIds, m),
    ]);
    const werkgevers = new Map<string, MatchWerkgever>(
      rijen.map((r) => [r.id, naarMatchWerkgever(r, vestigingen.get(r.id) ?? [], { plaatsingenPerBeroepsgroep: plaatsingen.get(r.id) ?? {}, reacties: [] })]),
    );
    const vacatures = new Map<string, ReturnType<typeof naarMatchVacature>>();
    for (const id of new Set(tafels.flatMap((t) => t.vacatureIds))) {
      const rij = await this.bronnen.vacature(tenantId, id, m);
      if (rij) vacatures.set(id, naarMatchVacature(rij, peildatum));
    }
    const kandidaten = new Map<string, MatchKandidaat>();
    for (const d of deelnemers) {
      const rij = await this.bronnen.kandidaat(tenantId, d.kandidaatId, m);
      if (rij) kandidaten.set(d.kandidaatId, naarMatchKandidaat(rij, peildatum));
    }
    const context = { peildatum, werkgevers };
    const cache = new Map<string, number>();
    return deelnemers.map((d) =>
      tafels.map((t) => {
        const sleutel = `${d.kandidaatId}|${t.werkgeverId}|${t.vacatureIds.join(',')}`;
        let score = cache.get(sleutel);
        if (score === undefined) {
          const k = kandidaten.get(d.kandidaatId);
          const w = werkgevers.get(t.werkgeverId);
          score = 0;
          if (k && w) {
            score = scoreWerkgever(k, w, weights, context).score;
            for (const id of t.vacatureIds) {
              const v = vacatures.get(id);
              if (v) score = Math.max(score, scoreVacature(k, v, weights, context).score);
            }
          }
          cache.set(sleutel, score);
        }
        const wilK = d.voorkeurWerkgeverIds.includes(t.werkgeverId);
        const wilW = t.voorkeurKandidaatIds.includes(d.kandidaatId);
        const bonus = (wilK ? VOORKEUR_BONUS.kandidaat : 0) + (wilW ? VOORKEUR_BONUS.werkgever : 0) + (wilK && wilW ? VOORKEUR_BONUS.wederzijds : 0);
        return Math.round((Math.max(1, score) + bonus) * 10) / 10;
      }),
    );
  }
}
