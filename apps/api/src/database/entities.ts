import { RegionEntity } from '../org/entities/region.entity';
import { FranchiseeEntity } from '../org/entities/franchisee.entity';
import { LocationEntity } from '../org/entities/location.entity';
import { UserEntity } from '../org/entities/user.entity';
import { SessionEntity } from '../auth/entities/session.entity';
import { AuditLogEntity } from '../audit-log/entities/audit-log.entity';
import { PlaybookEntity } from '../playbooks/entities/playbook.entity';

/** The mapped tables; the migrations are their source of truth. */
export const ENTITIES = [
  RegionEntity,
  FranchiseeEntity,
  LocationEntity,
  UserEntity,
  SessionEntity,
  AuditLogEntity,
  PlaybookEntity,
];
