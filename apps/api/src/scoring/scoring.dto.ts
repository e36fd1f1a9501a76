import { createZodDto } from 'nestjs-zod';
import { CreatePolicySchema, LeagueQuerySchema, MoneyAtRiskQuerySchema, MoneyAtRiskSummarySchema, ReportQuerySchema, PublishPolicySchema, RecomputeSchema, ScorecardQuerySchema, SimulatePolicySchema, UpdatePolicySchema } from '@franscore/domain';

export class CreatePolicyDto extends createZodDto(CreatePolicySchema) {}
export class UpdatePolicyDto extends createZodDto(UpdatePolicySchema) {}
export class PublishPolicyDto extends createZodDto(PublishPolicySchema) {}
export class SimulatePolicyDto extends createZodDto(SimulatePolicySchema) {}
export class ScorecardQueryDto extends createZodDto(ScorecardQuerySchema) {}
export class LeagueQueryDto extends createZodDto(LeagueQuerySchema) {}
export class RecomputeDto extends createZodDto(RecomputeSchema) {}
export class MoneyAtRiskQueryDto extends createZodDto(MoneyAtRiskQuerySchema) {}
export class ReportQueryDto extends createZodDto(ReportQuerySchema) {}
/** The answer of GET /api/money-at-risk (named `MoneyAtRiskSummary` in the OpenAPI document). */
export class MoneyAtRiskSummaryDto extends createZodDto(MoneyAtRiskSummarySchema) {}
