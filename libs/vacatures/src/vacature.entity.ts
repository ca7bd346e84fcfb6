import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Doelgroep, Instrument, NederlandsNiveau } from '@matchpunt/common';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Contractvorm, VacatureStatus } from './vacature.enums';

@ObjectType({ description: 'Een vacature van een werkgever. Vrije tekst is platte tekst: HTML wordt niet uitgevoerd.' })
@Entity('vacature')
export class Vacature {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field(() => ID) @Column({ name: 'werkgever_id', type: 'uuid' }) werkgeverId: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'vestiging_id', type: 'uuid', nullable: true }) vestigingId: string | null;
  @Field() @Column() titel: string;
  @Field() @Column() omschrijving: string;
  @Field() @Column() taken: string;
  @Field(() => [String]) @Column({ name: 'vereiste_vaardigheden', type: 'text', array: true }) vereisteVaardigheden: string[];
  @Field(() => [String]) @Column({ name: 'gewenste_vaardigheden', type: 'text', array: true }) gewensteVaardigheden: string[];
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) beroep: string | null;
  @Field(() => Int, { description: 'Minimaal aantal uren per week.' }) @Column({ name: 'uren_min', type: 'smallint' }) urenMin: number;
  @Field(() => Int, { description: 'Maximaal aantal uren per week.' }) @Column({ name: 'uren_max', type: 'smallint' }) urenMax: number;
  @Field(() => Contractvorm) @Column({ type: 'text' }) contractvorm: Contractvorm;
  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD' }) @Column({ type: 'date', nullable: true }) startdatum: string | null;
  @Field() @Column({ name: 'rijbewijs_vereist' }) rijbewijsVereist: boolean;
  @Field({ description: 'Eigen vervoer nodig (slecht bereikbaar met openbaar vervoer).' }) @Column({ name: 'vervoer_nodig' }) vervoerNodig: boolean;
  @Field(() => NederlandsNiveau, { nullable: true })
  @Column({ name: 'nederlands_niveau', type: 'text', nullable: true })
  nederlandsNiveau: NederlandsNiveau | null;
  @Field(() => [Doelgroep]) @Column({ type: 'text', array: true }) doelgroepen: Doelgroep[];
  @Field(() => [Instrument]) @Column({ type: 'text', array: true }) instrumenten: Instrument[];
  @Field({ description: 'Ontstaan door functiecreatie (taken afgesplitst uit bestaande functies).' }) @Column() functiecreatie: boolean;
  @Field(() => VacatureStatus) @Column({ type: 'text' }) status: VacatureStatus;
  @Field(() => ID, { nullable: true, description: 'De gebruiker (werkgever of accountmanager) die de vacature plaatste.' })
  @Column({ name: 'geplaatst_door_user_id', type: 'uuid', nullable: true })
  geplaatstDoorUserId: string | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'gepubliceerd_op', type: 'timestamptz', nullable: true }) gepubliceerdOp: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'afgesloten_op', type: 'timestamptz', nullable: true }) afgeslotenOp: Date | null;
  @Field() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
