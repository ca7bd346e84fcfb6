import { Module, OnModuleInit } from '@nestjs/common';
import { KandidatenModule, KandidaatZichtbaarheid } from '@matchpunt/kandidaten';
import { MatchingModule } from '@matchpunt/matching';
import { VacaturesModule } from '@matchpunt/vacatures';
import { VoorstellenModule } from '@matchpunt/voorstellen';
import { WerkgeversModule } from '@matchpunt/werkgevers';
import { EntityManager } from 'typeorm';
import { JobdateBoekingService } from './jobdates/jobdate-boeking.service';
import { JobdateHerinneringen } from './jobdates/jobdate-herinnering';
import { JobdateMails } from './jobdates/jobdate.mails';
import { JobdateBoekingResolver, JobdateSlotResolver } from './jobdates/jobdate.resolver';
import { JobdateSlotService } from './jobdates/jobdate-slot.service';
import { KennissessieResolver } from './kennissessies/kennissessie.resolver';
import { KennissessieService } from './kennissessies/kennissessie.service';
import { SpeeddatePlanningService } from './speeddates/speeddate-planning.service';
import { SpeeddateRoosterService } from './speeddates/speeddate-rooster.service';
import { SpeeddateWaarde } from './speeddates/speeddate-waarde';
import { SpeeddateResolver } from './speeddates/speeddate.resolver';
import { SpeeddateService } from './speeddates/speeddate.service';

/** Candidates a werkgever met or will meet through a jobdate or a speeddate: their cards are visible to it. */
export async function eventZichtbaarheid(m: EntityManager, tenantId: string, werkgeverId: string, ids: readonly string[]): Promise<string[]> {
  const rows: { id: string }[] = await m.query(
    `SELECT b.kandidaat_id AS id FROM jobdate_boeking b JOIN jobdate_slot s ON s.id = b.slot_id
     WHERE b.tenant_id = $1 AND s.werkgever_id = $2 AND b.kandidaat_id = ANY($3::uuid[]) AND b.status = 'GEBOEKT'
     UNION SELECT d.kandidaat_id FROM speeddate_gesprek g JOIN speeddate_deelnemer d ON d.id = g.deelnemer_id
     WHERE g.tenant_id = $1 AND g.werkgever_id = $2 AND d.kandidaat_id = ANY($3::uuid[])`,
    [tenantId, werkgeverId, ids],
  );
  return rows.map((r) => r.id);
}

@Module({
  imports: [KandidatenModule, WerkgeversModule, VacaturesModule, VoorstellenModule, MatchingModule],
  providers: [
    JobdateSlotService,
    JobdateBoekingService,
    JobdateHerinneringen,
    JobdateMails,
    JobdateSlotResolver,
    JobdateBoekingResolver,
    KennissessieService,
    KennissessieResolver,
    SpeeddateService,
    SpeeddateWaarde,
    SpeeddatePlanningService,
    SpeeddateRoosterService,
    SpeeddateResolver,
  ],
  exports: [JobdateSlotService, JobdateBoekingService, JobdateHerinneringen, KennissessieService, SpeeddateService, SpeeddatePlanningService, SpeeddateRoosterService],
})
export class EventsModule implements OnModuleInit {
  constructor(private readonly zichtbaarheid: KandidaatZichtbaarheid) {}

  onModuleInit(): void {
    this.zichtbaarheid.registreer(eventZichtbaarheid);
  }
}
