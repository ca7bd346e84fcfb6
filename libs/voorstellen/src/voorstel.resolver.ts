import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Connection, CurrentActor, Rol, Rollen, STAFF_ROLLEN } from '@matchpunt/common';
import {
  MijnVoorstellenArgs,
  Pipeline,
  VoorstelConnection,
  VoorstellenArgs,
  VoorstelPlaatsingInput,
} from './dto/voorstel.inputs';
import { VoorstelPipelineService } from './voorstel-pipeline.service';
import { VoorstelQueryService } from './voorstel-query.service';
import { VoorstelReactieService } from './voorstel-reactie.service';
import { Voorstel } from './voorstel.entity';
import { ReactieReden, VoorstelReactie, VoorstelStatus } from './voorstel.enums';
import { VoorstelService } from './voorstel.service';

const VOORSTELLERS = [Rol.ACCOUNTMANAGER, Rol.JOBHUNTER, Rol.ADMIN];

/**
 * Voorstellen: staff push a candidate to werkgevers and move it through the pipeline; the werkgever sees
 * the anonymised card in its inbox, opens it and reacts once.
 */
@Resolver(() => Voorstel)
export class VoorstelResolver {
  constructor(
    private readonly aanmaak: VoorstelService,
    private readonly query: VoorstelQueryService,
    private readonly reacties: VoorstelReactieService,
    private readonly pipelines: VoorstelPipelineService,
  ) {}

  @Rollen(...Object.values(Rol))
  @Query(() => Voorstel, { description: 'Eén voorstel. Werkgevers zien alleen voorstellen aan hun eigen organisatie.' })
  voorstel(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Voorstel> {
    return this.query.get(actor, id);
  }

  @Rollen(...STAFF_ROLLEN)
  @Query(() => VoorstelConnection, { description: 'Voorstellen van de organisatie, nieuwste eerst (medewerkers).' })
  voorstellen(@CurrentActor() actor: Actor, @Args() args: VoorstellenArgs): Promise<Connection<Voorstel>> {
    return this.query.list(actor, args.filter ?? {}, args);
  }

  @Rollen(Rol.WERKGEVER)
  @Query(() => VoorstelConnection, {
    description: 'De inbox van de werkgever: kandidaten die aan uw organisatie zijn voorgesteld, nieuwste eerst.',
  })
  mijnVoorstellen(@CurrentActor() actor: Actor, @Args() args: MijnVoorstellenArgs): Promise<Connection<Voorstel>> {
    return this.query.inbox(actor, args.status, args);
  }

  @Rollen(...STAFF_ROLLEN)
  @Query(() => Pipeline, {
    description:
      'Het pijplijnbord: per fase het aantal voorstellen en de kaarten, langst in de fase eerst. Standaard van uzelf.',
  })
  async pipeline(
    @CurrentActor() actor: Actor,
    @Args('accountmanagerId', { type: () => ID, nullable: true }) accountmanagerId: string | undefined,
    @Args('perKolom', { type: () => Int, defaultValue: 50, description: 'Kaarten per kolom, 1–100.' }) perKolom: number,
  ): Promise<Pipeline> {
    const id = accountmanagerId ?? actor.userId;
    return { accountmanagerId: id, kolommen: await this.pipelines.pipeline(actor, id, perKolom) };
  }

  @Rollen(...VOORSTELLERS)
  @Mutation(() => [Voorstel], {
    description:
      'Stelt een beschikbare kandidaat voor aan een of meer werkgevers (met of zonder vacature), met een persoonlijke notitie. De contactpersonen krijgen een e-mail met de geanonimiseerde kaart.',
  })
  stelKandidaatVoor(
    @CurrentActor() actor: Actor,
    @Args('kandidaatId', { type: () => ID }) kandidaatId: string,
    @Args('werkgeverIds', { type: () => [ID] }) werkgeverIds: string[],
    @Args('notitie', { description: 'Persoonlijke notitie aan de werkgever (maximaal 2000 tekens).' }) notitie: string,
    @Args('vacatureId', { type: () => ID, nullable: true, description: 'Leeg = aanbodgericht, zonder vacature.' })
    vacatureId?: string,
  ): Promise<Voorstel[]> {
    return this.aanmaak.stelKandidaatVoor(actor, { kandidaatId, werkgeverIds, vacatureId, notitie });
  }

  @Rollen(Rol.WERKGEVER)
  @Mutation(() => Voorstel, { description: 'De werkgever opent een voorstel: VOORGESTELD wordt BEKEKEN.' })
  openVoorstel(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Voorstel> {
    return this.reacties.open(actor, id);
  }

  @Rollen(Rol.WERKGEVER)
  @Mutation(() => Voorstel, {
    description:
      'De reactie van de werkgever (één keer). GEEN_INTERESSE vraagt een reden; de accountmanager krijgt bericht.',
  })
  reageerOpVoorstel(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reactie', { type: () => VoorstelReactie }) reactie: VoorstelReactie,
    @Args('reden', { type: () => ReactieReden, nullable: true }) reden?: ReactieReden,
    @Args('toelichting', { nullable: true, description: 'Maximaal 2000 tekens; verplicht bij reden ANDERS.' })
    toelichting?: string,
  ): Promise<Voorstel> {
    return this.reacties.reageer(actor, id, { reactie, reden, toelichting });
  }

  @Rollen(...VOORSTELLERS)
  @Mutation(() => Voorstel, {
    description:
      'Zet een voorstel in de volgende fase (VOORGESTELD → BEKEKEN → INTERESSE → KENNISMAKING → PROEFPLAATSING → GEPLAATST, of AFGEWEZEN/INGETROKKEN). GEPLAATST maakt de plaatsing.',
  })
  wijzigVoorstelFase(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('naar', { type: () => VoorstelStatus }) naar: VoorstelStatus,
    @Args('toelichting', { nullable: true }) toelichting?: string,
    @Args('plaatsing', { type: () => VoorstelPlaatsingInput, nullable: true, description: 'Verplicht bij GEPLAATST.' })
    plaatsing?: VoorstelPlaatsingInput,
  ): Promise<Voorstel> {
    return this.pipelines.wijzigFase(actor, id, naar, { toelichting, plaatsing: opgegeven(plaatsing) });
  }
}

/** An absent input object can arrive as an empty instance from the validation pipe: treat it as absent. */
function opgegeven<T extends object>(waarde: T | null | undefined): T | undefined {
  return waarde && Object.values(waarde).some((v) => v !== undefined && v !== null) ? waarde : undefined;
}
