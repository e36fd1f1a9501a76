import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { BusinessHours, EventType, PolicyRules, Severity } from '@franscore/domain';
import type { BusinessCalendar, ComplaintReading } from '@franscore/scoring';
import { complaintClocks } from '../complaints/complaint-clocks';
import { acknowledgeStoppedAt, foldTimeline, TimelineState } from '../complaints/complaint-timeline';
import { IN_PERIOD, PERIOD_OF_LOCATION } from './scorecard-inputs.repository';

interface ClockRow {
  id: string;
  reference: string;
  location_id: string;
  severity: Severity;
  received_at: Date;
  time_zone: string;
  business_hours: BusinessHours;
  events: Array<{ type: EventType; at: string }>;
}

/** What the clocks of one complaint are computed from. */
export interface ClockFacts {
  id: string;
  reference: string;
  locationId: string;
  severity: Severity;
  receivedAt: Date;
  calendar: BusinessCalendar;
  timeline: TimelineState;
}

/** The events that start, stop, pause or void an SLA clock; the others do not move it. */
const CLOCK_EVENTS: EventType[] = ['acknowledged', 'waiting_on_customer', 'customer_replied', 'resolved', 'reopened', 'dispute_upheld'];

/**
 * A period's complaints as clock readings, for the policy simulator: each
 * location's calendar month in its own time zone, as of `asOf`, without the
 * complaints an upheld dispute struck out (as scorecards count them).
 */
@Injectable()
export class SlaReadingsRepository {
  async read(m: EntityManager, locationIds: string[], period: string, asOf: Date): Promise<ClockFacts[]> {
    const rows: ClockRow[] = await m.query(
      `WITH ${PERIOD_OF_LOCATION}
       SELECT c.id, c.reference, c.location_id, c.severity, c.received_at, l.time_zone, l.business_hours,
              COALESCE((SELECT json_agg(json_build_object('type', e.type, 'at', e.at) ORDER BY e.seq)
                        FROM complaint_event e WHERE e.complaint_id = c.id AND e.type = ANY($4::text[]) AND e.at <= $3), '[]') AS events
       FROM ${IN_PERIOD} JOIN location l ON l.id = loc.id
       WHERE c.received_at <= $3
       ORDER BY c.id`,
      [locationIds, period, asOf, CLOCK_EVENTS],
    );
    return rows.flatMap((r) => {
      const timeline = foldTimeline(r.events.map((e) => ({ type: e.type, at: new Date(e.at) })));
      if (timeline.dispute === 'upheld') return [];
      return [{ id: r.id, reference: r.reference, locationId: r.location_id, severity: r.severity, receivedAt: r.received_at, calendar: { timeZone: r.time_zone, hours: r.business_hours }, timeline }];
    });
  }
}

/** A complaint's clocks under some targets, as of `asOf`. */
export function clocksOf(f: ClockFacts, rules: PolicyRules, asOf: Date) {
  return complaintClocks(f.calendar, f.receivedAt, f.severity, rules, f.timeline, asOf);
}

/** Elapsed business minutes do not depend on the target: the rules in force give the reading for every draft. */
export function readingOf(f: ClockFacts, rules: PolicyRules, asOf: Date): ComplaintReading {
  const clocks = clocksOf(f, rules, asOf);
  return {
    complaintId: f.id,
    reference: f.reference,
    locationId: f.locationId,
    severity: f.severity,
    acknowledge: { elapsedMinutes: clocks.acknowledge.elapsedMinutes, stopped: acknowledgeStoppedAt(f.timeline) !== null },
    resolve: { elapsedMinutes: clocks.resolve.elapsedMinutes, stopped: f.timeline.firstResolvedAt !== null },
  };
}
