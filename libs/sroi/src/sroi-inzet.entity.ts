import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { SroiInzetSoort } from './sroi.enums';

/**
 * One effort toward an obligation. A PLAATSING linked to a Matchpunt plaatsing (`plaatsingId`) takes its dates and
 * hours from that plaatsing when computed, so a placement that ends early is counted as it ended.
 */
@ObjectType({ description: 'Eén SROI-inzet: een geplaatste persoon (of ander bouwblok), inkoop of vrijwilligerswerk.' })
@Entity('sroi_inzet')
export class SroiInzet {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field(() => ID) @Column({ name: 'verplichting_id', type: 'uuid' }) verplichtingId: string;
  @Field(() => SroiInzetSoort) @Column({ type: 'text' }) soort: SroiInzetSoort;
  @Field() @Column() omschrijving: string;
  @Field(() => String, { nullable: true, description: 'Code van het bouwblok (PLAATSING).' }) @Column({ type: 'text', nullable: true }) categorie: string | null;
  @Field(() => ID, { nullable: true, description: 'De Matchpunt-plaatsing, als deze inzet daaraan gekoppeld is.' })
  @Column({ name: 'plaatsing_id', type: 'uuid', nullable: true })
  plaatsingId: string | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'uren_per_week', type: 'numeric', nullable: true }) urenPerWeek: string | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'start_datum', type: 'date', nullable: true }) startDatum: string | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'eind_datum', type: 'date', nullable: true }) eindDatum: string | null;
  @Field(() => [String]) @Column({ type: 'text', array: true }) bonussen: string[];
  @Field(() => String, { nullable: true, description: 'Factuur- of werkdatum (INKOOP, VRIJWILLIGERSWERK).' }) @Column({ type: 'date', nullable: true }) datum: string | null;
  @Field(() => String, { nullable: true, description: 'Excl. btw (INKOOP).' }) @Column({ type: 'numeric', nullable: true }) factuurbedrag: string | null;
  @Field(() => String, { nullable: true, description: 'Uren (VRIJWILLIGERSWERK).' }) @Column({ type: 'numeric', nullable: true }) uren: string | null;
  @Column({ name: 'aangemaakt_door', type: 'uuid' }) aangemaaktDoor: string;
  @Field({ name: 'aangemaaktOp' }) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
