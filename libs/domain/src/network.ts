import { z } from 'zod';
import { PageQueryShape, pageSchema } from './paging';

export const LOCATION_STATUSES = ['active', 'on_watch', 'suspended', 'closed'] as const;
export const LocationStatusSchema = z.enum(LOCATION_STATUSES);
export type LocationStatus = z.infer<typeof LocationStatusSchema>;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
/** One opening span of a day, local time. `close` earlier than `open` runs past midnight. */
export const OpeningSpanSchema = z.strictObject({
  open: z.string().regex(HHMM, 'expected HH:MM'),
  close: z.string().regex(HHMM, 'expected HH:MM'),
});
/** Business hours per weekday; a missing or null day is closed. */
export const BusinessHoursSchema = z.strictObject({
  mon: OpeningSpanSchema.nullable().optional(),
  tue: OpeningSpanSchema.nullable().optional(),
  wed: OpeningSpanSchema.nullable().optional(),
  thu: OpeningSpanSchema.nullable().optional(),
  fri: OpeningSpanSchema.nullable().optional(),
  sat: OpeningSpanSchema.nullable().optional(),
  sun: OpeningSpanSchema.nullable().optional(),
});
export type BusinessHours = z.infer<typeof BusinessHoursSchema>;

export const TimeZoneSchema = z.string().refine(isIanaZone, 'unknown IANA time zone');

export function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

export const CodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, 'upper-case letters, digits and dashes, 2-32 characters');

// Regions
export const RegionSchema = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
export type Region = z.infer<typeof RegionSchema>;
export const CreateRegionSchema = z.strictObject({
  code: CodeSchema,
  name: z.string().trim().min(1).max(200),
});
export type CreateRegion = z.infer<typeof CreateRegionSchema>;
export const UpdateRegionSchema = CreateRegionSchema.partial();
export type UpdateRegion = z.infer<typeof UpdateRegionSchema>;
export const RegionListSchema = pageSchema(RegionSchema);

// Franchisees
export const FranchiseeSchema = z.object({
  id: z.uuid(),
  legalName: z.string(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
});
export type Franchisee = z.infer<typeof FranchiseeSchema>;
export const CreateFranchiseeSchema = z.strictObject({
  legalName: z.string().trim().min(1).max(200),
  contactEmail: z.email().nullable().optional(),
  contactPhone: z.string().trim().max(40).nullable().optional(),
});
export type CreateFranchisee = z.infer<typeof CreateFranchiseeSchema>;
export const UpdateFranchiseeSchema = CreateFranchiseeSchema.partial();
export type UpdateFranchisee = z.infer<typeof UpdateFranchiseeSchema>;
export const FranchiseeListSchema = pageSchema(FranchiseeSchema);

// Locations
export const LocationSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  address: z.string(),
  regionId: z.uuid(),
  regionName: z.string(),
  franchiseeId: z.uuid(),
  franchiseeName: z.string(),
  timeZone: z.string(),
  businessHours: BusinessHoursSchema,
  status: LocationStatusSchema,
  growthEligible: z.boolean(),
});
export type Location = z.infer<typeof LocationSchema>;
export const CreateLocationSchema = z.strictObject({
  code: CodeSchema,
  name: z.string().trim().min(1).max(200),
  address: z.string().trim().min(1).max(500),
  regionId: z.uuid(),
  franchiseeId: z.uuid(),
  timeZone: TimeZoneSchema,
  businessHours: BusinessHoursSchema,
  status: LocationStatusSchema.default('active'),
  growthEligible: z.boolean().default(true),
});
export type CreateLocation = z.infer<typeof CreateLocationSchema>;
export const UpdateLocationSchema = CreateLocationSchema.omit({ code: true }).partial();
export type UpdateLocation = z.infer<typeof UpdateLocationSchema>;
export const LocationQuerySchema = z.strictObject({
  ...PageQueryShape,
  search: z.string().trim().max(100).optional(),
  regionId: z.uuid().optional(),
  franchiseeId: z.uuid().optional(),
  status: LocationStatusSchema.optional(),
  sort: z.enum(['code', 'name', 'status', 'region']).default('code'),
});
export type LocationQuery = z.infer<typeof LocationQuerySchema>;
export const LocationListSchema = pageSchema(LocationSchema);

export const ImportRowErrorSchema = z.object({
  line: z.number().int(),
  column: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;
export const ImportResultSchema = z.object({ imported: z.number().int() });
export type ImportResult = z.infer<typeof ImportResultSchema>;
