import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, JobOutbox } from '@matchpunt/common';
import { addDays, afstandKm, boundingBox, MatchWerkgever, ReactieReden as DomeinReden, rankKandidaten, vandaag } from '@matchpunt/domain';
import { Kandidaat, KandidaatService } from '@matchpunt/kandidaten';
import { MatchBronnen, MatchConfigService, naarMatchKandidaat, naarMatchWerkgever } from '@matchpunt/matching';
import { VacatureService, VacatureStatus } from '@matchpunt/vacatures';
import { ReactieReden, Voorstel, VoorstelBron, VoorstelQueryService, VoorstelService } from '@matchpunt/voorstellen';
import { Werkgever, WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource } from 'typeorm';
import { FunctiecreatieKans, FunctiecreatieKoppeling } from './functiecreatie-kans.entity';
import { FunctiecreatieStatus } from './functiecreatie.enums';
import { KansMatch } from './functiecreatie.types';
import { KansService } from './kans.service';
import { kansAlsVacature, Plek } from './utils/kans-profiel';

export const MAX_MATCHES = 100;


/**
 * Matching candidates to a kans exactly as to a vacature (`matchesVoorVacature`): the kans is a MatchVacature
 * built from its tasks, hours and vestiging; the matching lib narrows the tenant's BESCHIKBAAR candidates to
 * those within their own reisbereidheid of the vestiging, the pure engine scores and explains them with the
 * tenant's weights, and the werkgever's history (placements, declined voorstellen) counts as it does there.
 * Linking a candidate creates a voorstel (bron FUNCTIECREATIE).
 */
