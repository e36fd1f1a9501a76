import { Module } from '@nestjs/common';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { FranchiseesController } from './franchisees.controller';
import { LocationsController } from './locations.controller';
import { NetworkRepository } from './network.repository';
import { NetworkService } from './network.service';
import { RegionsController } from './regions.controller';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [AuditLogModule],
  controllers: [RegionsController, FranchiseesController, LocationsController, UsersController],
  providers: [NetworkRepository, NetworkService, UsersRepository, UsersService],
  exports: [NetworkService, UsersService],
})
export class OrgModule {}
