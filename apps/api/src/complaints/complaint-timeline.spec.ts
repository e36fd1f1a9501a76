import type { EventType } from '@franscore/domain';
import { acknowledgeStoppedAt, applyEvent, foldTimeline, nextSteps, refusal, TimelineEvent } from './complaint-timeline';

let minute = 0;
const ev = (type: EventType): TimelineEvent => ({ type, at: new Date(Date.UTC(2026, 10, 2, 9, minute++)) });
const state = (...types: EventType[]) => foldTimeline(types.map(ev));

describe(foldTimeline.name, () => {
  it.each([
    { events: [] as EventType[], status: 'open' },
    { events: ['apologized'] as EventType[], status: 'open' },
    { events: ['acknowledged'] as EventType[], status: 'acknowledged' },
    { events: ['acknowledged', 'resolved'] as EventType[], status: 'resolved' },
    { events: ['resolved'] as EventType[], status: 'resolved' },
    { events: ['acknowledged', 'resolved', 'reopened'] as EventType[], status: 'acknowledged' },
    { events: ['acknowledged', 'resolved', 'followup_rating'] as EventType[], status: 'closed' },
    { events: ['dispute_filed', 'dispute_upheld'] as EventType[], status: 'closed' },
    { events: ['dispute_filed', 'dispute_rejected'] as EventType[], status: 'open' },
  ])('$events -> $status', ({ events, status }) => {
    expect(state(...events).status).toBe(status);
  });

  it('turns waiting and replying into a closed pause', () => {
    const s = state('acknowledged', 'waiting_on_customer', 'customer_replied');
    expect(s.waitingSince).toBeNull();
    expect(s.pauses).toHaveLength(1);
    expect(s.pauses[0].to).not.toBeNull();
  });

  it('ends a pause when resolving while waiting', () => {
    const s = state('acknowledged', 'waiting_on_customer', 'resolved');
    expect(s.pauses[0].to).toEqual(s.resolvedAt);
  });

  it('keeps the first resolution for the clock across a reopen', () => {
    const s = state('acknowledged', 'resolved', 'reopened', 'resolved');
    expect(s.firstResolvedAt).not.toEqual(s.resolvedAt);
  });

  it('stops the acknowledge clock at a resolution that came first', () => {
    const s = state('resolved');
    expect(acknowledgeStoppedAt(s)).toEqual(s.resolvedAt);
  });
});

describe(refusal.name, () => {
  it.each([
    { before: ['acknowledged'] as EventType[], type: 'acknowledged' as EventType, reason: /already acknowledged/ },
    { before: ['resolved'] as EventType[], type: 'resolved' as EventType, reason: /already resolved/ },
    { before: [] as EventType[], type: 'reopened' as EventType, reason: /only a resolved/ },
    { before: [] as EventType[], type: 'customer_replied' as EventType, reason: /not waiting/ },
    { before: ['waiting_on_customer'] as EventType[], type: 'waiting_on_customer' as EventType, reason: /already waiting/ },
    { before: ['resolved'] as EventType[], type: 'apologized' as EventType, reason: /reopen it first/ },
    { before: [] as EventType[], type: 'followup_rating' as EventType, reason: /not resolved/ },
    { before: ['resolved', 'followup_rating'] as EventType[], type: 'reopened' as EventType, reason: /closed/ },
    { before: ['dispute_filed'] as EventType[], type: 'dispute_filed' as EventType, reason: /already been disputed/ },
    { before: [] as EventType[], type: 'dispute_upheld' as EventType, reason: /no pending dispute/ },
  ])('refuses $type after $before', ({ before, type, reason }) => {
    expect(refusal(state(...before), type)).toMatch(reason);
  });

  it.each([
    { before: [] as EventType[], type: 'acknowledged' as EventType },
    { before: ['acknowledged'] as EventType[], type: 'compensation_offered' as EventType },
    { before: ['acknowledged', 'waiting_on_customer'] as EventType[], type: 'customer_replied' as EventType },
    { before: ['resolved'] as EventType[], type: 'followup_rating' as EventType },
    { before: ['resolved', 'followup_rating'] as EventType[], type: 'dispute_filed' as EventType },
  ])('allows $type after $before', ({ before, type }) => {
    const s = state(...before);
    expect(refusal(s, type)).toBeNull();
    expect(() => applyEvent(s, ev(type))).not.toThrow();
  });
});

describe(nextSteps.name, () => {
  it('offers acknowledging first and reopening only after resolution', () => {
    expect(nextSteps(state())).toContain('acknowledged');
    expect(nextSteps(state())).not.toContain('reopened');
    expect(nextSteps(state('acknowledged', 'resolved'))).toEqual(['reopened']);
    expect(nextSteps(state('acknowledged', 'resolved', 'followup_rating'))).toEqual([]);
  });
});
