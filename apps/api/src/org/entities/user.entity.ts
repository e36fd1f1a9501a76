import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@franscore/domain';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') email!: string;
  @Column({ name: 'display_name', type: 'text' }) displayName!: string;
  @Column({ name: 'password_hash', type: 'text' }) passwordHash!: string;
  @Column('text') role!: Role;
  @Column('boolean') active!: boolean;
  @Column({ name: 'franchisee_id', type: 'uuid', nullable: true }) franchiseeId!: string | null;
  @Column({ name: 'location_id', type: 'uuid', nullable: true }) locationId!: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
