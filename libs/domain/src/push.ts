import { z } from 'zod';

/** RFC 7515 base64url without padding, as browsers give a subscription's keys. */
const base64url = (bytes: { min: number; max: number }) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'base64url')
    .min(Math.ceil((bytes.min * 4) / 3), `at least ${bytes.min} bytes`)
    .max(Math.ceil((bytes.max * 4) / 3), `at most ${bytes.max} bytes`);

/** A push service's endpoint: the browser's vendor runs it; loopback http only so tests can stand in for it. */
export const PushEndpointSchema = z.url({ protocol: /^https?$/ }).max(2048);

/** What `PushSubscription.toJSON()` gives in the browser (W3C Push API). */
export const PushSubscriptionSchema = z.strictObject({
  endpoint: PushEndpointSchema,
  expirationTime: z.number().nullable().optional(),
  keys: z.strictObject({
    /** The browser's P-256 ECDH public key, uncompressed (65 bytes). */
    p256dh: base64url({ min: 65, max: 65 }),
    /** The auth secret (16 bytes). */
    auth: base64url({ min: 16, max: 16 }),
  }),
});
export type PushSubscriptionBody = z.infer<typeof PushSubscriptionSchema>;

export const PushUnsubscribeSchema = z.strictObject({ endpoint: PushEndpointSchema });
export type PushUnsubscribe = z.infer<typeof PushUnsubscribeSchema>;

/** The VAPID public key (base64url) the browser subscribes with (`applicationServerKey`). */
export const PushKeySchema = z.object({ publicKey: z.string() });
export type PushKey = z.infer<typeof PushKeySchema>;

/**
 * What the service worker receives and shows. A critical complaint is loud:
 * it stays on screen until touched, vibrates longer and has a tag of its own,
 * so it does not silently replace an ordinary one.
 */
export const PushMessageSchema = z.object({
  title: z.string(),
  body: z.string(),
  /** Portal path to open on a tap. */
  url: z.string(),
  tag: z.string(),
  critical: z.boolean(),
  requireInteraction: z.boolean(),
  vibrate: z.array(z.number().int()),
  alertId: z.uuid(),
  complaintId: z.uuid(),
  kind: z.string(),
  reference: z.string(),
  locationCode: z.string(),
  severity: z.string(),
});
export type PushMessage = z.infer<typeof PushMessageSchema>;
