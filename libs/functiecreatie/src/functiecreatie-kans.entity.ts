import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { FunctiecreatieStatus, Vaardigheidsniveau } from './functiecreatie.enums';

@ObjectType({ description: 'Een taak die uit bestaande functies kan worden afgesplitst.' })
export class FunctiecreatieTaak {
  @Field() taak: string;
  @Field(() => Int) urenPerWeek: number;
  @Field(() => Vaardigheidsniveau) vaardigheidsniveau: Vaardigheidsniveau;
}

/**
 * A functiecreatie-kans: tasks at a werkgever (one vestiging, one afdeling) that together can become a new
 * job for someone from the target group. Hours: `urenMin` is the largest single task, `urenMax` all tasks
 * together (a job can be carved from some or all of them).
 */
@ObjectType({ description: 'Een functiecreatie-kans: taken bij een werkgever die samen een nieuwe functie kunnen worden.' })
@Entity('functiecreatie_kans')
export class FunctiecreatieKans {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field(() => ID) @Column({ name: 'werkgever_id', type: 'uuid' }) werkgeverId: string;
  @Field(() => ID, { description: 'De vestiging waar het werk is.' }) @Column({ name: 'vestiging_id', type: 'uuid' }) vestigingId: string;
  @Field({ description: 'Werktitel, bijv. "Medewerker orderverwerking".' }) @Column() titel: string;
  @Field() @Column() omschrijving: string;
  @Field() @Column() afdeling: string;
  @Field(() => String, { nullable: true, description: 'Het beroep waar de functie het meest op lijkt (voor de matching).' })
  @Column({ type: 'text', nullable: true })
  beroep: string | null;
  @Field(() => [String]) @Column({ type: 'text', array: true }) vaardigheden: string[];
  @Field(() => [FunctiecreatieTaak]) @Column({ type: 'jsonb' }) taken: FunctiecreatieTaak[];
  @Field(() => Int, { description: 'Uren van de grootste taak.' }) @Column({ name: 'uren_min', type: 'smallint' }) urenMin: number;
  @Field(() => Int, { description: 'Uren van alle taken samen.' }) @Column({ name: 'uren_max', type: 'smallint' }) urenMax: number;
  @Field(() => FunctiecreatieStatus) @Column({ type: 'text' }) status: FunctiecreatieStatus;
  @Field() @Column({ name: 'status_sinds', type: 'timestamptz' }) statusSinds: Date;
  @Field(() => ID, { description: 'De medewerker die de kans vond.' }) @Column({ name: 'gevonden_door', type: 'uuid' }) gevondenDoor: string;
  @Field(() => ID, { nullable: true, description: 'De vacature die van de kans is gemaakt.' })
  @Column({ name: 'vacature_id', type: 'uuid', nullable: true })
  vacatureId: string | null;
  @Field({ name: 'aangemaaktOp' }) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Field({ name: 'gewijzigdOp' }) @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A candidate put forward for a kans, with the voorstel that follows it up. */
@Entity('functiecreatie_koppeling')
export class FunctiecreatieKoppeling {
  @PrimaryColumn({ name: 'kans_id', type: 'uuid' }) kansId: string;
  @PrimaryColumn({ name: 'kandidaat_id', type: 'uuid' }) kandidaatId: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Column({ name: 'voorstel_id', type: 'uuid' }) voorstelId: string;
  @Column({ name: 'gekoppeld_door', type: 'uuid' }) gekoppeldDoor: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

export const FUNCTIECREATIE_ENTITIES = [FunctiecreatieKans, FunctiecreatieKoppeling];

/** The hours of a set of tasks: the largest task, and all together (at most 40). */
export function urenVanTaken(taken: readonly { urenPerWeek: number }[]): { urenMin: number; urenMax: number } {
  const urenMax = Math.min(40, taken.reduce((som, t) => som + t.urenPerWeek, 0));
  return { urenMin: Math.min(urenMax, Math.max(...taken.map((t) => t.urenPerWeek))), urenMax };
}
