import { CreateWebhookEndpoint, WEBHOOK_EVENT_TYPES, WebhookEventType } from '@franscore/domain';

export interface WebhookFormValue {
  readonly url: string;
  readonly description: string;
  readonly events: Readonly<Record<WebhookEventType, boolean>>;
}

/** Every event ticked: what most receivers want, so the form starts there. */
export function allEvents(): Record<WebhookEventType, boolean> {
  return Object.fromEntries(WEBHOOK_EVENT_TYPES.map((type) => [type, true])) as Record<WebhookEventType, boolean>;
}

/** The body of POST /api/webhooks/endpoints, or null while the URL is empty or no event is ticked. */
export function toCreateWebhookEndpoint(value: WebhookFormValue): CreateWebhookEndpoint | null {
  const url = value.url.trim();
  const events = WEBHOOK_EVENT_TYPES.filter((type) => value.events[type]);
  if (!url || events.length === 0) return null;
  return { url, description: value.description.trim(), events, active: true };
}
