import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Rol, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import { KandidaatKaart, KandidaatService } from '@matchpunt/kandidaten';
import { JobdateBoekingService } from './jobdate-boeking.service';
import { JobdateSlotService } from './jobdate-slot.service';
import { JobdateBoeking, JobdateSlot, JobdateSlotFilter, PubliceerJobdateSlotInput } from './jobdate.types';

const IEDEREEN = [...STAFF_ROLLEN, Rol.WERKGEVER];

@Resolver(() => JobdateSlot)
export class JobdateSlotResolver {
  constructor(private readonly slots: JobdateSlotService) {}

  @Rollen(...IEDEREEN)
  @Query(() => [JobdateSlot], { description: 'Jobdate-slots; werkgevers zien alleen hun eigen.' })
  jobdateSlots(@CurrentActor() actor: Actor, @Args('filter', { nullable: true }) filter?: JobdateSlotFilter): Promise<JobdateSlot[]> {
    return this.slots.lijst(actor, filter ?? {});
  }

  @Rollen(Rol.WERKGEVER, Rol.ACCOUNTMANAGER, Rol.ADMIN)
  @Mutation(() => JobdateSlot, { description: 'Publiceert een online slot (niet in het verleden, niet overlappend met een ander slot van de werkgever).' })
  publiceerJobdateSlot(@CurrentActor() actor: Actor, @Args('input') input: PubliceerJobdateSlotInput): Promise<JobdateSlot> {
    return this.slots.publiceer(actor, input);
  }

  @Rollen(Rol.WERKGEVER, Rol.ACCOUNTMANAGER, Rol.ADMIN)
  @Mutation(() => JobdateSlot, { description: 'Trekt een ongeboekt slot in.' })
  trekJobdateSlotIn(@CurrentActor() actor: Actor, @Args('slotId', { type: () => ID }) slotId: string): Promise<JobdateSlot> {
    return this.slots.trekIn(actor, slotId);
  }
}

@Resolver(() => JobdateBoeking)
export class JobdateBoekingResolver {
  constructor(
    private readonly boekingen: JobdateBoekingService,
    private readonly kandidaten: KandidaatService,
  ) {}

  @Rollen(...IEDEREEN)
  @Query(() => [JobdateBoeking], { description: 'Werkgever: boekingen op de eigen slots (geanonimiseerd); werkcoach: van de eigen kandidaten.' })
  jobdateBoekingen(@CurrentActor() actor: Actor, @Args('alleenActief', { nullable: true, defaultValue: true }) alleenActief: boolean): Promise<JobdateBoeking[]> {
    return this.boekingen.lijst(actor, alleenActief);
  }

  @Rollen(...IEDEREEN)
  @Query(() => JobdateBoeking)
  jobdateBoeking(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<JobdateBoeking> {
    return this.boekingen.get(actor, id);
  }

  @Rollen(Rol.WERKCOACH, Rol.ADMIN)
  @Mutation(() => JobdateBoeking, { description: 'Boekt een slot voor een eigen kandidaat. Eén actieve boeking per slot: wie te laat is krijgt CONFLICT.' })
  boekJobdate(
    @CurrentActor() actor: Actor,
    @Args('slotId', { type: () => ID }) slotId: string,
    @Args('kandidaatId', { type: () => ID }) kandidaatId: string,
  ): Promise<JobdateBoeking> {
    return this.boekingen.boek(actor, slotId, kandidaatId);
  }

  @Rollen(Rol.WERKCOACH, Rol.ADMIN, Rol.ACCOUNTMANAGER, Rol.WERKGEVER)
  @Mutation(() => JobdateBoeking, { description: 'Annuleert een boeking; beide kanten krijgen bericht, herinneringen vervallen.' })
  annuleerJobdate(
    @CurrentActor() actor: Actor,
    @Args('boekingId', { type: () => ID }) boekingId: string,
    @Args('reden', { nullable: true }) reden?: string,
  ): Promise<JobdateBoeking> {
    return this.boekingen.annuleer(actor, boekingId, reden);
  }

  @Rollen(Rol.WERKCOACH, Rol.ADMIN)
  @Mutation(() => JobdateBoeking, { description: 'Verplaatst een boeking naar een ander vrij slot, in één keer.' })
  verplaatsJobdate(
    @CurrentActor() actor: Actor,
    @Args('boekingId', { type: () => ID }) boekingId: string,
    @Args('slotId', { type: () => ID }) slotId: string,
  ): Promise<JobdateBoeking> {
    return this.boekingen.verplaats(actor, boekingId, slotId);
  }

  @ResolveField(() => KandidaatKaart, { nullable: true })
  async kandidaat(@CurrentActor() actor: Actor, @Parent() boeking: JobdateBoeking): Promise<KandidaatKaart | null> {
    const [kaart] = await this.kandidaten.kaarten(actor, [boeking.kandidaatIdIntern]).catch(() => [] as KandidaatKaart[]);
    return kaart ?? null;
  }
}
