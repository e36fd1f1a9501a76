import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Category, PlaybookContent, PlaybookSeverity } from '@franscore/domain';

/** The playbook table as mapped; reads and writes go through PlaybooksRepository's SQL. */
@Entity('playbook')
export class PlaybookEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') category!: Category;
  @Column('text') severity!: PlaybookSeverity;
  @Column('integer', { nullable: true }) version!: number | null;
  @Column('text') status!: 'draft' | 'published';
  @Column('jsonb') content!: PlaybookContent;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ name: 'published_by', type: 'uuid', nullable: true }) publishedBy!: string | null;
}
