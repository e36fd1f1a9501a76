import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { PlaybooksModule } from '../playbooks/playbooks.module';
import { AppSecrets } from '../database/app-secrets';
import { ComplaintHandlingService } from './complaint-handling.service';
import { ComplaintIntakeService } from './complaint-intake.service';
import { ComplaintsController } from './complaints.controller';
import { ComplaintTransferService } from './complaint-transfer.service';
import { ComplaintsRepository } from './complaints.repository';
import { PublicIntakeController } from './public-intake.controller';
import { SlaSweepService } from './sla-sweep.service';
import { StatusTokens } from './status-token';

@Module({
  imports: [AlertsModule, AuditLogModule, PlaybooksModule],
  controllers: [PublicIntakeController, ComplaintsController],
  providers: [AppSecrets, ComplaintTransferService, ComplaintsRepository, ComplaintIntakeService, ComplaintHandlingService, SlaSweepService, StatusTokens],
  exports: [ComplaintIntakeService, ComplaintHandlingService, SlaSweepService],
})
export class ComplaintsModule {}
