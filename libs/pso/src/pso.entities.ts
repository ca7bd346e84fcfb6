import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An employer's workforce for the PSO: total FTE, full-time hours and the checklist answers. */
@Entity('pso_personeelsbestand')
export class PsoBestandRij {
  @PrimaryColumn({ name: 'werkgever_id', type: 'uuid' }) werkgeverId: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Column({ name: 'totaal_fte', type: 'numeric' }) totaalFte: string;
  @Column({ name: 'voltijd_uren', type: 'numeric', nullable: true }) voltijdUren: string | null;
  @Column({ type: 'jsonb' }) checklist: Record<string, boolean>;
  /** Bumped by every change; part of the recompute job's id, so each change gets its own job. */
  @Column({ type: 'int' }) versie: number;
  @Column({ name: 'gewijzigd_door', type: 'uuid' }) gewijzigdDoor: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@ObjectType({ description: 'Een medewerker uit de PSO-doelgroep (door de werkgever of accountmanager ingevoerd).' })
@Entity('pso_medewerker')
export class PsoMedewerker {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field(() => ID) @Column({ name: 'werkgever_id', type: 'uuid' }) werkgeverId: string;
  @Field({ description: 'Een label, geen naam (bijv. "Medewerker magazijn 1").' }) @Column() omschrijving: string;
  @Field() @Column({ type: 'numeric' }) fte: string;
  @Field({ description: 'Code uit de parameterset (uitgangspositie bij instroom).' }) @Column() uitgangspositie: string;
  @Field({ description: 'Code uit de parameterset.' }) @Column({ name: 'contract_type' }) contractType: string;
  @Field(() => String, { nullable: true }) @Column({ name: 'instroom_datum', type: 'date', nullable: true }) instroomDatum: string | null;
  @Field(() => String, { nullable: true, description: 'Laatste dag van de LKS; leeg = loopt nog.' }) @Column({ name: 'lks_loopt_tot', type: 'date', nullable: true }) lksLooptTot: string | null;
  @Field(() => ID, { nullable: true, description: 'De Matchpunt-plaatsing die deze regel vervangt.' }) @Column({ name: 'plaatsing_id', type: 'uuid', nullable: true }) plaatsingId: string | null;
  @Column({ name: 'aangemaakt_door', type: 'uuid' }) aangemaaktDoor: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@ObjectType({ description: 'Inkoop bij een PSO-gecertificeerde organisatie of een SW-bedrijf (indirecte bijdrage).' })
@Entity('pso_inkoop')
export class PsoInkoop {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field(() => ID) @Column({ name: 'werkgever_id', type: 'uuid' }) werkgeverId: string;
  @Field() @Column() leverancier: string;
  @Field({ description: 'PSO_GECERTIFICEERD of SW_BEDRIJF.' }) @Column({ name: 'leverancier_type' }) leverancierType: 'PSO_GECERTIFICEERD' | 'SW_BEDRIJF';
  @Field({ description: 'Excl. btw, in het peiljaar.' }) @Column({ type: 'numeric' }) factuurbedrag: string;
  @Field() @Column({ name: 'leverancier_jaaromzet', type: 'numeric' }) leverancierJaaromzet: string;
  @Field() @Column({ name: 'leverancier_doelgroep_fte', type: 'numeric' }) leverancierDoelgroepFte: string;
  @Column({ name: 'aangemaakt_door', type: 'uuid' }) aangemaaktDoor: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** The latest computed position (by the PSO job): input, result or error, and the parameter set used. */
@Entity('pso_positie')
export class PsoPositieRij {
  @PrimaryColumn({ name: 'werkgever_id', type: 'uuid' }) werkgeverId: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Column({ type: 'date' }) peildatum: string;
  @Column({ name: 'parameter_set_id', type: 'uuid', nullable: true }) parameterSetId: string | null;
  @Column({ type: 'jsonb', nullable: true }) invoer: unknown;
  @Column({ type: 'jsonb', nullable: true }) resultaat: unknown;
  @Column({ type: 'text', nullable: true }) fout: string | null;
  @Column({ name: 'score_pct', type: 'numeric', nullable: true }) scorePct: string | null;
  @Column({ type: 'text', nullable: true }) trede: string | null;
  @Column({ name: 'bron_versie', type: 'int' }) bronVersie: number;
  @Column({ name: 'berekend_op', type: 'timestamptz' }) berekendOp: Date;
}
