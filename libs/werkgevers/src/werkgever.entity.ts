import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Doelgroep, Instrument } from '@matchpunt/common';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Grootteklasse, PsoTrede, WerkgeverSoort } from './werkgever.enums';
import { SbiSectie } from './sbi';

/**
 * An employer organisation. `notities`, the contact history and the accountmanager are resolved in
 * WerkgeverFieldsResolver (staff-only or batched), not here.
 */
@ObjectType({ description: 'Een werkgever (organisatie, herkend aan het KvK-nummer) met vestigingen en contactpersonen.' })
@Entity('werkgever')
export class Werkgever {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field() @Column() naam: string;
  @Field({ description: 'KvK-nummer: 8 cijfers.' }) @Column({ name: 'kvk_nummer' }) kvkNummer: string;
  @Field(() => String, { nullable: true, description: 'SBI-code (2–5 cijfers).' })
  @Column({ name: 'sbi_code', type: 'text', nullable: true })
  sbiCode: string | null;
  @Field(() => SbiSectie) @Column({ type: 'char', length: 1 }) sector: SbiSectie;
  @Field(() => Grootteklasse) @Column({ type: 'text' }) grootteklasse: Grootteklasse;
  @Field(() => WerkgeverSoort) @Column({ type: 'text' }) soort: WerkgeverSoort;
  @Field(() => ID, { nullable: true, description: 'De accountmanager die de relatie beheert.' })
  @Column({ name: 'accountmanager_id', type: 'uuid', nullable: true })
  accountmanagerId: string | null;
  @Field(() => [Doelgroep], { description: 'Doelgroepen waarvoor de werkgever openstaat.' })
  @Column({ name: 'open_doelgroepen', type: 'text', array: true })
  openDoelgroepen: Doelgroep[];
  @Field(() => [Instrument], { description: 'Instrumenten die de werkgever accepteert.' })
  @Column({ name: 'geaccepteerde_instrumenten', type: 'text', array: true })
  geaccepteerdeInstrumenten: Instrument[];
  @Field(() => PsoTrede, { nullable: true }) @Column({ name: 'pso_trede', type: 'text', nullable: true }) psoTrede: PsoTrede | null;
  @Field(() => String, { nullable: true, description: 'Einddatum van het PSO-certificaat (JJJJ-MM-DD).' })
  @Column({ name: 'pso_geldig_tot', type: 'date', nullable: true })
  psoGeldigTot: string | null;
  @Column({ type: 'text', nullable: true }) notities: string | null;
  @Field() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
