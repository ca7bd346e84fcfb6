import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Rol, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { SpeeddatePlanningService } from './speeddate-planning.service';
import { SpeeddateRoosterService } from './speeddate-rooster.service';
import { SpeeddateService } from './speeddate.service';
import {
  MaakSpeeddateInput, SpeeddateDeelnemer, SpeeddateDeelnemerInput, SpeeddateEvent, SpeeddateGesprek, SpeeddatePlanning, SpeeddateStatus, SpeeddateTafel,
  SpeeddateTafelInput, SpeeddateTafelRonde, SpeeddateUitkomst,
} from './speeddate.types';

const IEDEREEN = [...STAFF_ROLLEN, Rol.WERKGEVER];
const ORG = [Rol.ACCOUNTMANAGER, Rol.ADMIN];

@Resolver(() => SpeeddateEvent)
export class SpeeddateResolver {
  constructor(
    private readonly events: SpeeddateService,
    private readonly planning: SpeeddatePlanningService,
    private readonly rooster: SpeeddateRoosterService,
  ) {}

  @Rollen(...IEDEREEN)
  @Query(() => [SpeeddateEvent], { description: 'Speeddates (concepten alleen voor de organisatie).' })
  speeddates(@CurrentActor() actor: Actor): Promise<SpeeddateEvent[]> {
    return this.events.lijst(actor);
  }

