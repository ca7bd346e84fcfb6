import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A tenant's matching weights (a complete, validated MatchWeights object). Absent: DEFAULT_MATCH_WEIGHTS. */
@Entity('match_config')
export class MatchConfig {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Column({ type: 'jsonb' }) weights: unknown;
  @Column({ name: 'updated_by', type: 'uuid' }) updatedBy: string;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