@Injectable()
export class KansMatchingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly kansen: KansService,
    private readonly werkgevers: WerkgeverService,
    private readonly kandidaten: KandidaatService,
    private readonly voorstellen: VoorstelService,
    private readonly voorstelQuery: VoorstelQueryService,
    private readonly bronnen: MatchBronnen,
    private readonly config: MatchConfigService,
    private readonly vacatures: VacatureService,
    private readonly outbox: JobOutbox,
  ) {}

  async kandidatenVoorKans(actor: Actor, kansId: string, first: number): Promise<KansMatch[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_MATCHES) throw AppError.badInput(`first: kies 1 tot en met ${MAX_MATCHES}.`, 'first');
    const kans = await this.kansen.getForActor(actor, kansId);
    const [werkgever, vestiging] = await Promise.all([
      this.werkgevers.getForActor(actor, kans.werkgeverId),
      this.werkgevers.vestigingVan(actor, kans.werkgeverId, kans.vestigingId),
    ]);
    const plek: Plek = { lat: vestiging.lat, lon: vestiging.lon, plaats: vestiging.plaats };
    const [weights, maxReis, matchWerkgever] = await Promise.all([
      this.config.gewichten(actor.tenantId),
      this.bronnen.maxReisbereidheid(actor.tenantId),
      this.matchWerkgever(actor, werkgever, plek),
    ]);
    const peildatum = vandaag();
    const doel = kansAlsVacature(kans, plek, werkgever);
    const rijen = await this.bronnen.kandidatenVoorVacature({
      tenantId: actor.tenantId,
      lat: plek.lat,
      lon: plek.lon,
      box: boundingBox(plek.lat, plek.lon, maxReis),
      rijbewijsVereist: false,
      uiterlijkBeschikbaar: addDays(peildatum, weights.beschikbaarheid.graceDagen),
    });
    const treffers = rankKandidaten(
      doel,
      rijen.map((rij) => naarMatchKandidaat(rij, peildatum)),
      weights,
      { peildatum, werkgevers: new Map([[werkgever.id, matchWerkgever]]), limit: first },
    );
    const kandidaten = new Map((await this.zichtbaar(actor, treffers.map((t) => t.item.id))).map((k) => [k.id, k]));
    const gekoppeld = new Set((await this.kansen.koppelingen(actor, kans.id)).map((k) => k.kandidaatId));
    return treffers.flatMap((t) => {
      const kandidaat = kandidaten.get(t.item.id);
      if (!kandidaat) return [];
      return [
        {
          kandidaat,
          score: t.score,
          afstandKm: Math.round(afstandKm(t.item.lat, t.item.lon, plek.lat, plek.lon) * 10) / 10,
          factoren: t.factors.map((f) => ({ factor: f.factor, punten: f.punten, maxPunten: f.maxPunten, zin: f.zin })),
          gekoppeld: gekoppeld.has(t.item.id),
        },
      ];
    });
  }

  /**
   * Puts a candidate forward for the kans: a voorstel (bron FUNCTIECREATIE) to the kans's werkgever, with the
   * kans's vacature when it has an OPEN one, and the link kans–kandidaat; all in one transaction. Not for a
   * VERVALLEN kans; a candidate is linked to a kans once (CONFLICT). The voorstel's own rules apply (an
   * unavailable candidate is BAD_USER_INPUT, an open voorstel at this werkgever CONFLICT).
   */
  async koppel(actor: Actor, input: { kansId: string; kandidaatId: string; notitie?: string | null }): Promise<Voorstel> {
    const voorstel = await this.dataSource.transaction(async (manager) => {
      const kans = await this.kansen.getForActor(actor, input.kansId, manager, true);
      if (kans.status === FunctiecreatieStatus.VERVALLEN) throw AppError.conflict('Deze kans is vervallen; koppel de kandidaat aan een andere kans.', 'status');
      if (await manager.existsBy(FunctiecreatieKoppeling, { kansId: kans.id, kandidaatId: input.kandidaatId, tenantId: actor.tenantId })) {
        throw AppError.conflict('Deze kandidaat is al aan deze kans gekoppeld.', 'kandidaatId');
      }
      const notitie = (input.notitie?.trim() || `Voorgesteld voor de functie "${kans.titel}" (functiecreatie: ${kans.taken.map((t) => t.taak).join(', ')}).`).slice(0, 2000);
      const voorstel = await this.voorstellen.maakVoorstel(manager, actor, {
        kandidaatId: input.kandidaatId,
        werkgeverId: kans.werkgeverId,
        vacatureId: await this.openVacature(actor, kans),
        notitie,
        bron: VoorstelBron.FUNCTIECREATIE,
      });
      await manager.insert(FunctiecreatieKoppeling, {
        kansId: kans.id,
        kandidaatId: input.kandidaatId,
        tenantId: actor.tenantId,
        voorstelId: voorstel.id,
        gekoppeldDoor: actor.userId,
      });
      return voorstel;
    });
    this.outbox.flushSoon();
    return voorstel;
  }

  /** The werkgever as the engine sees it, at the kans's vestiging, with its history (as for vacatures). */
  private async matchWerkgever(actor: Actor, werkgever: Werkgever, plek: Plek): Promise<MatchWerkgever> {
    const [plaatsingen, reacties] = await Promise.all([
      this.bronnen.plaatsingenPerBeroepsgroep(actor.tenantId, [werkgever.id]),
      this.voorstelQuery.reactiesVan(actor, [werkgever.id]),
    ]);
    return naarMatchWerkgever(
      { id: werkgever.id, sector: werkgever.sector, open_doelgroepen: werkgever.openDoelgroepen, geaccepteerde_instrumenten: werkgever.geaccepteerdeInstrumenten },
      [plek],
      {
        plaatsingenPerBeroepsgroep: plaatsingen.get(werkgever.id) ?? {},
        reacties: reacties.map((r) => ({ reden: domeinReden(r.reden), datum: r.datum })),
      },
    );
  }

  /** The staff view of the ranked candidates; one that stopped being visible in between is left out. */
  private async zichtbaar(actor: Actor, ids: string[]): Promise<Kandidaat[]> {
    if (ids.length === 0) return [];
    const alle = await this.kandidaten.getMany(actor, ids).catch(() => null);
    if (alle) return alle;
    return (await Promise.all(ids.map((id) => this.kandidaten.getForActor(actor, id).catch(() => null)))).filter((k): k is Kandidaat => k !== null);
  }

  /** The kans's vacature when it is OPEN (a voorstel may name only an open vacature). */
  private async openVacature(actor: Actor, kans: FunctiecreatieKans): Promise<string | null> {
    if (!kans.vacatureId) return null;
    const vacature = await this.vacatures.getForActor(actor, kans.vacatureId).catch(() => null);
    return vacature?.status === VacatureStatus.OPEN ? vacature.id : null;
  }
}

/** The API's reasons in the engine's words: the engine has GEEN_INTERESSE where the API has ANDERS. */
function domeinReden(reden: ReactieReden): DomeinReden {
  return reden === ReactieReden.ANDERS ? 'GEEN_INTERESSE' : reden;
}
