import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { KandidaatStatus, KandidaatTaalniveau, Vervoer, WerkfitStatus } from './kandidaat.enums';

/** What the candidate brings for an employer; shown to employers phrased as on the card. */
@ObjectType()
export class KandidaatInstrumenten {
  @Field() @Column({ name: 'lks_mogelijk' }) lksMogelijk: boolean;
  @Field() @Column({ name: 'no_riskpolis' }) noRiskpolis: boolean;
  @Field() @Column({ name: 'proefplaatsing' }) proefplaatsing: boolean;
  @Field() @Column({ name: 'jobcoach' }) jobcoach: boolean;
}

/** The woonplaats-regio: the place and centre of the candidate's PC4 area, never the address. */
@ObjectType()
export class KandidaatRegio {
  @Field() @Column({ name: 'regio_plaats' }) plaats: string;
  @Field() @Column({ name: 'regio_lat', type: 'double precision' }) lat: number;
  @Field() @Column({ name: 'regio_lon', type: 'double precision' }) lon: number;
}

/**
 * A candidate as staff see it: the profile, instruments and availability. Identity lives in
 * `KandidaatIdentiteit` and indications in `KandidaatIndicatie`, each in its own table.
 */
@ObjectType({ description: 'Een kandidaat zoals medewerkers die zien: profiel, instrumenten, beschikbaarheid. Geen identiteit.' })
@Entity('kandidaat')
export class Kandidaat {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field(() => ID) @Column({ name: 'gemeente_id', type: 'uuid' }) gemeenteId: string;
  @Field(() => ID) @Column({ name: 'werkcoach_id', type: 'uuid' }) werkcoachId: string;
  @Field({ description: 'Vaste pseudoniemcode, bijv. K-2026-0142. Niet afgeleid van de identiteit.' }) @Column() code: string;

  @Field(() => KandidaatStatus) @Column({ type: 'text' }) status: KandidaatStatus;
  @Field(() => String, { nullable: true, description: 'Datum (JJJJ-MM-DD) sinds wanneer de kandidaat BESCHIKBAAR is.' })
  @Column({ name: 'beschikbaar_sinds', type: 'date', nullable: true })
  beschikbaarSinds: string | null;
  @Column({ name: 'status_gewijzigd_op', type: 'timestamptz' }) statusGewijzigdOp: Date;

  @Field(() => [String]) @Column({ type: 'text', array: true }) beroepswensen: string[];
  @Field(() => [String]) @Column({ type: 'text', array: true }) vaardigheden: string[];
  @Field() @Column() werkervaring: string;
  @Field() @Column() opleiding: string;
  @Field() @Column() rijbewijs: boolean;
  @Field(() => [Vervoer]) @Column({ type: 'text', array: true }) vervoer: Vervoer[];
  @Field(() => Int) @Column({ name: 'reisbereidheid_km', type: 'int' }) reisbereidheidKm: number;
  @Field(() => Int) @Column({ name: 'uren_min', type: 'int' }) urenMin: number;
  @Field(() => Int) @Column({ name: 'uren_max', type: 'int' }) urenMax: number;
  @Field(() => String, { nullable: true, description: 'Datum (JJJJ-MM-DD) vanaf wanneer de kandidaat kan beginnen.' })
  @Column({ name: 'beschikbaar_vanaf', type: 'date', nullable: true })
  beschikbaarVanaf: string | null;
  @Field(() => KandidaatTaalniveau, { nullable: true })
  @Column({ name: 'nederlands_niveau', type: 'text', nullable: true })
  nederlandsNiveau: KandidaatTaalniveau | null;
  @Field(() => WerkfitStatus) @Column({ name: 'werkfit_status', type: 'text' }) werkfitStatus: WerkfitStatus;
  @Field(() => [String], { description: 'SBI-sectieletters (A–U).' }) @Column({ name: 'sector_wensen', type: 'text', array: true }) sectorWensen: string[];
  @Field({ description: 'Korte presentatie (hoogstens 600 tekens), ook zichtbaar voor werkgevers.' }) @Column() pitch: string;

  @Field(() => KandidaatRegio) @Column(() => KandidaatRegio, { prefix: false }) regio: KandidaatRegio;
  @Field(() => KandidaatInstrumenten) @Column(() => KandidaatInstrumenten, { prefix: false }) instrumenten: KandidaatInstrumenten;

  @Field({ name: 'aangemaaktOp' }) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Field({ name: 'gewijzigdOp' }) @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
