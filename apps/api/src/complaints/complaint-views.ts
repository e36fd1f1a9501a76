import type { ComplaintDetail, ComplaintEvent, ComplaintSummary, PolicyRules, Role } from '@franscore/domain';
import { clockView, ComplaintClocks, storedClockView } from './complaint-clocks';
import { ComplaintRow, EventRow } from './complaints.repository';
import { nextSteps, TimelineState } from './complaint-timeline';

/** Roles that handle a case and so may see the customer's contact details. */
export const HANDLER_ROLES: readonly Role[] = ['location_staff', 'franchisee', 'admin', 'auditor'];
/** Whether a search may match customers' e-mail and phone: only for the roles that see them. */
export const searchesContacts = (role: Role): boolean => HANDLER_ROLES.includes(role);

export function summaryOf(r: ComplaintRow, rules: PolicyRules, now: Date): ComplaintSummary {
  return {
    id: r.id,
    reference: r.reference,
    locationId: r.location_id,
    locationCode: r.location_code,
    locationName: r.location_name,
    channel: r.channel,
    category: r.category,
    severity: r.severity,
    status: r.status,
    receivedAt: r.received_at.toISOString(),
    acknowledge: storedClockView(rules.slaMinutes.acknowledge[r.severity], { due: r.ack_due_at, done: r.ack_done_at, breached: r.ack_breached_at, waitingSince: r.waiting_since }, now),
    resolve: storedClockView(rules.slaMinutes.resolve[r.severity], { due: r.resolve_due_at, done: r.resolve_done_at, breached: r.resolve_breached_at, waitingSince: r.waiting_since }, now),
    disputed: r.dispute,
  };
}

export function eventOf(e: EventRow): ComplaintEvent {
  return { id: e.id, type: e.type, at: e.at.toISOString(), actorLabel: e.actor_label, note: e.note, data: e.data };
}

export function detailOf(r: ComplaintRow, events: EventRow[], timeline: TimelineState, clocks: ComplaintClocks, role: Role, rules: PolicyRules, now: Date): ComplaintDetail {
  return {
    ...summaryOf(r, rules, now),
    acknowledge: clockView(clocks.acknowledge),
    resolve: clockView(clocks.resolve),
    description: r.description,
    remedySought: r.remedy_sought,
    orderNumber: r.order_number ?? null,
    visitedAt: r.visited_at?.toISOString() ?? null,
    ...(HANDLER_ROLES.includes(role) ? { contact: r.contact } : {}),
    events: events.map(eventOf),
    nextSteps: HANDLER_ROLES.includes(role) ? nextSteps(timeline) : [],
    rating: r.rating,
    photo: r.photo_content_type ? { contentType: r.photo_content_type, sizeBytes: r.photo_size_bytes ?? 0 } : null,
  };
}
