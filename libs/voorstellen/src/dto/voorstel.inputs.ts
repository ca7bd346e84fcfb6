import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@matchpunt/common';
import { PlaatsingType } from '@matchpunt/plaatsingen';
import { Allow } from 'class-validator';
import { Voorstel } from '../voorstel.entity';
import { VoorstelStatus } from '../voorstel.enums';

// Inputs carry only @Allow(): the services validate (they are also called by other features, without the pipe).

@InputType({ description: 'De plaatsing die ontstaat als een voorstel GEPLAATST wordt.' })
export class VoorstelPlaatsingInput {
  @Field(() => PlaatsingType) @Allow() type: PlaatsingType;
  @Field({ description: 'JJJJ-MM-DD' }) @Allow() startDatum: string;
  @Field({ nullable: true, description: 'JJJJ-MM-DD, niet voor de startdatum.' }) @Allow() eindDatum?: string;
  @Field(() => Int, { description: '1–60' }) @Allow() urenPerWeek: number;
}

@InputType()
export class VoorstelFilterInput {
  @Field(() => [VoorstelStatus], { nullable: true }) @Allow() status?: VoorstelStatus[];
  @Field(() => ID, { nullable: true }) @Allow() kandidaatId?: string;
  @Field(() => ID, { nullable: true, description: 'Werkgevers zien altijd alleen hun eigen organisatie.' })
  @Allow()
  werkgeverId?: string;
  @Field(() => ID, { nullable: true }) @Allow() accountmanagerId?: string;
}

@ArgsType()
export class VoorstellenArgs extends PageArgs {
  @Field(() => VoorstelFilterInput, { nullable: true }) @Allow() filter?: VoorstelFilterInput;
}

@ArgsType()
export class MijnVoorstellenArgs extends PageArgs {
  @Field(() => [VoorstelStatus], { nullable: true, description: 'Alleen deze fasen; leeg = alle.' })
  @Allow()
  status?: VoorstelStatus[];
}

export const VoorstelConnection = ConnectionType(Voorstel);

@ObjectType({ description: 'Een voorstel op het pijplijnbord, met hoe lang het al in deze fase staat.' })
export class PipelineKaart {
  @Field(() => Voorstel) voorstel: Voorstel;
  @Field(() => Int, { description: 'Hele dagen in de huidige fase.' }) dagenInFase: number;
}

@ObjectType('PipelineKolom', { description: 'Een kolom van het pijplijnbord: één fase.' })
export class PipelineKolomType {
  @Field(() => VoorstelStatus) fase: VoorstelStatus;
  @Field(() => Int, { description: 'Alle voorstellen in deze fase.' }) aantal: number;
  @Field(() => [PipelineKaart], { description: 'Langst in deze fase eerst (hoogstens perKolom).' })
  kaarten: PipelineKaart[];
}

@ObjectType({ description: 'Het pijplijnbord van een accountmanager of jobhunter.' })
export class Pipeline {
  @Field(() => ID) accountmanagerId: string;
  @Field(() => [PipelineKolomType]) kolommen: PipelineKolomType[];
}
