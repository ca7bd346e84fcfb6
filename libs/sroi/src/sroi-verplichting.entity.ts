import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SroiStatus } from './sroi.enums';

/**
 * An SROI obligation in a public contract: the contracting gemeente, the werkgever (opdrachtnemer), value,
 * period and percentage. Efforts are valued with the parameter set valid on the contract's start date (the
 * bouwblokken agreed at award), recorded in `parameterSetId`. `status` … `statusBerekendOp` are the latest
 * snapshot (written by every change and by the daily job); `voortgang` computes the progress live.
 */
@ObjectType({ description: 'Een SROI-verplichting uit een aanbesteding.' })
@Entity('sroi_verplichting')
export class SroiVerplichting {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field(() => ID, { description: 'De aanbestedende gemeente.' }) @Column({ name: 'gemeente_id', type: 'uuid' }) gemeenteId: string;
  @Field(() => ID, { description: 'De opdrachtnemer.' }) @Column({ name: 'werkgever_id', type: 'uuid' }) werkgeverId: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'accountmanager_id', type: 'uuid', nullable: true }) accountmanagerId: string | null;
  @Field() @Column() contractnaam: string;
  @Field({ description: 'Euro’s.' }) @Column({ type: 'numeric' }) contractwaarde: string;
  /** Fraction (0.05); exposed as a percentage by SroiVeldenResolver. */
  @Column({ name: 'sroi_percentage', type: 'numeric' }) sroiPercentage: string;
  @Field({ description: 'JJJJ-MM-DD' }) @Column({ name: 'start_datum', type: 'date' }) startDatum: string;
  @Field({ description: 'JJJJ-MM-DD' }) @Column({ name: 'eind_datum', type: 'date' }) eindDatum: string;
  @Field(() => ID) @Column({ name: 'parameter_set_id', type: 'uuid' }) parameterSetId: string;
  @Field({ description: 'Contractwaarde × SROI-percentage, in euro’s.' }) @Column({ type: 'numeric' }) verplichting: string;
  @Field(() => SroiStatus, { nullable: true, description: 'Laatst berekende status.' }) @Column({ type: 'text', nullable: true }) status: SroiStatus | null;
  @Column({ name: 'vorige_status', type: 'text', nullable: true }) vorigeStatus: SroiStatus | null;
  @Field(() => String, { nullable: true, description: 'Sinds wanneer de status zo is (JJJJ-MM-DD).' }) @Column({ name: 'status_sinds', type: 'date', nullable: true }) statusSinds: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'numeric', nullable: true }) gerealiseerd: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'numeric', nullable: true }) prognose: string | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'status_peildatum', type: 'date', nullable: true }) statusPeildatum: string | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'status_berekend_op', type: 'timestamptz', nullable: true }) statusBerekendOp: Date | null;
  @Column({ name: 'aangemaakt_door', type: 'uuid' }) aangemaaktDoor: string;
  @Field({ name: 'aangemaaktOp' }) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
