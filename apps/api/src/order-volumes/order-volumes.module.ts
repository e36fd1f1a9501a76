import { Module } from '@nestjs/common';
import { ApiClientGuard } from '../api-clients/api-client.guard';
import { ApiClientsModule } from '../api-clients/api-clients.module';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { OrderVolumesController } from './order-volumes.controller';
import { OrderVolumesRepository } from './order-volumes.repository';
import { OrderVolumesService } from './order-volumes.service';
import { PosVolumesController } from './pos-volumes.controller';

@Module({
  imports: [AuditLogModule, ApiClientsModule],
  controllers: [OrderVolumesController, PosVolumesController],
  providers: [OrderVolumesRepository, OrderVolumesService, ApiClientGuard],
  exports: [OrderVolumesService],
})
export class OrderVolumesModule {}
