import {
  Category,
  Channel,
  HistoricalComplaint,
  HistoricalEvent,
  DEFAULT_POLICY_RULES,
  DisputeReason,
  EventType,
  PolicyRules,
  Severity,
  SUGGESTED_SEVERITY,
} from '@franscore/domain';
import { addBusinessMinutes, BusinessCalendar } from '@franscore/scoring';
import { SeedLocation, SeedNetwork } from './network';
import { SeededRandom } from '@franscore/scoring';

export type SeedEvent = HistoricalEvent;
/** Seed complaints have ids, so reruns of the same seed give the same rows. */
export type SeedComplaint = HistoricalComplaint & { id: string };

/** How a location handles complaints: the demo needs every band on the league table. */
export type HandlingProfile = 'good' | 'slow' | 'failing';

export interface ComplaintHistoryOptions {
  now: Date;
  months: number;
  /** Mean complaints per location per month. */
  perMonth: number;
  rules?: PolicyRules;
}

const CATEGORY_MIX: Array<[Category, number]> = [
  ['wait_time', 24], ['food_quality', 20], ['order_accuracy', 16], ['staff_behaviour', 10], ['delivery', 10],
  ['billing', 8], ['hygiene', 7], ['other', 3], ['safety', 2],
];
const CHANNEL_MIX: Array<[Channel, number]> = [
  ['qr_form', 40], ['in_store_button', 15], ['app', 15], ['delivery_partner', 10], ['email', 10], ['phone', 6], ['social', 4],
];
const TEXT: Record<Category, string[]> = {
  food_quality: ['The burger was cold and the fries soggy.', 'Salad leaves were wilted and brown.', 'Chicken was undercooked in the middle.'],
  wait_time: ['Waited 40 minutes for a takeaway order.', 'Nobody at the counter for 15 minutes.', 'Drive-thru queue did not move for half an hour.'],
  staff_behaviour: ['The cashier was rude when I asked for a receipt.', 'Staff ignored us and kept chatting.', 'Manager raised his voice at my child.'],
  order_accuracy: ['Got a fish burger instead of chicken.', 'Two items missing from the bag.', 'Drink was wrong and no sauce.'],
  hygiene: ['Tables were sticky and the bin overflowing.', 'Toilets had no soap or paper.', 'Saw a mouse near the counter.'],
  safety: ['Found a piece of glass in my salad.', 'Wet floor without a sign, I slipped.', 'Allergen not listed, my son reacted.'],
  billing: ['Charged twice for one meal.', 'Discount code was not applied.', 'Card charged but order cancelled.'],
  delivery: ['Delivery arrived an hour late and cold.', 'Courier left the bag at the wrong door.', 'Package was torn and drinks spilled.'],
  other: ['The music was far too loud.', 'Parking was blocked by delivery vans.', 'Wi-Fi password on the wall is wrong.'],
};
const REMEDIES = ['Refund please', 'A replacement meal', 'An apology', null, null];

function weighted<T>(rnd: SeededRandom, mix: Array<[T, number]>): T {
  const total = mix.reduce((s, [, w]) => s + w, 0);
  let r = rnd.next() * total;
  for (const [v, w] of mix) if ((r -= w) < 0) return v;
  return mix[mix.length - 1][0];
}

export function profileOf(index: number, rnd: SeededRandom): HandlingProfile {
  const r = rnd.next();
  // The first few locations are fixed so the demo logins always meet each kind.
  if (index === 1) return 'slow';
  if (index === 2) return 'failing';
  return r < 0.7 ? 'good' : r < 0.9 ? 'slow' : 'failing';
}

/**
 * Two locations of the first region (rm@'s) whose handling changes over the months, so the regional
 * manager meets both ends of a cure period at home, as the rules make them of the scores: `slipping`
 * handles well until the last closed month and fails in it (a fresh warning), `recovering` fails in
 * the first scored month and handles well after it (a warning, then cured). They are the region's
 * first two locations past the fixed ones (`profileOf`) that franchisee@ does not own: franchisee@'s
 * own case is the one they answer with a plan.
 */
export function demoStoryLocations(net: SeedNetwork): { slipping?: SeedLocation; recovering?: SeedLocation } {
  const [slipping, recovering] = net.locations.filter((l, i) => i > 2 && l.regionId === net.regions[0]?.id && l.franchiseeId !== net.franchisees[0]?.id);
  return { slipping, recovering };
}

/** How a story location handles a complaint received `monthsBack` calendar months (UTC) before now's. */
const STORY_ARCS: Record<'slipping' | 'recovering', (monthsBack: number) => HandlingProfile> = {
  slipping: (back) => (back <= 1 ? 'failing' : 'good'),
  recovering: (back) => (back >= 3 ? 'failing' : 'good'),
};
/** A story location's complaints a month, as a share of the mean: enough for every month's card to be enforced. */
const STORY_VOLUME = 1.5;

