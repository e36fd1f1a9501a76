import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { PlaybooksModule } from '../playbooks/playbooks.module';
import { AppSecrets } from '../database/app-secrets';
import { BadFaithController } from './bad-faith.controller';
import { BadFaithRepository } from './bad-faith.repository';
import { BadFaithService } from './bad-faith.service';
import { PhotoStore } from '../photos/photo-store';
import { ComplaintHandlingService } from './complaint-handling.service';
import { ComplaintPhotoController } from './complaint-photo.controller';
import { ComplaintPhotos } from './complaint-photos';
import { ComplaintIntakeService } from './complaint-intake.service';
import { ComplaintsController } from './complaints.controller';
import { ComplaintTransferService } from './complaint-transfer.service';
import { ComplaintsRepository } from './complaints.repository';
import { PublicIntakeController } from './public-intake.controller';
import { SlaSweepService } from './sla-sweep.service';
import { StatusTokens } from './status-token';

@Module({
  imports: [AlertsModule, AuditLogModule, PlaybooksModule],
  controllers: [PublicIntakeController, ComplaintsController, ComplaintPhotoController, BadFaithController],
  providers: [AppSecrets, ComplaintPhotos, PhotoStore, BadFaithRepository, BadFaithService, ComplaintTransferService, ComplaintsRepository, ComplaintIntakeService, ComplaintHandlingService, SlaSweepService, StatusTokens],
  exports: [ComplaintIntakeService, ComplaintHandlingService, SlaSweepService],
})
export class ComplaintsModule {}
