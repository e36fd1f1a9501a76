import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  CaseQuerySchema,
  CompleteActionSchema,
  DecideSchema,
  FileAppealSchema,
  ManualActionSchema,
  ManualWarningSchema,
  RecommendSchema,
  ReviewCapSchema,
  ReportQuerySchema,
  RuleAppealSchema,
  SubmitCapSchema,
} from '@franscore/domain';

export class CaseQueryDto extends createZodDto(CaseQuerySchema) {}
export class ManualWarningDto extends createZodDto(ManualWarningSchema) {}
export class ManualActionDto extends createZodDto(ManualActionSchema) {}
export class SubmitCapDto extends createZodDto(SubmitCapSchema) {}
export class ReviewCapDto extends createZodDto(ReviewCapSchema) {}
export class CompleteActionDto extends createZodDto(CompleteActionSchema) {}
export class FileAppealDto extends createZodDto(FileAppealSchema) {}
export class RuleAppealDto extends createZodDto(RuleAppealSchema) {}
export class RecommendDto extends createZodDto(RecommendSchema) {}
export class DecideDto extends createZodDto(DecideSchema) {}
export class PlanParamDto extends createZodDto(z.strictObject({ id: z.uuid(), planId: z.uuid() })) {}
export class ActionParamDto extends createZodDto(z.strictObject({ id: z.uuid(), actionId: z.uuid() })) {}
/** `?lang=en|ru`: the language of a letter. */
export class NoticeQueryDto extends createZodDto(ReportQuerySchema) {}
