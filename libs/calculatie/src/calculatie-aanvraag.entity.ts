import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AanvraagStatus } from './offerte.enums';

@ObjectType({ description: 'Een werkgever vraagt een calculatie voor een groepsplaatsing aan; de accountmanager maakt de offerte.' })
@Entity('calculatie_aanvraag')
export class CalculatieAanvraag {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field(() => ID) @Column({ name: 'werkgever_id', type: 'uuid' }) werkgeverId: string;
  @Column({ name: 'aangevraagd_door', type: 'uuid' }) aangevraagdDoor: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'accountmanager_id', type: 'uuid', nullable: true }) accountmanagerId: string | null;
  @Field(() => Int, { nullable: true }) @Column({ name: 'aantal_medewerkers', type: 'int', nullable: true }) aantalMedewerkers: number | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'uren_per_week', type: 'numeric', nullable: true }) urenPerWeek: string | null;
  @Field() @Column() toelichting: string;
  @Field(() => AanvraagStatus) @Column({ type: 'text' }) status: AanvraagStatus;
  @Field(() => ID, { nullable: true }) @Column({ name: 'offerte_id', type: 'uuid', nullable: true }) offerteId: string | null;
  @Field({ name: 'aangemaaktOp' }) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
