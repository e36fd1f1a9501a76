import { z } from 'zod';
import { CategorySchema, CustomerContactSchema, OrderNumberSchema, VisitedAtSchema } from './complaints';
import { CodeSchema } from './network';

/**
 * A machine that talks to Franscore with a token an admin issued: an in-store
 * button bound to one location, a partner channel (delivery partner or app)
 * filing for any active location, or a point-of-sale feed (order volumes).
 */
export const API_CLIENT_KINDS = ['in_store_button', 'partner', 'pos'] as const;
export const ApiClientKindSchema = z.enum(API_CLIENT_KINDS);
export type ApiClientKind = z.infer<typeof ApiClientKindSchema>;

export const PARTNER_CHANNELS = ['delivery_partner', 'app'] as const;
export const PartnerChannelSchema = z.enum(PARTNER_CHANNELS);

export const ApiClientSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: ApiClientKindSchema,
  /** The channel its complaints are filed with; null for a point-of-sale feed. */
  channel: z.enum(['in_store_button', ...PARTNER_CHANNELS]).nullable(),
  locationId: z.uuid().nullable(),
  locationCode: z.string().nullable(),
  locationName: z.string().nullable(),
  /** The token's first characters, so an admin can tell tokens apart; the token itself is never stored. */
  tokenPrefix: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type ApiClient = z.infer<typeof ApiClientSchema>;

export const IssueApiClientSchema = z
  .strictObject({
    name: z.string().trim().min(2, 'at least 2 characters').max(100),
    kind: ApiClientKindSchema,
    /** Required for an in-store button; optional for a point-of-sale feed; not for a partner. */
    locationId: z.uuid().optional(),
    /** Required for a partner; not for the other kinds. */
    channel: PartnerChannelSchema.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.kind === 'in_store_button' && !c.locationId) ctx.addIssue({ code: 'custom', path: ['locationId'], message: 'required for an in-store button' });
    if (c.kind === 'partner' && c.locationId) ctx.addIssue({ code: 'custom', path: ['locationId'], message: 'a partner files for any location' });
    if (c.kind === 'partner' && !c.channel) ctx.addIssue({ code: 'custom', path: ['channel'], message: 'required for a partner' });
    if (c.kind !== 'partner' && c.channel) ctx.addIssue({ code: 'custom', path: ['channel'], message: 'only for a partner' });
  });
export type IssueApiClient = z.infer<typeof IssueApiClientSchema>;

/** The one answer that carries the token: it is shown once and stored only hashed. */
export const IssuedApiClientSchema = z.object({ client: ApiClientSchema, token: z.string() });
export type IssuedApiClient = z.infer<typeof IssuedApiClientSchema>;

/**
 * What an API client sends to file a complaint. A button may send nothing: its
 * location comes from the token, the category defaults to `other` and the
 * severity is suggested from the category. A partner names the location.
 */
export const ClientComplaintSchema = z.strictObject({
  locationCode: CodeSchema.optional(),
  category: CategorySchema.default('other'),
  description: z.string().trim().min(3, 'at least 3 characters').max(4000).optional(),
  remedySought: z.string().trim().max(1000).optional(),
  contact: CustomerContactSchema.optional(),
  orderNumber: OrderNumberSchema.optional(),
  visitedAt: VisitedAtSchema.optional(),
});
export type ClientComplaint = z.infer<typeof ClientComplaintSchema>;
