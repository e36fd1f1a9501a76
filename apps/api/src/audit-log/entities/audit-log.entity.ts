import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('audit_log')
export class AuditLogEntity {
  @PrimaryColumn('bigint') seq!: string;
  @Column('timestamptz') at!: Date;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ name: 'actor_label', type: 'text' }) actorLabel!: string;
  @Column('text') action!: string;
  @Column({ name: 'entity_type', type: 'text' }) entityType!: string;
  @Column({ name: 'entity_id', type: 'text' }) entityId!: string;
  @Column({ type: 'jsonb', nullable: true }) before!: unknown;
  @Column({ type: 'jsonb', nullable: true }) after!: unknown;
  @Column({ name: 'prev_hash', type: 'text' }) prevHash!: string;
  @Column('text') hash!: string;
}
