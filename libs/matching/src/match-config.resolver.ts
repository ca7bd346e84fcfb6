import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Rol, Rollen } from '@matchpunt/common';
import { MatchConfigType, MatchGewichtenInput } from './dto/match.types';
import { GewichtenStand, MatchConfigService } from './match-config.service';
import { GewichtenWijziging, naarVlak } from './utils/gewichten';
import { naarApiReden, naarDomeinReden } from './utils/reden';

/** ADMIN reads and changes the tenant's matching weights. */
@Resolver()
@Rollen(Rol.ADMIN)
export class MatchConfigResolver {
  constructor(private readonly config: MatchConfigService) {}

  @Query(() => MatchConfigType, {
    description: 'De matchgewichten van uw organisatie (standaard als ze nooit gewijzigd zijn).',
  })
  async matchConfig(@CurrentActor() actor: Actor): Promise<MatchConfigType> {
    return naarType(await this.config.stand(actor.tenantId));
  }

  @Mutation(() => MatchConfigType, {
    description:
      'Wijzigt de matchgewichten (alleen de opgegeven getallen), of zet ze met herstel terug naar de standaard.',
  })
  async wijzigMatchConfig(
    @CurrentActor() actor: Actor,
    @Args('gewichten', { type: () => MatchGewichtenInput, nullable: true }) gewichten: MatchGewichtenInput | undefined,
    @Args('herstel', { type: () => Boolean, defaultValue: false, description: 'Terug naar de standaardgewichten.' })
    herstel: boolean,
  ): Promise<MatchConfigType> {
    const wijziging: GewichtenWijziging | null =
      gewichten && Object.values(gewichten).some((v) => v !== undefined && v !== null)
        ? ({
            ...(gewichten as Omit<MatchGewichtenInput, 'reactieVersterking'>),
            reactieVersterking: gewichten.reactieVersterking?.map((r) => ({ ...r, reden: naarDomeinReden(r.reden) })),
          } as GewichtenWijziging)
        : null;
    return naarType(await this.config.wijzig(actor, wijziging, herstel));
  }
}

function naarType(stand: GewichtenStand): MatchConfigType {
  const vlak = naarVlak(stand.weights);
  return {
    gewichten: {
      ...vlak,
      reactieVersterking: vlak.reactieVersterking.map((r) => ({ ...r, reden: naarApiReden(r.reden) })),
    } as MatchConfigType['gewichten'],
    standaard: stand.standaard,
    gewijzigdOp: stand.gewijzigdOp,
    gewijzigdDoor: stand.gewijzigdDoor,
  };
}
