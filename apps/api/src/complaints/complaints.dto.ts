import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { SetSeveritySchema, ComplaintQuerySchema, FileDisputeSchema, PublicComplaintSchema, RatingSchema, RecordEventSchema, RecoverSchema, RuleDisputeSchema } from '@franscore/domain';

/** multipart/form-data (a complaint with a photo) carries the JSON body as text in its `complaint` field. */
const fromMultipart = (body: unknown): unknown => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const fields = Object.keys(body);
  const text = (body as { complaint?: unknown }).complaint;
  if (fields.length !== 1 || typeof text !== 'string') return body;
  try {
    return JSON.parse(text);
  } catch {
    return body;
  }
};
export class PublicComplaintDto extends createZodDto(z.preprocess(fromMultipart, PublicComplaintSchema)) {}
export class ComplaintQueryDto extends createZodDto(ComplaintQuerySchema) {}
export class RecordEventDto extends createZodDto(RecordEventSchema) {}
export class RecoverDto extends createZodDto(RecoverSchema) {}
export class FileDisputeDto extends createZodDto(FileDisputeSchema) {}
export class RuleDisputeDto extends createZodDto(RuleDisputeSchema) {}
export class RatingDto extends createZodDto(RatingSchema) {}
export class LocationCodeParamDto extends createZodDto(z.strictObject({ code: z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, 'not a location code') })) {}
export class StatusTokenParamDto extends createZodDto(z.strictObject({ token: z.string().min(10).max(100) })) {}
export class SetSeverityDto extends createZodDto(SetSeveritySchema) {}
