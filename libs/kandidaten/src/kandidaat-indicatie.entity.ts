import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Doelgroep } from '@matchpunt/common';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Klantprofiel } from './kandidaat.enums';

/** Indications of a candidate (doelgroepregister, beschut, loonwaarde, klantprofiel). Staff only. */
@ObjectType({ description: 'Indicaties van een kandidaat. Alleen voor medewerkers.' })
@Entity('kandidaat_indicatie')
export class KandidaatIndicatie {
  @PrimaryColumn({ name: 'kandidaat_id', type: 'uuid' }) kandidaatId: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field({ description: 'Opgenomen in het doelgroepregister (banenafspraak).' }) @Column() doelgroepregister: boolean;
  @Field({ description: 'Indicatie beschut werk.' }) @Column() beschut: boolean;
  @Field(() => Int, { nullable: true, description: 'Loonwaarde in procenten (0–100), als die gemeten is.' })
  @Column({ type: 'int', nullable: true })
  loonwaarde: number | null;
  @Field(() => Klantprofiel, { nullable: true }) @Column({ type: 'text', nullable: true }) klantprofiel: Klantprofiel | null;
  @Field(() => [Doelgroep]) @Column({ type: 'text', array: true }) doelgroepen: Doelgroep[];
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
