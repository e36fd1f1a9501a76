import type { BusinessHours } from './network';
import type { Category, Channel, CustomerContact, EventType } from './complaints';
import type { Severity } from './policy';

/** One event of a complaint's timeline, as imported or generated for the demo. */
export interface HistoricalEvent {
  type: EventType;
  at: Date;
  actorLabel: string;
  note: string | null;
  data: Record<string, unknown>;
}

/** A complaint with its whole timeline, from a help-desk import or the demo seed. */
export interface HistoricalComplaint {
  id?: string;
  reference: string;
  locationId: string;
  calendar: { timeZone: string; hours: BusinessHours };
  channel: Channel;
  category: Category;
  severity: Severity;
  receivedAt: Date;
  description: string;
  remedySought: string | null;
  contact: CustomerContact | null;
  idempotencyKey: string;
  events: HistoricalEvent[];
}
