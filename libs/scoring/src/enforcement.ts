import type { PolicyRules } from '@franscore/domain';
import type { Band } from './band';

export type CaseLevel = 'warning' | 'final_warning' | 'closure_review';

export interface OpenCase {
  level: CaseLevel;
  openedAt: Date;
  cureDeadline: Date;
}

export interface ScorecardFacts {
  id: string;
  band: Band | null;
  provisional: boolean;
  finalized: boolean;
  /** When the scorecard was computed: its facts stop there. */
  asOf: Date;
}

export type EnforcementStep =
  | { action: 'none'; rule: string }
  | { action: 'open_warning'; rule: string; cureDeadline: Date; capDeadline: Date }
  | { action: 'escalate_final_warning'; rule: string; cureDeadline: Date }
  | { action: 'open_closure_review'; rule: string }
  | { action: 'cure'; rule: string };

export interface EnforcementInput {
  openCase: OpenCase | null;
  scorecard: ScorecardFacts;
  rules: PolicyRules;
  now: Date;
  /** When each earlier warning of the location was opened (withdrawn ones left out). */
  earlierWarnings: readonly Date[];
}

const DAY = 86_400_000;
const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY);
const failing = (band: Band | null) => band === 'warning' || band === 'closure';

/**
 * DOMAIN.md "Enforcement": the next step for one location given its open case
 * and a scorecard, with the rule that fired. Closing is never a step: people decide it.
 */
export function nextEnforcementStep({ openCase, scorecard, rules, now, earlierWarnings }: EnforcementInput): EnforcementStep {
  const r = rules.enforcement;
  if (!scorecard.finalized) return { action: 'none', rule: 'only finalized scorecards are enforced' };
  if (scorecard.provisional) return { action: 'none', rule: 'provisional scorecards are never enforced' };
  if (scorecard.band === null) return { action: 'none', rule: 'the scorecard has no band' };

  if (!openCase) {
    if (!failing(scorecard.band)) return { action: 'none', rule: `band ${scorecard.band} needs no action` };
    const windowStart = now.getTime() - r.strikeWindowDays * DAY;
    const strikes = earlierWarnings.filter((w) => w.getTime() > windowStart).length + 1;
    if (strikes >= r.strikesForClosureReview) {
      return { action: 'open_closure_review', rule: `strike ${strikes} of ${r.strikesForClosureReview} within ${r.strikeWindowDays} days` };
    }
    return {
      action: 'open_warning',
      rule: `band ${scorecard.band} on a finalized scorecard (strike ${strikes} of ${r.strikesForClosureReview})`,
      cureDeadline: addDays(now, r.cureDays),
      capDeadline: addDays(now, r.capDueDays),
    };
  }

  if (openCase.level === 'closure_review') return { action: 'none', rule: 'a closure review awaits the decision of a person' };
  if (scorecard.band === 'closure') return { action: 'open_closure_review', rule: 'band closure while a case is open' };
  if (scorecard.asOf <= openCase.cureDeadline) return { action: 'none', rule: 'the cure period has not ended' };
  if (!failing(scorecard.band)) return { action: 'cure', rule: `band ${scorecard.band} after the cure deadline` };
  if (openCase.level === 'warning') {
    return { action: 'escalate_final_warning', rule: `still ${scorecard.band} after the cure deadline`, cureDeadline: addDays(now, r.cureDays) };
  }
  return { action: 'open_closure_review', rule: `still ${scorecard.band} after the final warning's cure deadline` };
}
