import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@ObjectType({ description: 'Een vestiging (locatie) van een werkgever; coördinaten uit de postcode (GeoNames).' })
@Entity('vestiging')
export class Vestiging {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field(() => ID) @Column({ name: 'werkgever_id', type: 'uuid' }) werkgeverId: string;
  @Field() @Column() naam: string;
  @Field() @Column() adres: string;
  @Field() @Column() postcode: string;
  @Field() @Column() plaats: string;
  @Field(() => Float) @Column({ type: 'double precision' }) lat: number;
  @Field(() => Float) @Column({ type: 'double precision' }) lon: number;
  @Field(() => ID, { nullable: true }) @Column({ name: 'gemeente_id', type: 'uuid', nullable: true }) gemeenteId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
