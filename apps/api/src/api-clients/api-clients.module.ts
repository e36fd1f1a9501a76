import { Module } from '@nestjs/common';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { ComplaintsModule } from '../complaints/complaints.module';
import { ApiClientGuard } from './api-client.guard';
import { ApiClientsController } from './api-clients.controller';
import { ApiClientsRepository } from './api-clients.repository';
import { ApiClientsService } from './api-clients.service';
import { ClientIntakeController } from './client-intake.controller';

@Module({
  imports: [AuditLogModule, ComplaintsModule],
  controllers: [ApiClientsController, ClientIntakeController],
  providers: [ApiClientsRepository, ApiClientsService, ApiClientGuard],
  exports: [ApiClientsService],
})
export class ApiClientsModule {}