/** Minutes past the target (as a share of it) at which each profile acts. */
const DELAY: Record<HandlingProfile, { lateShare: number; never: number; late: [number, number] }> = {
  good: { lateShare: 0.04, never: 0, late: [1.1, 1.6] },
  slow: { lateShare: 0.35, never: 0.02, late: [1.2, 3] },
  failing: { lateShare: 0.6, never: 0.12, late: [2, 6] },
};
const RATINGS: Record<HandlingProfile, number[]> = { good: [5, 5, 4, 4, 3], slow: [4, 3, 3, 2, 5], failing: [1, 2, 2, 3, 1] };

function delay(rnd: SeededRandom, profile: HandlingProfile, target: number): number | null {
  const p = DELAY[profile];
  if (rnd.next() < p.never) return null;
  const share = rnd.next() < p.lateShare ? p.late[0] + rnd.next() * (p.late[1] - p.late[0]) : 0.1 + rnd.next() * 0.8;
  return Math.max(1, Math.round(target * share));
}

/** Several months of complaints and handling for a network, deterministic for a seed. */
export function generateComplaints(net: SeedNetwork, seed: number, opts: ComplaintHistoryOptions): SeedComplaint[] {
  const rnd = new SeededRandom(seed ^ 0x5eed);
  const rules = opts.rules ?? DEFAULT_POLICY_RULES;
  const out: SeedComplaint[] = [];
  const windowStart = new Date(opts.now.getTime() - opts.months * 30 * 86_400_000);
  const story = demoStoryLocations(net);
  const monthIndex = (at: Date) => at.getUTCFullYear() * 12 + at.getUTCMonth();
  net.locations.forEach((loc, index) => {
    const profile = profileOf(index, rnd);
    const count = Math.round(opts.perMonth * opts.months * (0.6 + rnd.next() * 0.8) * (profile === 'failing' ? 1.6 : 1));
    const drawn: SeedComplaint[] = [];
    for (let i = 0; i < count; i++) {
      const c = oneComplaint(rnd, loc, () => profile, rules, windowStart, opts.now);
      if (c) drawn.push(c);
    }
    const arc = loc === story.slipping ? STORY_ARCS.slipping : loc === story.recovering ? STORY_ARCS.recovering : null;
    if (!arc) {
      out.push(...drawn);
      return;
    }
    // A story location draws from its own stream, after the shared one has moved on as before: every other location keeps its history.
    const own = new SeededRandom((seed ^ 0x570e) + index);
    const profileAt = (at: Date) => arc(monthIndex(opts.now) - monthIndex(at));
    for (let i = 0; i < Math.round(opts.perMonth * opts.months * STORY_VOLUME); i++) {
      const c = oneComplaint(own, loc, profileAt, rules, windowStart, opts.now);
      if (c) out.push(c);
    }
  });
  // References by position: unique by construction at any network size.
  const sorted = out
    .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
    .map((c, i) => ({ ...c, reference: `C-D${String(i + 1).padStart(7, '0')}` }));
  return withSerialComplainer(sorted, opts.now);
}

/** The demo's one customer whose complaints the bad-faith rules flag (DOMAIN.md "Bad-faith signals"). */
export const DEMO_SERIAL_COMPLAINER = 'serial.complainer@example.com';

/**
 * Gives the last complaints at three different locations within the past
 * three weeks to one customer, so head office and the franchisees concerned
 * find a flagged pattern in the demo, as a real chain meets one sooner or later.
 */
function withSerialComplainer(complaints: SeedComplaint[], now: Date): SeedComplaint[] {
  const since = now.getTime() - 21 * 86_400_000;
  const chosen = new Map<string, string>();
  for (let i = complaints.length - 1; i >= 0 && chosen.size < 3; i--) {
    const c = complaints[i];
    if (c.receivedAt.getTime() < since) break;
    if (![...chosen.values()].includes(c.locationId)) chosen.set(c.id, c.locationId);
  }
  if (chosen.size < 3) return complaints;
  return complaints.map((c) => (chosen.has(c.id) ? { ...c, contact: { email: DEMO_SERIAL_COMPLAINER } } : c));
}

