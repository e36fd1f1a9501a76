import { Module } from '@nestjs/common';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { SettingsModule } from '../settings/settings.module';
import { NoticePartiesRepository } from './notice-parties.repository';
import { CaseActionsService } from './case-actions.service';
import { CaseTransitions } from './case-transitions';
import { EnforcementController } from './enforcement.controller';
import { EnforcementEvaluator } from './enforcement-evaluator.service';
import { CaseDocumentsRepository, EnforcementRepository } from './enforcement.repository';
import { NoticesService } from './notices.service';
import { InboxController } from './inbox.controller';
import { InboxRepository } from './inbox.repository';
import { InboxService } from './inbox.service';
import { RemindersService } from './reminders.service';

@Module({
  imports: [AuditLogModule, SettingsModule],
  controllers: [EnforcementController, InboxController],
  providers: [EnforcementRepository, CaseDocumentsRepository, CaseTransitions, EnforcementEvaluator, CaseActionsService, NoticesService, NoticePartiesRepository, InboxRepository, InboxService, RemindersService],
  exports: [CaseActionsService, EnforcementEvaluator, RemindersService],
})
export class EnforcementModule {}
