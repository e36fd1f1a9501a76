import type { HistoricalComplaint, HistoricalEvent, PolicyRules } from '@franscore/domain';
import { clockColumns, complaintClocks } from './complaint-clocks';
import { applyEvent, EMPTY_TIMELINE, refusal, TimelineState } from './complaint-timeline';

export type { HistoricalComplaint, HistoricalEvent };

export type DerivedColumns = ReturnType<typeof clockColumns> & {
  status: TimelineState['status'];
  rating: number | null;
  dispute: TimelineState['dispute'];
  event_count: number;
};

/**
 * Replays a timeline through the same rules as live handling and derives the
 * stored columns as of `asOf`; answers why it cannot, when an event is out of order or impossible.
 */
export function deriveHistorical(h: HistoricalComplaint, rules: PolicyRules, asOf: Date): { derived: DerivedColumns } | { error: string } {
  if (h.receivedAt > asOf) return { error: 'received in the future' };
  let timeline = EMPTY_TIMELINE;
  let previous = h.receivedAt;
  let rating: number | null = null;
  for (const [i, e] of h.events.entries()) {
    if (e.at < previous) return { error: `event ${i + 1} (${e.type}) is earlier than the one before it` };
    if (e.at > asOf) return { error: `event ${i + 1} (${e.type}) is in the future` };
    const reason = refusal(timeline, e.type);
    if (reason) return { error: `event ${i + 1} (${e.type}): ${reason}` };
    timeline = applyEvent(timeline, e);
    if (e.type === 'followup_rating') rating = Number(e.data['rating']);
    previous = e.at;
  }
  const clocks = complaintClocks(h.calendar, h.receivedAt, h.severity, rules, timeline, asOf);
  return {
    derived: { ...clockColumns(clocks, timeline), status: timeline.status, rating, dispute: timeline.dispute, event_count: h.events.length },
  };
}
