import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('franchisee')
export class FranchiseeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'legal_name', type: 'text' }) legalName!: string;
  @Column({ name: 'contact_email', type: 'text', nullable: true }) contactEmail!: string | null;
  @Column({ name: 'contact_phone', type: 'text', nullable: true }) contactPhone!: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
