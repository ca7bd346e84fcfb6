import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ReactieReden, VoorstelBron, VoorstelReactie, VoorstelStatus } from './voorstel.enums';

/**
 * A candidate proposed to a werkgever (with or without a vacature). The candidate is resolved as
 * `kandidaatKaart` for everyone and as `kandidaat` for staff only; the werkgever sees no user ids.
 */
@ObjectType({
  description: 'Een kandidaat voorgesteld aan een werkgever, met de fase in de pijplijn naar een plaatsing.',
})
@Entity('voorstel')
export class Voorstel {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Column({ name: 'kandidaat_id', type: 'uuid' }) kandidaatId: string;
  @Field(() => ID) @Column({ name: 'werkgever_id', type: 'uuid' }) werkgeverId: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'vacature_id', type: 'uuid', nullable: true }) vacatureId:
    string | null;
  @Field(() => VoorstelBron) @Column({ type: 'text' }) bron: VoorstelBron;
  @Field({ description: 'Persoonlijke notitie van de accountmanager of jobhunter aan de werkgever.' })
  @Column({ type: 'text' })
  notitie: string;
  @Field(() => VoorstelStatus) @Column({ type: 'text' }) status: VoorstelStatus;
  @Field({ description: 'Sinds wanneer het voorstel in deze fase staat.' })
  @Column({ name: 'status_sinds', type: 'timestamptz' })
  statusSinds: Date;
  @Column({ name: 'voorgesteld_door', type: 'uuid', nullable: true }) voorgesteldDoor: string | null;
  @Column({ name: 'accountmanager_id', type: 'uuid', nullable: true }) accountmanagerId: string | null;
  @Field(() => Date, { nullable: true })
  @Column({ name: 'bekeken_op', type: 'timestamptz', nullable: true })
  bekekenOp: Date | null;
  @Field(() => VoorstelReactie, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reactie: VoorstelReactie | null;
  @Field(() => ReactieReden, { nullable: true })
  @Column({ name: 'reactie_reden', type: 'text', nullable: true })
  reactieReden: ReactieReden | null;
  @Field(() => String, { nullable: true })
  @Column({ name: 'reactie_toelichting', type: 'text', nullable: true })
  reactieToelichting: string | null;
  @Field(() => Date, { nullable: true })
  @Column({ name: 'gereageerd_op', type: 'timestamptz', nullable: true })
  gereageerdOp: Date | null;
  @Column({ name: 'gereageerd_door', type: 'uuid', nullable: true }) gereageerdDoor: string | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'plaatsing_id', type: 'uuid', nullable: true }) plaatsingId:
    string | null;
  @Field({ name: 'voorgesteldOp' }) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One step in a voorstel's history: from which stage to which, when and by whom. */
@ObjectType({ description: 'Een stap in de geschiedenis van een voorstel.' })
@Entity('voorstel_overgang')
export class VoorstelOvergang {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Column({ name: 'voorstel_id', type: 'uuid' }) voorstelId: string;
  @Field(() => VoorstelStatus, { nullable: true, description: 'Leeg bij het aanmaken.' })
  @Column({ type: 'text', nullable: true })
  van: VoorstelStatus | null;
  @Field(() => VoorstelStatus) @Column({ type: 'text' }) naar: VoorstelStatus;
  @Field(() => ID, { nullable: true, description: 'Wie de stap zette (alleen voor medewerkers).' })
  @Column({ name: 'door_user_id', type: 'uuid', nullable: true })
  doorUserId: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) toelichting: string | null;
  @Field() @Column({ type: 'timestamptz' }) op: Date;
}

export const VOORSTEL_ENTITIES = [Voorstel, VoorstelOvergang];
