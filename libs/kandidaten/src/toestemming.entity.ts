import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The candidate's consent to share identity with one werkgever. Withdrawing closes the row; giving consent
 * again opens a new one, so the history stays.
 */
@ObjectType({ description: 'Toestemming van een kandidaat om contactgegevens met één werkgever te delen.' })
@Entity('kandidaat_toestemming')
export class Toestemming {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field(() => ID) @Column({ name: 'kandidaat_id', type: 'uuid' }) kandidaatId: string;
  @Field(() => ID) @Column({ name: 'werkgever_id', type: 'uuid' }) werkgeverId: string;
  @Field() @Column({ name: 'gegeven_op', type: 'timestamptz' }) gegevenOp: Date;
  @Field(() => ID) @Column({ name: 'gegeven_door', type: 'uuid' }) gegevenDoor: string;
  @Field(() => Date, { nullable: true }) @Column({ name: 'ingetrokken_op', type: 'timestamptz', nullable: true }) ingetrokkenOp: Date | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'ingetrokken_door', type: 'uuid', nullable: true }) ingetrokkenDoor: string | null;

  @Field({ description: 'Geldt de toestemming nu?' })
  get actief(): boolean {
    return this.ingetrokkenOp === null;
  }
}
