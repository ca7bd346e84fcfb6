import { Injectable } from '@nestjs/common';
import { Actor, AppError, isStaff } from '@matchpunt/common';
import {
  addDays,
  afstandKm,
  boundingBox,
  MatchDoel,
  MatchFactorUitleg,
  MatchWerkgever,
  rank,
  rankKandidaten,
  vandaag,
} from '@matchpunt/domain';
import { Kandidaat, KandidaatKaart, KandidaatService } from '@matchpunt/kandidaten';
import { Vacature, VacatureService } from '@matchpunt/vacatures';
import { VoorstelQueryService } from '@matchpunt/voorstellen';
import { Werkgever, WerkgeverService } from '@matchpunt/werkgevers';
import { MatchFactorNaam, MatchSoort, MatchVoorKandidaat, MatchVoorVacature } from './dto/match.types';
import { MatchConfigService } from './match-config.service';
import { KandidatenVoorVacatureFilter, MatchBronnen } from './retrieval/match-bronnen';
import { beroepSnoei, snoeiVolstaat } from './utils/beroep-snoei';
import { naarDomeinReden } from './utils/reden';
import { naarMatchKandidaat, naarMatchVacature, naarMatchWerkgever } from './utils/profielen';
import { uitlegVoorWerkgever } from './utils/werkgever-uitleg';

export const MAX_MATCHES = 100;

