import { roundHalfAwayFromZero } from './round-half-away';

/**
 * Customers and money at risk (DOMAIN.md): a complainant of a period is
 * recovered (rated the recovery 4-5), lost (rated it 1-2, or not resolved
 * within the resolve target) or unknown. Shown beside the score, never part of it.
 */
export type ComplainantOutcome = 'recovered' | 'lost' | 'unknown';

export interface Complainant {
  /** The follow-up rating 1-5, or null when the customer gave none. */
  rating: number | null;
  /** The resolve target was decided and missed (the clock passed it before the resolution, or still unresolved). */
  resolvedLate: boolean;
}

/**
 * One complainant's outcome. The customer's own word comes first: a rating of
 * 4-5 is recovered even after a late resolution, a rating of 1-2 is lost; a
 * neutral 3 or no rating leaves the resolve target to decide (missed: lost).
 */
export function complainantOutcome(c: Complainant): ComplainantOutcome {
  if (c.rating !== null && c.rating >= 4) return 'recovered';
  if (c.rating !== null && c.rating <= 2) return 'lost';
  return c.resolvedLate ? 'lost' : 'unknown';
}

export interface CustomerCounts {
  recovered: number;
  lost: number;
  unknown: number;
}

/**
 * The same classification over a period's tally, as one SQL aggregation reads
 * it: every eligible complaint, those rated 4-5, those rated 1-2, and those
 * resolved late with no rating or a neutral 3. Negative or inconsistent
 * tallies are a bug upstream and throw.
 */
export interface ComplainantTally {
  eligible: number;
  ratedHigh: number;
  ratedLow: number;
  lateWithoutVerdict: number;
}

export function customerCounts(t: ComplainantTally): CustomerCounts {
  const recovered = t.ratedHigh;
  const lost = t.ratedLow + t.lateWithoutVerdict;
  const unknown = t.eligible - recovered - lost;
  if ([t.eligible, t.ratedHigh, t.ratedLow, t.lateWithoutVerdict].some((n) => !Number.isInteger(n) || n < 0) || unknown < 0) {
    throw new RangeError(`inconsistent complainant tally ${JSON.stringify(t)}`);
  }
  return { recovered, lost, unknown };
}

/** Head office's figures behind revenue at risk (settings, not the policy). */
export interface MoneySettings {
  /** Average customer lifetime value, in `currency`. */
  lifetimeValue: number;
  /** Word-of-mouth multiplier: each lost complainant turns this many others away. */
  multiplier: number;
  currency: string;
}

export interface MoneyAtRisk extends CustomerCounts {
  complainants: number;
  /** lost x (1 + multiplier) x lifetime value, rounded to the cent (half away from zero). */
  revenueAtRisk: number;
  currency: string;
}

/** Revenue at risk = lost x (1 + multiplier) x lifetime value. */
export function revenueAtRisk(lost: number, s: Pick<MoneySettings, 'lifetimeValue' | 'multiplier'>): number {
  return roundHalfAwayFromZero(lost * (1 + s.multiplier) * s.lifetimeValue, 2);
}

export function moneyAtRisk(counts: CustomerCounts, s: MoneySettings): MoneyAtRisk {
  return {
    ...counts,
    complainants: counts.recovered + counts.lost + counts.unknown,
    revenueAtRisk: revenueAtRisk(counts.lost, s),
    currency: s.currency,
  };
}

/** Counts summed over locations (per franchisee, region, network): revenue at risk is linear in lost, so sums agree. */
export function sumCustomers(all: readonly CustomerCounts[]): CustomerCounts {
  return all.reduce((a, c) => ({ recovered: a.recovered + c.recovered, lost: a.lost + c.lost, unknown: a.unknown + c.unknown }), { recovered: 0, lost: 0, unknown: 0 });
}
