import { z } from 'zod';
import { PageQueryShape, pageSchema } from './paging';

/**
 * Outgoing webhooks: what happened in Franscore, told to the chain's own
 * systems (chat, CRM, ticketing) over HTTPS, signed with a per-endpoint secret.
 */
export const WEBHOOK_EVENT_TYPES = ['complaint.received', 'complaint.sla_breached', 'complaint.resolved', 'scorecard.finalized', 'enforcement_case.changed'] as const;
export const WebhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = z.infer<typeof WebhookEventTypeSchema>;

/** Attempts per delivery before it is marked failed (the first send included). */
export const WEBHOOK_MAX_ATTEMPTS = 8;
/** How old a signature's timestamp a receiver should still accept, in seconds (the README's verification uses it). */
export const WEBHOOK_SIGNATURE_TOLERANCE_SECONDS = 300;

/** The body every delivery POSTs; `id` is the event's and stays the same on every retry and replay. */
export const WebhookPayloadSchema = z.object({
  id: z.uuid(),
  type: WebhookEventTypeSchema,
  occurredAt: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type WebhookPayload = z.infer<typeof WebhookPayloadSchema>;

export const WebhookEndpointSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string(),
  events: z.array(WebhookEventTypeSchema),
  active: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string(),
  /** When the secret was last generated (at creation or a rotation); the secret itself is shown only then. */
  secretCreatedAt: z.string(),
  /** Deliveries waiting to be sent or retried. */
  pending: z.number().int(),
  /** Deliveries that used every attempt. */
  failed: z.number().int(),
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpointSchema>;

const events = z
  .array(WebhookEventTypeSchema)
  .min(1, 'choose at least one event')
  .transform((list) => [...new Set(list)]);

export const CreateWebhookEndpointSchema = z.strictObject({
  /** https, and not to a loopback, private, link-local or unique-local address (checked after DNS resolution). */
  url: z.url({ protocol: /^https?$/, message: 'an http(s) URL' }).max(2048),
  description: z.string().trim().max(200).default(''),
  events,
  active: z.boolean().default(true),
});
export type CreateWebhookEndpoint = z.infer<typeof CreateWebhookEndpointSchema>;

export const UpdateWebhookEndpointSchema = z
  .strictObject({
    description: z.string().trim().max(200).optional(),
    events: events.optional(),
    active: z.boolean().optional(),
  })
  .refine((u) => u.description !== undefined || u.events !== undefined || u.active !== undefined, { message: 'nothing to change', path: ['active'] });
export type UpdateWebhookEndpoint = z.infer<typeof UpdateWebhookEndpointSchema>;

/** The only answers that carry the secret: at creation and at a rotation. */
/** `GET /api/webhooks/endpoints`. */
export const WebhookEndpointListSchema = z.array(WebhookEndpointSchema);

export const WebhookEndpointWithSecretSchema = z.object({ endpoint: WebhookEndpointSchema, secret: z.string() });
export type WebhookEndpointWithSecret = z.infer<typeof WebhookEndpointWithSecretSchema>;

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export const WebhookDeliveryStatusSchema = z.enum(WEBHOOK_DELIVERY_STATUSES);
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatusSchema>;

/** One try at sending: what the receiver answered (or why nothing came back), how long it took, and when the next try is due. */
export const WebhookAttemptSchema = z.object({
  attempt: z.number().int(),
  startedAt: z.string(),
  durationMs: z.number().int(),
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
});
export type WebhookAttempt = z.infer<typeof WebhookAttemptSchema>;

export const WebhookDeliverySchema = z.object({
  id: z.uuid(),
  endpointId: z.uuid(),
  eventId: z.uuid(),
  eventType: WebhookEventTypeSchema,
  occurredAt: z.string(),
  status: WebhookDeliveryStatusSchema,
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
  /** The delivery an admin replayed to make this one. */
  replayOf: z.uuid().nullable(),
  log: z.array(WebhookAttemptSchema),
});
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;
/** `GET /api/webhooks/endpoints/{id}/deliveries`: the delivery log, newest first. */
export const WebhookDeliveryListSchema = pageSchema(WebhookDeliverySchema);

export const WebhookDeliveryQuerySchema = z.strictObject({
  ...PageQueryShape,
  status: WebhookDeliveryStatusSchema.optional(),
});
export type WebhookDeliveryQuery = z.infer<typeof WebhookDeliveryQuerySchema>;
