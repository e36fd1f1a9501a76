import type { Alert, AlertKind, PushMessage } from '@franscore/domain';

/** Options web-push turns into the push service's headers (RFC 8030). */
export interface PushDelivery {
  message: PushMessage;
  urgency: 'normal' | 'high';
  /** Seconds the push service keeps it for a phone that is off: an alert is stale after the acknowledge clock of a minor complaint. */
  ttlSeconds: number;
}

const TITLES: Record<AlertKind, string> = {
  complaint_received: 'New complaint',
  acknowledge_breached: 'Not acknowledged in time',
  resolve_breached: 'Not resolved in time',
};

/** A long, insistent pattern for a critical complaint, a short one otherwise (ms on, off, on...). */
export const LOUD_VIBRATION = [400, 150, 400, 150, 400, 150, 800];
export const QUIET_VIBRATION = [200, 100, 200];

/**
 * The notification a phone shows for an alert. A critical complaint is loud:
 * high urgency (the push service wakes a sleeping phone at once), it stays on
 * screen until touched, and its own tag keeps it from replacing, or being
 * replaced by, an ordinary one.
 */
export function pushDeliveryFor(alert: Alert): PushDelivery {
  const critical = alert.severity === 'critical';
  const title = `${critical ? 'CRITICAL: ' : ''}${TITLES[alert.kind]} · ${alert.locationCode}`;
  return {
    urgency: critical ? 'high' : 'normal',
    ttlSeconds: 60 * 60,
    message: {
      title,
      body: `${alert.reference} (${alert.severity})`,
      url: `/complaints/${alert.complaintId}`,
      tag: `${critical ? 'critical' : 'complaint'}-${alert.reference}-${alert.kind}`,
      critical,
      requireInteraction: critical,
      vibrate: critical ? LOUD_VIBRATION : QUIET_VIBRATION,
      alertId: alert.id,
      complaintId: alert.complaintId,
      kind: alert.kind,
      reference: alert.reference,
      locationCode: alert.locationCode,
      severity: alert.severity,
    },
  };
}

/** A push service answering 404 or 410 says the subscription is gone for good (RFC 8030 §7.3); it is deleted. */
export const subscriptionGone = (status: number): boolean => status === 404 || status === 410;
