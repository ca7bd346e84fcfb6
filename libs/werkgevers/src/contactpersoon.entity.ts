import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@ObjectType({ description: 'Een contactpersoon bij een werkgever.' })
@Entity('contactpersoon')
export class Contactpersoon {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field(() => ID) @Column({ name: 'werkgever_id', type: 'uuid' }) werkgeverId: string;
  @Field() @Column() naam: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) functie: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) telefoon: string | null;
  @Field({ description: 'Ontvangt de aanbodskrant (en heeft zich niet afgemeld).' })
  @Column({ name: 'ontvangt_aanbodskrant' })
  ontvangtAanbodskrant: boolean;
  @Field(() => Date, { nullable: true, description: 'Wanneer de contactpersoon zich afmeldde voor de aanbodskrant.' })
  @Column({ name: 'afgemeld_op', type: 'timestamptz', nullable: true })
  afgemeldOp: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
