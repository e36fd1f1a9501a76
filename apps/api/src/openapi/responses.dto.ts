import { createZodDto } from 'nestjs-zod';
import {
  AlertListSchema,
  ApiClientSchema,
  AuditListSchema,
  AuditLogListSchema,
  AuditSchema,
  AuditVerifySchema,
  CaseListSchema,
  ComplaintDetailSchema,
  ComplaintListSchema,
  ComplaintReceiptSchema,
  EnforcementCaseSchema,
  FranchiseeListSchema,
  FranchiseeSchema,
  HealthSchema,
  HeadOfficeSettingsSchema,
  ImportResultSchema,
  InboxItemSchema,
  IssuedApiClientSchema,
  JobSchema,
  LeagueListSchema,
  LocationListSchema,
  LocationSchema,
  MeSchema,
  PlaybookSchema,
  PolicySchema,
  PublicLocationSchema,
  PublicStatusSchema,
  PushKeySchema,
  RegionListSchema,
  RegionSchema,
  ReviewSchema,
  ReviewSummarySchema,
  ScorecardListSchema,
  ScorecardSchema,
  SimulationInputSchema,
  SimulationSchema,
  UserListSchema,
  UserSchema,
} from '@franscore/domain';

/*
 * The answers of the API as DTOs of the libs/domain contracts, for
 * `@ZodResponse({ type })`: the OpenAPI document names each after its class
 * (without the `Dto`), and the handler's return type must fit the contract.
 */
export class AlertListDto extends createZodDto(AlertListSchema) {}
export class ApiClientDto extends createZodDto(ApiClientSchema) {}
export class AuditDto extends createZodDto(AuditSchema) {}
export class AuditPageDto extends createZodDto(AuditListSchema) {}
export class AuditLogPageDto extends createZodDto(AuditLogListSchema) {}
export class AuditVerifyDto extends createZodDto(AuditVerifySchema) {}
export class CasePageDto extends createZodDto(CaseListSchema) {}
export class ComplaintDetailDto extends createZodDto(ComplaintDetailSchema) {}
export class ComplaintPageDto extends createZodDto(ComplaintListSchema) {}
export class ComplaintReceiptDto extends createZodDto(ComplaintReceiptSchema) {}
export class EnforcementCaseDto extends createZodDto(EnforcementCaseSchema) {}
export class FranchiseeDto extends createZodDto(FranchiseeSchema) {}
export class FranchiseePageDto extends createZodDto(FranchiseeListSchema) {}
export class HealthDto extends createZodDto(HealthSchema) {}
export class HeadOfficeSettingsDto extends createZodDto(HeadOfficeSettingsSchema) {}
export class ImportResultDto extends createZodDto(ImportResultSchema) {}
export class InboxItemDto extends createZodDto(InboxItemSchema) {}
export class IssuedApiClientDto extends createZodDto(IssuedApiClientSchema) {}
export class JobDto extends createZodDto(JobSchema) {}
export class LeaguePageDto extends createZodDto(LeagueListSchema) {}
export class LocationDto extends createZodDto(LocationSchema) {}
export class LocationPageDto extends createZodDto(LocationListSchema) {}
export class MeDto extends createZodDto(MeSchema) {}
export class PlaybookDto extends createZodDto(PlaybookSchema) {}
export class PolicyDto extends createZodDto(PolicySchema) {}
export class PublicLocationDto extends createZodDto(PublicLocationSchema) {}
export class PublicStatusDto extends createZodDto(PublicStatusSchema) {}
export class PushKeyDto extends createZodDto(PushKeySchema) {}
export class RegionDto extends createZodDto(RegionSchema) {}
export class RegionPageDto extends createZodDto(RegionListSchema) {}
export class ReviewDto extends createZodDto(ReviewSchema) {}
export class ReviewSummaryDto extends createZodDto(ReviewSummarySchema) {}
export class ScorecardDto extends createZodDto(ScorecardSchema) {}
export class ScorecardPageDto extends createZodDto(ScorecardListSchema) {}
export class SimulationDto extends createZodDto(SimulationSchema) {}
export class SimulationInputDto extends createZodDto(SimulationInputSchema) {}
export class UserDto extends createZodDto(UserSchema) {}
export class UserPageDto extends createZodDto(UserListSchema) {}
