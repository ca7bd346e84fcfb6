import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ContactmomentSoort } from './werkgever.enums';

@ObjectType({ description: 'Een contact met een werkgever (gesprek, bezoek, e-mail, telefoon) in de relatiehistorie.' })
@Entity('werkgever_contactmoment')
export class Contactmoment {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field(() => ID) @Column({ name: 'werkgever_id', type: 'uuid' }) werkgeverId: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'contactpersoon_id', type: 'uuid', nullable: true }) contactpersoonId: string | null;
  @Field(() => ContactmomentSoort) @Column({ type: 'text' }) soort: ContactmomentSoort;
  @Field() @Column({ type: 'timestamptz' }) datum: Date;
  @Field() @Column() onderwerp: string;
  @Field({ description: 'Verslag als platte tekst.' }) @Column() verslag: string;
  @Field(() => ID) @Column({ name: 'door_user_id', type: 'uuid' }) doorUserId: string;
  @Field() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
