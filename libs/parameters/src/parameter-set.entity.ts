import type { ParameterSet } from '@matchpunt/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One version of a tenant's parameter set. Rows are immutable (a trigger refuses UPDATE): a change is a new
 * version. `body` is the complete set as `parseParameterSet` accepted it, with `id`, `version`, `tenantId`,
 * `validFrom` and `validTo` equal to the columns, so a stored result's `parameterSetId` names exactly this row.
 */
@Entity('parameter_set')
export class ParameterSetRij {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Column({ type: 'int' }) version: number;
  @Column() naam: string;
  @Column({ name: 'valid_from', type: 'date' }) validFrom: string;
  @Column({ name: 'valid_to', type: 'date', nullable: true }) validTo: string | null;
  @Column({ type: 'jsonb' }) body: ParameterSet;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
