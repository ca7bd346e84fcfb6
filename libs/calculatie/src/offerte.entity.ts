import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CalculatieResultaat as DomeinResultaat } from '@matchpunt/domain';
import { CalculatieInvoer } from './calculatie.types';
import { OfferteStatus } from './offerte.enums';

/** A quote for a groepsplaatsing at one werkgever; its content lives in versions. */
@ObjectType({ description: 'Een offerte voor een groepsplaatsing, met versies.' })
@Entity('offerte')
export class Offerte {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field(() => ID) @Column({ name: 'werkgever_id', type: 'uuid' }) werkgeverId: string;
  @Field() @Column() titel: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'aanvraag_id', type: 'uuid', nullable: true }) aanvraagId: string | null;
  @Column({ name: 'aangemaakt_door', type: 'uuid' }) aangemaaktDoor: string;
  @Field({ name: 'aangemaaktOp' }) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/**
 * One version of a quote: the stored input, the result and the parameter set it used, so it reproduces exactly.
 * `resultaat`, `invoer`, `whatIf` and `pdf` are resolved in OfferteVersieResolver (employers see less).
 */
@ObjectType({ description: 'Eén versie van een offerte: invoer, uitkomst en de parameterset die gebruikt is.' })
@Entity('offerte_versie')
export class OfferteVersie {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field(() => ID) @Column({ name: 'offerte_id', type: 'uuid' }) offerteId: string;
  @Field(() => Int) @Column({ type: 'int' }) versie: number;
  @Field(() => OfferteStatus) @Column({ type: 'text' }) status: OfferteStatus;
  @Field({ description: 'De datum waarvoor de parameterset gekozen is.' }) @Column({ type: 'date' }) peildatum: string;
  @Field(() => ID) @Column({ name: 'parameter_set_id', type: 'uuid' }) parameterSetId: string;
  @Column({ type: 'jsonb' }) invoer: CalculatieInvoer;
  @Column({ type: 'jsonb' }) resultaat: DomeinResultaat;
  @Field() @Column() toelichting: string;
  @Column({ name: 'aangemaakt_door', type: 'uuid' }) aangemaaktDoor: string;
  @Field({ name: 'aangemaaktOp' }) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Field(() => Date, { nullable: true }) @Column({ name: 'verstuurd_op', type: 'timestamptz', nullable: true }) verstuurdOp: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'beslist_op', type: 'timestamptz', nullable: true }) beslistOp: Date | null;
  @Column({ name: 'beslist_door', type: 'uuid', nullable: true }) beslistDoor: string | null;
}
