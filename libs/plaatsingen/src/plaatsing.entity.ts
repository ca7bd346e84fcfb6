import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PlaatsingType } from './plaatsing.enums';

/**
 * A placement of a candidate at a werkgever. The candidate is resolved as `kandidaatKaart` for everyone
 * and as `kandidaat` (the staff view) for staff only.
 */
@ObjectType({ description: 'Een plaatsing van een kandidaat bij een werkgever, met duurzaamheid na 6 en 12 maanden.' })
@Entity('plaatsing')
export class Plaatsing {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Column({ name: 'gemeente_id', type: 'uuid' }) gemeenteId: string;
  @Field(() => ID) @Column({ name: 'kandidaat_id', type: 'uuid' }) kandidaatId: string;
  @Field(() => ID) @Column({ name: 'werkgever_id', type: 'uuid' }) werkgeverId: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'vacature_id', type: 'uuid', nullable: true }) vacatureId: string | null;
  @Field(() => PlaatsingType) @Column({ type: 'text' }) type: PlaatsingType;
  @Field({ description: 'JJJJ-MM-DD' }) @Column({ name: 'start_datum', type: 'date' }) startDatum: string;
  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD' }) @Column({ name: 'eind_datum', type: 'date', nullable: true }) eindDatum: string | null;
  @Field(() => Int) @Column({ name: 'uren_per_week', type: 'int' }) urenPerWeek: number;

  @Field(() => Boolean, { nullable: true, description: 'Na 6 maanden nog aan het werk? Leeg zolang niet gemeten.' })
  @Column({ name: 'aan_het_werk_6m', type: 'boolean', nullable: true })
  aanHetWerkNa6Maanden: boolean | null;
  @Field(() => String, { nullable: true, description: 'Wanneer dat is vastgesteld (JJJJ-MM-DD).' })
  @Column({ name: 'gemeten_6m_op', type: 'date', nullable: true })
  gemeten6MaandenOp: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Na 12 maanden nog aan het werk? Leeg zolang niet gemeten.' })
  @Column({ name: 'aan_het_werk_12m', type: 'boolean', nullable: true })
  aanHetWerkNa12Maanden: boolean | null;
  @Field(() => String, { nullable: true, description: 'Wanneer dat is vastgesteld (JJJJ-MM-DD).' })
  @Column({ name: 'gemeten_12m_op', type: 'date', nullable: true })
  gemeten12MaandenOp: string | null;

  @Column({ name: 'aangemaakt_door', type: 'uuid' }) aangemaaktDoor: string;
  @Field({ name: 'aangemaaktOp' }) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
