import { Global, Module } from '@nestjs/common';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { SettingsModule } from '../settings/settings.module';
import { JobOwner } from './job-owner';
import { JobsRepository } from './jobs.repository';
import { OpenLocationsRepository } from './open-locations.repository';
import { PoliciesController } from './policies.controller';
import { PoliciesRepository } from './policies.repository';
import { PoliciesService } from './policies.service';
import { PolicySource } from './policy-source';
import { ScorecardInputsRepository } from './scorecard-inputs.repository';
import { ScorecardsController } from './scorecards.controller';
import { ScorecardsRepository } from './scorecards.repository';
import { ScorecardsService } from './scorecards.service';
import { PeriodCloseService } from './period-close.service';
import { RecomputeService } from './recompute.service';
import { SlaReadingsRepository } from './sla-readings.repository';
import { SlaSimulation } from './sla-simulation';

@Global()
@Module({
  imports: [AuditLogModule, SettingsModule],
  controllers: [PoliciesController, ScorecardsController],
  providers: [
    PoliciesRepository,
    PolicySource,
    PoliciesService,
    ScorecardInputsRepository,
    ScorecardsRepository,
    OpenLocationsRepository,
    JobsRepository,
    JobOwner,
    ScorecardsService,
    RecomputeService,
    PeriodCloseService,
    SlaReadingsRepository,
    SlaSimulation,
  ],
  exports: [PolicySource, ScorecardsService],
})
export class ScoringModule {}
