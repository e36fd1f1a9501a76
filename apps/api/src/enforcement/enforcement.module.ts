import { Module } from '@nestjs/common';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { CaseActionsService } from './case-actions.service';
import { CaseTransitions } from './case-transitions';
import { EnforcementController } from './enforcement.controller';
import { EnforcementEvaluator } from './enforcement-evaluator.service';
import { EnforcementRepository } from './enforcement.repository';
import { NoticesService } from './notices.service';

@Module({
  imports: [AuditLogModule],
  controllers: [EnforcementController],
  providers: [EnforcementRepository, CaseTransitions, EnforcementEvaluator, CaseActionsService, NoticesService],
  exports: [CaseActionsService, EnforcementEvaluator],
})
export class EnforcementModule {}