function oneComplaint(
  rnd: SeededRandom,
  loc: SeedLocation,
  profileAt: (receivedAt: Date) => HandlingProfile,
  rules: PolicyRules,
  from: Date,
  now: Date,
): SeedComplaint | null {
  const calendar: BusinessCalendar = { timeZone: loc.timeZone, hours: loc.businessHours };
  const day = new Date(from.getTime() + rnd.next() * (now.getTime() - from.getTime()));
  const receivedAt = addBusinessMinutes(calendar, day, rnd.int(1, 240));
  if (!receivedAt || receivedAt >= now) return null;
  const profile = profileAt(receivedAt);
  const category = weighted(rnd, CATEGORY_MIX);
  const severity: Severity = category === 'safety' ? 'critical' : rnd.next() < 0.04 ? 'critical' : SUGGESTED_SEVERITY[category];
  const events: SeedEvent[] = [];
  const staff = `staff ${loc.code}`;
  const push = (type: EventType, at: Date | null, data: Record<string, unknown> = {}, actorLabel = staff, note: string | null = null) => {
    if (at && at < now) events.push({ type, at, actorLabel, note, data });
    return at !== null && at < now;
  };
  const after = (minutes: number | null) => (minutes === null ? null : addBusinessMinutes(calendar, receivedAt, minutes));

  const ackAfter = delay(rnd, profile, rules.slaMinutes.acknowledge[severity]);
  const acknowledged = push('acknowledged', after(ackAfter));
  if (acknowledged && rnd.next() < (profile === 'good' ? 0.85 : 0.4)) push('apologized', after((ackAfter ?? 0) + 5), {}, staff, 'Sorry, this should not have happened to you and it is on us.');
  const resolveAfter = ackAfter === null ? null : delay(rnd, profile, rules.slaMinutes.resolve[severity]);
  const resolveMinutes = resolveAfter === null ? null : Math.max(resolveAfter, (ackAfter ?? 0) + 10);
  if (acknowledged && resolveMinutes !== null && rnd.next() < 0.5) push('action_taken', after(Math.round(((ackAfter ?? 0) + resolveMinutes) / 2)), {}, staff, 'Checked the kitchen and briefed the shift.');
  if (acknowledged && resolveMinutes !== null && rnd.next() < 0.3) {
    push('compensation_offered', after(resolveMinutes - 5), { kind: rnd.pick(['refund', 'voucher', 'gift'] as const), value: rnd.pick([5, 10, 15, 20]) });
  }
  const resolved = acknowledged && push('resolved', after(resolveMinutes), {}, staff);
  const resolvedAt = events.find((e) => e.type === 'resolved')?.at;
  if (resolved && resolvedAt && rnd.next() < 0.55) {
    push('followup_rating', new Date(resolvedAt.getTime() + rnd.int(2, 72) * 3_600_000), { rating: rnd.pick(RATINGS[profile]) }, 'customer');
  }
  if (profile !== 'good' && rnd.next() < 0.05) addDispute(rnd, events, receivedAt, now);

  const contact = rnd.next() < 0.6 ? { email: `guest${rnd.int(1000, 99999)}@example.com` } : null;
  return {
    id: rnd.uuid(),
    reference: '',
    locationId: loc.id,
    calendar,
    channel: weighted(rnd, CHANNEL_MIX),
    category,
    severity,
    receivedAt,
    description: rnd.pick(TEXT[category]),
    remedySought: rnd.pick(REMEDIES),
    contact,
    idempotencyKey: `seed:${rnd.uuid()}`,
    events,
  };
}

function addDispute(rnd: SeededRandom, events: SeedEvent[], receivedAt: Date, now: Date): void {
  const last = events.length ? events[events.length - 1].at : receivedAt;
  const filedAt = new Date(last.getTime() + 3_600_000);
  if (filedAt >= now) return;
  const reason: DisputeReason = rnd.pick(['duplicate', 'prank', 'abusive', 'already_fixed_repeat'] as const);
  events.push({ type: 'dispute_filed', at: filedAt, actorLabel: 'franchisee', note: 'We believe this complaint was not made in good faith.', data: { reason } });
  const ruledAt = new Date(filedAt.getTime() + 2 * 86_400_000);
  if (ruledAt >= now || rnd.next() < 0.2) return;
  const upheld = rnd.next() < 0.6;
  events.push({ type: upheld ? 'dispute_upheld' : 'dispute_rejected', at: ruledAt, actorLabel: 'auditor@franscore.demo', note: upheld ? 'Evidence supports the franchisee.' : 'The complaint is credible.', data: {} });
}

type Score = 0 | 1 | 2 | null;

/**
 * What a fair auditor would score for a demo case, read off its timeline: an
 * acknowledgement shows listening, an apology event a sincere apology, and so on.
 */
export function demoCaseCriteria(events: ReadonlyArray<{ type: EventType }>): Record<'listen' | 'acknowledge' | 'takeAction' | 'thank' | 'explain' | 'sincereApology' | 'proportionateCompensation', Score> {
  const has = (t: EventType) => events.some((e) => e.type === t);
  return {
    listen: has('acknowledged') ? 2 : 0,
    acknowledge: has('acknowledged') ? (has('apologized') ? 2 : 1) : 0,
    takeAction: has('action_taken') ? 2 : has('resolved') ? 1 : 0,
    thank: has('followup_rating') ? 2 : 1,
    explain: has('resolved') ? (has('action_taken') ? 2 : 1) : 0,
    sincereApology: has('apologized') ? 2 : 0,
    proportionateCompensation: has('compensation_offered') ? 2 : null,
  };
}
