import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BusinessHours, LocationStatus } from '@franscore/domain';

@Entity('location')
export class LocationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('text') name!: string;
  @Column('text') address!: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId!: string;
  @Column({ name: 'franchisee_id', type: 'uuid' }) franchiseeId!: string;
  @Column({ name: 'time_zone', type: 'text' }) timeZone!: string;
  @Column({ name: 'business_hours', type: 'jsonb' }) businessHours!: BusinessHours;
  @Column('text') status!: LocationStatus;
  @Column({ name: 'growth_eligible', type: 'boolean' }) growthEligible!: boolean;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
