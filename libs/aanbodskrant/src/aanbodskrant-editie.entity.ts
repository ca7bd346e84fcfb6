import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AanbodskrantStatus } from './aanbodskrant.enums';
import { AanbodKaart } from './render/aanbod-kaart';

/**
 * One edition of the aanbodskrant. The candidates are resolved as anonymised cards (`kandidaten`): live while
 * it is a CONCEPT, from the snapshot taken at sending once it is VERZONDEN.
 */
@ObjectType({ description: 'Een editie van de aanbodskrant: geanonimiseerde beschikbare kandidaten voor het werkgeversnetwerk.' })
@Entity('aanbodskrant_editie')
export class AanbodskrantEditie {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field({ description: 'Platte tekst.' }) @Column() titel: string;
  @Field({ description: 'Inleiding (platte tekst; een lege regel begint een nieuwe alinea).' }) @Column() intro: string;
  @Field({ description: 'JJJJ-MM-DD' }) @Column({ type: 'date' }) publicatiedatum: string;
  @Field(() => AanbodskrantStatus) @Column({ type: 'text' }) status: AanbodskrantStatus;
  @Field(() => ID) @Column({ name: 'aangemaakt_door', type: 'uuid' }) aangemaaktDoor: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'verzonden_door', type: 'uuid', nullable: true }) verzondenDoor: string | null;
  @Field(() => Date, { nullable: true }) @Column({ name: 'verzonden_op', type: 'timestamptz', nullable: true }) verzondenOp: Date | null;
  /** The cards as sent (VERZONDEN only). */
  @Column({ type: 'jsonb', nullable: true }) kaarten: AanbodKaart[] | null;
  @Column({ name: 'ontvangers_totaal', type: 'int', nullable: true }) ontvangersTotaal: number | null;
  @Column({ type: 'int' }) ingepland: number;
  @Field({ name: 'aangemaaktOp' }) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Field({ name: 'gewijzigdOp' }) @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A candidate in an edition, at its place in the order. */
@Entity('aanbodskrant_kandidaat')
export class AanbodskrantKandidaat {
  @PrimaryColumn({ name: 'editie_id', type: 'uuid' }) editieId: string;
  @PrimaryColumn({ name: 'kandidaat_id', type: 'uuid' }) kandidaatId: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Column({ type: 'smallint' }) positie: number;
}

export const AANBODSKRANT_ENTITIES = [AanbodskrantEditie, AanbodskrantKandidaat];
