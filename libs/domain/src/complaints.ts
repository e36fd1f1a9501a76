import { z } from 'zod';
import { IsoDateTimeSchema } from './dates';
import { PageQueryShape, pageSchema } from './paging';
import { SeveritySchema } from './policy';

export const CHANNELS = ['in_store_button', 'qr_form', 'phone', 'email', 'app', 'delivery_partner', 'social'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const CATEGORIES = ['food_quality', 'wait_time', 'staff_behaviour', 'order_accuracy', 'hygiene', 'safety', 'billing', 'delivery', 'other'] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

export const COMPLAINT_STATUSES = ['open', 'acknowledged', 'resolved', 'closed'] as const;
export const ComplaintStatusSchema = z.enum(COMPLAINT_STATUSES);
export type ComplaintStatus = z.infer<typeof ComplaintStatusSchema>;

/** Steps a person records on the timeline; the rest come from the customer or the dispute flow. */
export const HANDLING_EVENT_TYPES = [
  'acknowledged',
  'apologized',
  'compensation_offered',
  'action_taken',
  'escalated',
  'customer_contacted',
  'waiting_on_customer',
  'customer_replied',
  'resolved',
  'reopened',
] as const;

export const EVENT_TYPES = [...HANDLING_EVENT_TYPES, 'followup_rating', 'dispute_filed', 'dispute_upheld', 'dispute_rejected'] as const;
export const EventTypeSchema = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventTypeSchema>;
export type HandlingEventType = (typeof HANDLING_EVENT_TYPES)[number];

export const COMPENSATION_KINDS = ['refund', 'voucher', 'gift', 'free_service', 'other'] as const;
export const CompensationKindSchema = z.enum(COMPENSATION_KINDS);

export const DISPUTE_REASONS = ['duplicate', 'prank', 'abusive', 'already_fixed_repeat'] as const;
export const DisputeReasonSchema = z.enum(DISPUTE_REASONS);
export type DisputeReason = z.infer<typeof DisputeReasonSchema>;

/**
 * A category's usual severity: what an anonymous complaint is filed with (the
 * customer cannot choose it) and what imports default to; staff may change it.
 * Head office's reading: a danger to people is critical; what makes people ill
 * or mistreats them (hygiene, food quality, staff behaviour) is major; service
 * and money slips (waiting, wrong order, billing, delivery, other) are minor.
 */
export const SUGGESTED_SEVERITY: Record<Category, z.infer<typeof SeveritySchema>> = {
  food_quality: 'major',
  wait_time: 'minor',
  staff_behaviour: 'major',
  order_accuracy: 'minor',
  hygiene: 'major',
  safety: 'critical',
  billing: 'minor',
  delivery: 'minor',
  other: 'minor',
};

export const CustomerContactSchema = z.strictObject({
  name: z.string().trim().max(200).optional(),
  email: z.email().max(200).optional(),
  phone: z.string().trim().regex(/^[+0-9 ()-]{5,30}$/, 'expected a phone number').optional(),
});
export type CustomerContact = z.infer<typeof CustomerContactSchema>;

/** The number on the customer's receipt, as printed: letters, digits and a few separators. */
export const OrderNumberSchema = z.string().trim().min(1).max(40).regex(/^#?[A-Za-z0-9][A-Za-z0-9 #./_-]*$/, 'letters, digits and # . / _ - only');
/** When the customer was at the location; the service refuses a time in the future. */
export const VisitedAtSchema = IsoDateTimeSchema;

export function suggestedSeverity(category: Category): z.infer<typeof SeveritySchema> {
  return SUGGESTED_SEVERITY[category];
}

/**
 * What an anonymous customer sends through the public web form. Only `qr_form`:
 * machine channels need an API client's token. No `severity`: it is suggested
 * from the category, so sending one is an unknown field (400). `website` is a
 * honeypot: people leave it empty.
 */
export const PublicComplaintSchema = z.strictObject({
  channel: z.literal('qr_form', { error: 'only qr_form without an API client token' }).default('qr_form'),
  category: CategorySchema,
  description: z.string().trim().min(3, 'at least 3 characters').max(4000),
  remedySought: z.string().trim().max(1000).optional(),
  contact: CustomerContactSchema.optional(),
  orderNumber: OrderNumberSchema.optional(),
  visitedAt: VisitedAtSchema.optional(),
  website: z.string().max(200).optional(),
});
export type PublicComplaint = z.infer<typeof PublicComplaintSchema>;

export const IdempotencyKeySchema = z.string().trim().min(8, 'at least 8 characters').max(200).regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits and . _ : - only');

export const ComplaintReceiptSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  statusUrl: z.string(),
  statusToken: z.string(),
  receivedAt: z.string(),
});
export type ComplaintReceipt = z.infer<typeof ComplaintReceiptSchema>;