  @Rollen(...IEDEREEN)
  @Query(() => SpeeddateEvent)
  speeddate(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<SpeeddateEvent> {
    return this.events.get(actor, id);
  }

  @Rollen(...IEDEREEN)
  @Query(() => [SpeeddateTafel], { description: 'Tafels; een werkgever ziet alleen de eigen.' })
  speeddateTafels(@CurrentActor() actor: Actor, @Args('eventId', { type: () => ID }) eventId: string): Promise<SpeeddateTafel[]> {
    return this.events.tafels(actor, eventId);
  }

  @Rollen(...STAFF_ROLLEN)
  @Query(() => [SpeeddateDeelnemer], { description: 'Kandidaten; een werkcoach ziet alleen de eigen.' })
  speeddateDeelnemers(@CurrentActor() actor: Actor, @Args('eventId', { type: () => ID }) eventId: string): Promise<SpeeddateDeelnemer[]> {
    return this.events.deelnemers(actor, eventId);
  }

  @Rollen(...ORG)
  @Query(() => SpeeddatePlanning, { description: 'Voortgang en uitkomst van de planningsjob.' })
  speeddatePlanningStatus(@CurrentActor() actor: Actor, @Args('eventId', { type: () => ID }) eventId: string): Promise<SpeeddatePlanning> {
    return this.planning.status(actor, eventId);
  }

  @Rollen(...IEDEREEN)
  @Query(() => [SpeeddateGesprek], { description: 'Rooster: van één kandidaat (medewerkers), van de eigen tafels (werkgever), of alles (organisatie, zonder kandidaatId).' })
  speeddateRooster(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('kandidaatId', { type: () => ID, nullable: true }) kandidaatId?: string,
  ): Promise<SpeeddateGesprek[]> {
    return this.rooster.rooster(actor, eventId, kandidaatId);
  }

  @Rollen(...STAFF_ROLLEN)
  @Query(() => String, { description: 'Printbaar rooster (HTML) voor één kandidaat.' })
  speeddateRoosterHtml(@CurrentActor() actor: Actor, @Args('eventId', { type: () => ID }) eventId: string, @Args('kandidaatId', { type: () => ID }) kandidaatId: string): Promise<string> {
    return this.rooster.roosterHtml(actor, eventId, kandidaatId);
  }

  @Rollen(...STAFF_ROLLEN)
  @Query(() => String, { description: 'Het rooster van één kandidaat als agenda-bestand (.ics, RFC 5545).' })
  speeddateRoosterIcs(@CurrentActor() actor: Actor, @Args('eventId', { type: () => ID }) eventId: string, @Args('kandidaatId', { type: () => ID }) kandidaatId: string): Promise<string> {
    return this.rooster.roosterIcs(actor, eventId, kandidaatId);
  }

  @Rollen(...ORG)
  @Query(() => [SpeeddateTafelRonde], { description: 'Tafelplan per ronde voor de organisatie.' })
  speeddateTafelplan(@CurrentActor() actor: Actor, @Args('eventId', { type: () => ID }) eventId: string): Promise<SpeeddateTafelRonde[]> {
    return this.rooster.tafelplan(actor, eventId);
  }

  @Rollen(...ORG)
  @Mutation(() => SpeeddateEvent, { description: 'Maakt een speeddate (CONCEPT).' })
  maakSpeeddate(@CurrentActor() actor: Actor, @Args('input') input: MaakSpeeddateInput): Promise<SpeeddateEvent> {
    return this.events.maak(actor, input);
  }

  @Rollen(...ORG)
  @Mutation(() => SpeeddateEvent, { description: 'CONCEPT → OPEN: inschrijven kan.' })
  openSpeeddate(@CurrentActor() actor: Actor, @Args('eventId', { type: () => ID }) eventId: string): Promise<SpeeddateEvent> {
    return this.events.wijzigStatus(actor, eventId, SpeeddateStatus.OPEN);
  }

  @Rollen(...ORG)
  @Mutation(() => SpeeddateEvent, { description: 'INGEPLAND → AFGEROND (op of na de dag zelf); daarna uitkomsten vastleggen.' })
  rondSpeeddateAf(@CurrentActor() actor: Actor, @Args('eventId', { type: () => ID }) eventId: string): Promise<SpeeddateEvent> {
    return this.events.wijzigStatus(actor, eventId, SpeeddateStatus.AFGEROND);
  }

  @Rollen(...ORG)
  @Mutation(() => SpeeddateEvent)
  annuleerSpeeddate(@CurrentActor() actor: Actor, @Args('eventId', { type: () => ID }) eventId: string): Promise<SpeeddateEvent> {
    return this.events.wijzigStatus(actor, eventId, SpeeddateStatus.GEANNULEERD);
  }

  @Rollen(Rol.WERKGEVER, ...ORG)
  @Mutation(() => [SpeeddateTafel], { description: 'Tafel(s) van een werkgever: niet meer dan de capaciteit, niet na de deadline.' })
  registreerSpeeddateTafel(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('input') input: SpeeddateTafelInput,
  ): Promise<SpeeddateTafel[]> {
    return this.events.registreerTafels(actor, eventId, input);
  }

  @Rollen(Rol.WERKCOACH, Rol.ADMIN)
  @Mutation(() => SpeeddateDeelnemer, { description: 'Meldt een eigen kandidaat aan, met voorkeuren en aanwezigheid (rondes).' })
  registreerSpeeddateKandidaat(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('input') input: SpeeddateDeelnemerInput,
  ): Promise<SpeeddateDeelnemer> {
    return this.events.registreerDeelnemer(actor, eventId, input);
  }

  @Rollen(...ORG)
  @Mutation(() => SpeeddatePlanning, { description: 'Zet de planning in de wachtrij (BullMQ). Vanaf ronde N: eerdere gesprekken blijven staan.' })
  planSpeeddate(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('vanafRonde', { type: () => Int, defaultValue: 1 }) vanafRonde: number,
  ): Promise<SpeeddatePlanning> {
    return this.planning.plan(actor, eventId, vanafRonde);
  }

  @Rollen(...ORG)
  @Mutation(() => SpeeddatePlanning, { description: 'Een kandidaat kwam niet (of ging weg): herplant vanaf de ronde, gehouden gesprekken blijven staan.' })
  meldNoShow(
    @CurrentActor() actor: Actor,
    @Args('deelnemerId', { type: () => ID }) deelnemerId: string,
    @Args('vanafRonde', { type: () => Int }) vanafRonde: number,
  ): Promise<SpeeddatePlanning> {
    return this.planning.meldNoShow(actor, deelnemerId, vanafRonde);
  }

  @Rollen(...ORG)
  @Mutation(() => SpeeddateGesprek, { description: 'Na afloop: KLIK of VERVOLGAFSPRAAK maakt een voorstel (bron SPEEDDATE).' })
  legUitkomstVast(
    @CurrentActor() actor: Actor,
    @Args('gesprekId', { type: () => ID }) gesprekId: string,
    @Args('uitkomst', { type: () => SpeeddateUitkomst }) uitkomst: SpeeddateUitkomst,
  ): Promise<SpeeddateGesprek> {
    return this.rooster.legUitkomstVast(actor, gesprekId, uitkomst);
  }
}
