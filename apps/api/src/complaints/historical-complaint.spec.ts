import { DEFAULT_POLICY_RULES } from '@franscore/domain';
import { deriveHistorical, HistoricalComplaint, HistoricalEvent } from './historical-complaint';

const s = { open: '09:00', close: '17:00' };
const complaint = (events: Array<[HistoricalEvent['type'], string, Record<string, unknown>?]>): HistoricalComplaint => ({
  reference: 'ZD-1',
  locationId: 'L1',
  calendar: { timeZone: 'UTC', hours: { mon: s, tue: s, wed: s, thu: s, fri: s } },
  channel: 'email',
  category: 'wait_time',
  severity: 'major', // acknowledge 60, resolve 1440 business minutes
  receivedAt: new Date('2026-03-02T09:00:00Z'),
  description: 'Slow',
  remedySought: null,
  contact: null,
  idempotencyKey: 'import:ZD-1',
  events: events.map(([type, at, data]) => ({ type, at: new Date(at), actorLabel: 'import', note: null, data: data ?? {} })),
});
const asOf = new Date('2026-04-01T00:00:00Z');

describe(deriveHistorical.name, () => {
  it('derives status, rating and on-time clocks from a good timeline', () => {
    const result = deriveHistorical(
      complaint([
        ['acknowledged', '2026-03-02T09:30:00Z'],
        ['resolved', '2026-03-02T15:00:00Z'],
        ['followup_rating', '2026-03-03T10:00:00Z', { rating: 5 }],
      ]),
      DEFAULT_POLICY_RULES,
      asOf,
    );
    expect(result).toEqual({
      derived: expect.objectContaining({ status: 'closed', rating: 5, ack_breached_at: null, resolve_breached_at: null, event_count: 3 }),
    });
  });

  it('records the breach instant of a late acknowledgement', () => {
    const result = deriveHistorical(complaint([['acknowledged', '2026-03-02T11:00:00Z']]), DEFAULT_POLICY_RULES, asOf);
    expect('derived' in result && result.derived.ack_breached_at?.toISOString()).toBe('2026-03-02T10:00:00.000Z');
  });

  it.each([
    { name: 'out of order', events: [['resolved', '2026-03-02T12:00:00Z'], ['acknowledged', '2026-03-02T10:00:00Z']] as const, error: /earlier than/ },
    { name: 'impossible step', events: [['acknowledged', '2026-03-02T10:00:00Z'], ['acknowledged', '2026-03-02T11:00:00Z']] as const, error: /already acknowledged/ },
    { name: 'in the future', events: [['acknowledged', '2027-01-01T10:00:00Z']] as const, error: /future/ },
  ])('refuses a timeline $name', ({ events, error }) => {
    const result = deriveHistorical(complaint(events.map(([t, a]) => [t, a])), DEFAULT_POLICY_RULES, asOf);
    expect('error' in result && result.error).toMatch(error);
  });
});