export const SlaStateSchema = z.enum(['running', 'paused', 'met', 'breached']);
export type SlaState = z.infer<typeof SlaStateSchema>;
export const SlaClockViewSchema = z.object({
  targetMinutes: z.number(),
  /** Business minutes counted so far; null in lists, where pauses are not read. */
  elapsedMinutes: z.number().nullable(),
  state: SlaStateSchema,
  /** When the target falls due if the clock keeps running through business hours; null when stopped. */
  dueAt: z.string().nullable(),
});
export type SlaClockView = z.infer<typeof SlaClockViewSchema>;

export const ComplaintEventSchema = z.object({
  id: z.uuid(),
  type: EventTypeSchema,
  at: z.string(),
  actorLabel: z.string(),
  note: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type ComplaintEvent = z.infer<typeof ComplaintEventSchema>;

export const ComplaintSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  locationId: z.uuid(),
  locationCode: z.string(),
  locationName: z.string(),
  channel: ChannelSchema,
  category: CategorySchema,
  severity: SeveritySchema,
  status: ComplaintStatusSchema,
  receivedAt: z.string(),
  acknowledge: SlaClockViewSchema,
  resolve: SlaClockViewSchema,
  disputed: z.enum(['none', 'pending', 'upheld', 'rejected']),
});
export type ComplaintSummary = z.infer<typeof ComplaintSummarySchema>;

export const ComplaintDetailSchema = ComplaintSummarySchema.extend({
  description: z.string(),
  remedySought: z.string().nullable(),
  orderNumber: z.string().nullable(),
  visitedAt: z.string().nullable(),
  /** Only for the roles that handle the case; absent otherwise. */
  contact: CustomerContactSchema.nullable().optional(),
  events: z.array(ComplaintEventSchema),
  nextSteps: z.array(EventTypeSchema),
  rating: z.number().int().nullable(),
  /** The customer's photo from the public form, if they sent one: GET /api/complaints/{id}/photo. */
  photo: z.object({ contentType: z.string(), sizeBytes: z.number().int() }).nullable().optional(),
});
export type ComplaintDetail = z.infer<typeof ComplaintDetailSchema>;
export const ComplaintListSchema = pageSchema(ComplaintSummarySchema);

export const ComplaintQuerySchema = z.strictObject({
  ...PageQueryShape,
  status: ComplaintStatusSchema.optional(),
  severity: SeveritySchema.optional(),
  category: CategorySchema.optional(),
  channel: ChannelSchema.optional(),
  sla: z.enum(['breached', 'running', 'met']).optional(),
  locationId: z.uuid().optional(),
  from: IsoDateTimeSchema.optional(),
  to: IsoDateTimeSchema.optional(),
  /**
   * A reference, words of the description, or (for the roles that see contacts)
   * a customer's e-mail or phone number: what staff hear on a phone call.
   */
  q: z.string().trim().min(2, 'at least 2 characters').max(200).optional(),
  /** dueAt: most urgent first, by the due time of the running clock (acknowledge, then resolve); stopped clocks last. */
  sort: z.enum(['receivedAt', '-receivedAt', 'severity', '-severity', 'status', 'dueAt']).default('-receivedAt'),
});
export type ComplaintQuery = z.infer<typeof ComplaintQuerySchema>;

export const RecordEventSchema = z
  .strictObject({
    type: z.enum(HANDLING_EVENT_TYPES),
    note: z.string().trim().max(2000).optional(),
    /** With compensation_offered only. */
    kind: CompensationKindSchema.optional(),
    value: z.number().min(0).max(1_000_000).optional(),
    /** Why the compensation steps outside the playbook's range; kept with the event. */
    reason: z.string().trim().min(1).max(2000).optional(),
  })
  .superRefine((e, ctx) => {
    const compensation = e.type === 'compensation_offered';
    for (const field of ['kind', 'value'] as const) {
      if (compensation && e[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'required with compensation_offered' });
    }
    for (const field of ['kind', 'value', 'reason'] as const) {
      if (!compensation && e[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'only with compensation_offered' });
    }
  });
export type RecordEvent = z.infer<typeof RecordEventSchema>;

export const SetSeveritySchema = z.strictObject({ severity: SeveritySchema, note: z.string().trim().max(2000).optional() });

export const FileDisputeSchema = z.strictObject({ reason: DisputeReasonSchema, explanation: z.string().trim().min(10, 'at least 10 characters').max(2000) });
export type FileDispute = z.infer<typeof FileDisputeSchema>;
export const RuleDisputeSchema = z.strictObject({ ruling: z.enum(['upheld', 'rejected']), explanation: z.string().trim().min(10, 'at least 10 characters').max(2000) });
export type RuleDispute = z.infer<typeof RuleDisputeSchema>;

export const RatingSchema = z.strictObject({ rating: z.number().int().min(1).max(5), comment: z.string().trim().max(2000).optional() });
export type Rating = z.infer<typeof RatingSchema>;

export const PublicStatusSchema = z.object({
  reference: z.string(),
  locationName: z.string(),
  status: ComplaintStatusSchema,
  receivedAt: z.string(),
  steps: z.array(z.object({ type: EventTypeSchema, at: z.string() })),
  canRate: z.boolean(),
  rating: z.number().int().nullable(),
});
export type PublicStatus = z.infer<typeof PublicStatusSchema>;