/**
 * Retrieval, then scoring: SQL narrows to what can match (tenant, BESCHIKBAAR/OPEN, the travel bounding box,
 * licence and start date), the pure engine in libs/domain scores and explains the rest with the tenant's
 * weights, and the answer's entities are loaded in one batch per kind.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly bronnen: MatchBronnen,
    private readonly config: MatchConfigService,
    private readonly kandidaten: KandidaatService,
    private readonly werkgevers: WerkgeverService,
    private readonly vacatures: VacatureService,
    private readonly voorstellen: VoorstelQueryService,
  ) {}

  /** Aanbodgericht (staff): werkgevers, also without an open vacature, and open vacatures for one candidate. */
  async matchesVoorKandidaat(actor: Actor, kandidaatId: string, first: number): Promise<MatchVoorKandidaat[]> {
    if (!isStaff(actor)) throw AppError.forbidden('Matches voor een kandidaat zijn alleen voor medewerkers.');
    const limit = aantal(first);
    await this.kandidaten.getForActor(actor, kandidaatId);
    const [rij, weights] = await Promise.all([
      this.bronnen.kandidaat(actor.tenantId, kandidaatId),
      this.config.gewichten(actor.tenantId),
    ]);
    if (!rij) throw AppError.notFound('Kandidaat', kandidaatId);
    const peildatum = vandaag();
    const kandidaat = naarMatchKandidaat(rij, peildatum);
    const box = boundingBox(kandidaat.lat, kandidaat.lon, kandidaat.reisbereidheidKm);
    const [vestigingen, vacatureRijen] = await Promise.all([
      this.bronnen.vestigingenIn(actor.tenantId, box),
      this.bronnen.openVacaturesIn(actor.tenantId, box, {
        rijbewijs: kandidaat.rijbewijs,
        beschikbaarVanaf: kandidaat.beschikbaarVanaf,
        graceDagen: weights.beschikbaarheid.graceDagen,
        peildatum,
      }),
    ]);
    const werkgeverIds = [...new Set([...vestigingen.keys(), ...vacatureRijen.map((v) => v.werkgever_id)])];
    const werkgevers = await this.matchWerkgevers(actor, werkgeverIds);
    const doelen: MatchDoel[] = [...werkgevers.values(), ...vacatureRijen.map((v) => naarMatchVacature(v, peildatum))];
    const treffers = rank(kandidaat, doelen, weights, { peildatum, werkgevers, limit });

    const vacatureIds = treffers.flatMap((t) => (t.item.soort === 'VACATURE' ? [t.item.id] : []));
    const [werkgeverEntiteiten, vacatureEntiteiten] = await Promise.all([
      this.werkgevers.byIds(actor, [
        ...new Set(treffers.map((t) => (t.item.soort === 'VACATURE' ? t.item.werkgeverId : t.item.id))),
      ]),
      vacatureIds.length ? this.vacatures.byIds(actor, vacatureIds) : Promise.resolve([] as Vacature[]),
    ]);
    const werkgeverPerId = new Map<string, Werkgever>(werkgeverEntiteiten.map((w) => [w.id, w]));
    const vacaturePerId = new Map<string, Vacature>(vacatureEntiteiten.map((v) => [v.id, v]));
    return treffers.flatMap((t): MatchVoorKandidaat[] => {
      const item = t.item;
      const werkgever = werkgeverPerId.get(item.soort === 'VACATURE' ? item.werkgeverId : item.id);
      const vacature = item.soort === 'VACATURE' ? vacaturePerId.get(item.id) : null;
      if (!werkgever || vacature === undefined) return [];
      const km =
        item.soort === 'VACATURE'
          ? afstandKm(kandidaat.lat, kandidaat.lon, item.lat, item.lon)
          : Math.min(...item.vestigingen.map((v) => afstandKm(kandidaat.lat, kandidaat.lon, v.lat, v.lon)));
      return [
        {
          soort: item.soort === 'VACATURE' ? MatchSoort.VACATURE : MatchSoort.WERKGEVER,
          score: t.score,
          werkgever,
          vacature,
          afstandKm: Number.isFinite(km) ? rond(km) : null,
          factoren: factoren(t.factors),
        },
      ];
    });
  }

  /**
   * Vraaggericht: the best available candidates for one vacature. Staff get the Kandidaat; a WERKGEVER (its
   * own vacatures only) gets anonymised cards of BESCHIKBAAR candidates and no sentences that reveal indications.
   */
  async matchesVoorVacature(actor: Actor, vacatureId: string, first: number): Promise<MatchVoorVacature[]> {
    const limit = aantal(first);
    await this.vacatures.getForActor(actor, vacatureId);
    const [rij, weights, maxReis] = await Promise.all([
      this.bronnen.vacature(actor.tenantId, vacatureId),
      this.config.gewichten(actor.tenantId),
      this.bronnen.maxReisbereidheid(actor.tenantId),
    ]);
    if (!rij)
      throw AppError.badInput(
        'Deze vacature heeft geen locatie: voeg eerst een vestiging toe aan de werkgever.',
        'vacatureId',
      );
    const peildatum = vandaag();
    const vacature = naarMatchVacature(rij, peildatum);
    const filter: KandidatenVoorVacatureFilter = {
      tenantId: actor.tenantId,
      lat: vacature.lat,
      lon: vacature.lon,
      box: boundingBox(vacature.lat, vacature.lon, maxReis),
      rijbewijsVereist: vacature.rijbewijsVereist,
      uiterlijkBeschikbaar: addDays(vacature.startDatum ?? peildatum, weights.beschikbaarheid.graceDagen),
    };
    const [werkgevers, wensen] = await Promise.all([
      this.matchWerkgevers(actor, [vacature.werkgeverId]),
      this.bronnen.wensenVoorVacature(filter),
    ]);
    const opties = { peildatum, werkgevers, limit };
    // First the candidates whose wishes can match the occupation; the rest only when they could still rank.
    const snoei = beroepSnoei(vacature, werkgevers.get(vacature.werkgeverId), wensen, weights, peildatum);
    const eerste = (
      await this.bronnen.kandidatenVoorVacature(snoei ? { ...filter, wensen: { binnen: snoei.relevant } } : filter)
    ).map((r) => naarMatchKandidaat(r, peildatum));
    let treffers = rankKandidaten(vacature, eerste, weights, opties);
    if (
      snoei &&
      !snoeiVolstaat(
        snoei,
        treffers.map((t) => t.score),
        limit,
      )
    ) {
      const rest = (await this.bronnen.kandidatenVoorVacature({ ...filter, wensen: { buiten: snoei.relevant } })).map(
        (r) => naarMatchKandidaat(r, peildatum),
      );
      treffers = rankKandidaten(vacature, [...eerste, ...rest], weights, opties);
    }
    const ids = treffers.map((t) => t.item.id);
    const staf = isStaff(actor);
    const [kaarten, staffView] = await Promise.all([
      this.kaarten(actor, ids),
      staf ? this.kandidaten.getMany(actor, ids) : Promise.resolve([] as Kandidaat[]),
    ]);
    const kandidaatPerId = new Map(staffView.map((k) => [k.id, k]));
    return treffers.flatMap((t): MatchVoorVacature[] => {
      const kaart = kaarten.get(t.item.id);
      if (!kaart) return [];
      return [
        {
          score: t.score,
          kandidaat: staf ? (kandidaatPerId.get(t.item.id) ?? null) : null,
          kaart,
          afstandKm: rond(afstandKm(t.item.lat, t.item.lon, vacature.lat, vacature.lon)),
          factoren: factoren(staf ? t.factors : uitlegVoorWerkgever(t.factors)),
        },
      ];
    });
  }

  /** Werkgevers as the engine sees them, with their history (placements per beroepsgroep, declined voorstellen). */
  private async matchWerkgevers(actor: Actor, ids: readonly string[]): Promise<Map<string, MatchWerkgever>> {
    if (ids.length === 0) return new Map();
    const [rijen, vestigingen, plaatsingen, reacties] = await Promise.all([
      this.bronnen.werkgevers(actor.tenantId, ids),
      this.bronnen.vestigingenVan(actor.tenantId, ids),
      this.bronnen.plaatsingenPerBeroepsgroep(actor.tenantId, ids),
      this.voorstellen.reactiesVan(actor, ids),
    ]);
    const uit = new Map<string, MatchWerkgever>();
    for (const rij of rijen) {
      uit.set(
        rij.id,
        naarMatchWerkgever(rij, vestigingen.get(rij.id) ?? [], {
          plaatsingenPerBeroepsgroep: plaatsingen.get(rij.id) ?? {},
          reacties: reacties
            .filter((r) => r.werkgeverId === rij.id)
            .map((r) => ({ reden: naarDomeinReden(r.reden), datum: r.datum })),
        }),
      );
    }
    return uit;
  }

  /** Cards by id; a candidate that stopped being visible between ranking and loading is left out. */
  private async kaarten(actor: Actor, ids: string[]): Promise<Map<string, KandidaatKaart>> {
    if (ids.length === 0) return new Map();
    const alle = await this.kandidaten.kaarten(actor, ids).catch(() => null);
    const lijst =
      alle ??
      (await Promise.all(ids.map((id) => this.kandidaten.kaart(actor, id).catch(() => null)))).filter(
        (k): k is KandidaatKaart => k !== null,
      );
    return new Map(lijst.map((k) => [k.id, k]));
  }
}

function aantal(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_MATCHES)
    throw AppError.badInput(`first: kies 1 tot en met ${MAX_MATCHES}.`, 'first');
  return first;
}

function factoren(lijst: readonly MatchFactorUitleg[]) {
  return lijst.map((f) => ({
    factor: f.factor as MatchFactorNaam,
    punten: f.punten,
    maxPunten: f.maxPunten,
    zin: f.zin,
  }));
}

function rond(km: number): number {
  return Math.round(km * 10) / 10;
}
