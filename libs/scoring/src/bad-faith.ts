/**
 * Bad-faith signals (DOMAIN.md): a complaint is flagged, never judged, when its
 * customer contact filed at 3 or more locations within 30 days, or 3 or more
 * times at one location within 7 days. Only an auditor's ruling removes a
 * complaint from scores; these rules only point a person at the pattern.
 */

const DAY_MS = 86_400_000;
export const BAD_FAITH_RULES = {
  manyLocations: { minLocations: 3, windowDays: 30 },
  repeatAtLocation: { minComplaints: 3, windowDays: 7 },
} as const;

export type BadFaithRule = 'many_locations' | 'repeat_at_location';

export interface ContactFiling {
  complaintId: string;
  /** From {@link contactKeys}: a complaint with both an e-mail and a phone joins both groups. */
  contactKeys: readonly string[];
  locationId: string;
  receivedAtMs: number;
}

export interface BadFaithFlag {
  rules: BadFaithRule[];
  /** The other complaints of the same contact that make up the pattern, oldest first. */
  related: string[];
}

/**
 * The keys under which one customer's complaints meet: the e-mail in lower case,
 * the phone as its digits (so "+7 (916) 123-45-67" and "79161234567" meet).
 */
export function contactKeys(contact: { email?: string | null; phone?: string | null } | null | undefined): string[] {
  const keys: string[] = [];
  const email = contact?.email?.trim().toLowerCase();
  if (email) keys.push(`email:${email}`);
  const digits = contact?.phone?.replace(/\D/g, '') ?? '';
  if (digits.length >= 5) keys.push(`phone:${digits}`);
  return keys;
}

/**
 * The flag of every complaint that matches a rule. A window is any span of the
 * rule's length (ends included) that holds the complaint, so the first complaint
 * of a pattern is flagged as well as the last.
 */
export function badFaithFlags(filings: readonly ContactFiling[]): Map<string, BadFaithFlag> {
  const found = new Map<string, { rules: Set<BadFaithRule>; related: Map<string, number> }>();
  const mark = (filing: ContactFiling, rule: BadFaithRule, pattern: readonly ContactFiling[]) => {
    const entry = found.get(filing.complaintId) ?? { rules: new Set<BadFaithRule>(), related: new Map<string, number>() };
    entry.rules.add(rule);
    for (const other of pattern) if (other.complaintId !== filing.complaintId) entry.related.set(other.complaintId, other.receivedAtMs);
    found.set(filing.complaintId, entry);
  };
  for (const group of customers(filings)) {
    if (group.length < 3) continue;
    group.sort((a, b) => a.receivedAtMs - b.receivedAtMs);
    for (const filing of group) {
      const many = windowsHolding(group, filing, BAD_FAITH_RULES.manyLocations.windowDays, (w) => new Set(w.map((f) => f.locationId)).size >= BAD_FAITH_RULES.manyLocations.minLocations);
      if (many.length) mark(filing, 'many_locations', many);
      const here = group.filter((f) => f.locationId === filing.locationId);
      const repeat = windowsHolding(here, filing, BAD_FAITH_RULES.repeatAtLocation.windowDays, (w) => w.length >= BAD_FAITH_RULES.repeatAtLocation.minComplaints);
      if (repeat.length) mark(filing, 'repeat_at_location', repeat);
    }
  }
  const flags = new Map<string, BadFaithFlag>();
  for (const [id, entry] of found) {
    flags.set(id, {
      rules: [...entry.rules].sort(),
      related: [...entry.related].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([relatedId]) => relatedId),
    });
  }
  return flags;
}

/**
 * The filings of each customer: complaints that share a key belong together, and
 * so, through them, do complaints that share none (one by e-mail, one by phone,
 * joined by a third that gave both).
 */
function customers(filings: readonly ContactFiling[]): ContactFiling[][] {
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    let r = key;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(key, r);
    return r;
  };
  for (const filing of filings) {
    for (const key of filing.contactKeys) if (!parent.has(key)) parent.set(key, key);
    for (const key of filing.contactKeys.slice(1)) parent.set(root(key), root(filing.contactKeys[0]));
  }
  const groups = new Map<string, ContactFiling[]>();
  for (const filing of filings) {
    if (!filing.contactKeys.length) continue;
    const r = root(filing.contactKeys[0]);
    groups.set(r, [...(groups.get(r) ?? []), filing]);
  }
  return [...groups.values()];
}

/** Every filing of the windows (sorted group, `days` long, ends included) that hold `filing` and satisfy `qualifies`. */
function windowsHolding(sorted: readonly ContactFiling[], filing: ContactFiling, days: number, qualifies: (window: ContactFiling[]) => boolean): ContactFiling[] {
  const span = days * DAY_MS;
  const pattern = new Set<ContactFiling>();
  for (const start of sorted) {
    if (start.receivedAtMs > filing.receivedAtMs) break;
    if (filing.receivedAtMs - start.receivedAtMs > span) continue;
    const window = sorted.filter((f) => f.receivedAtMs >= start.receivedAtMs && f.receivedAtMs <= start.receivedAtMs + span);
    if (qualifies(window)) for (const f of window) pattern.add(f);
  }
  return [...pattern];
}
