import { EnforcementCase, Role } from '@franscore/domain';

export type CaseActionKind =
  | 'escalate'
  | 'lift'
  | 'submitPlan'
  | 'reviewPlan'
  | 'completeAction'
  | 'appeal'
  | 'ruleAppeal'
  | 'recommend'
  | 'decide';

type CaseState = Pick<EnforcementCase, 'status' | 'level' | 'recommendation' | 'plans' | 'appeals'>;

const MANAGERS: readonly Role[] = ['regional_manager', 'admin'];

/**
 * The actions a role may take on a case now, as the API allows them (roles
 * per endpoint, the state each needs), so the page offers only what would be
 * accepted. An ended case takes none.
 */
export function caseActions(role: Role | undefined, c: CaseState): CaseActionKind[] {
  if (!role || c.status !== 'open') return [];
  const latestPlan = c.plans.at(-1);
  const planWaiting = c.plans.some((plan) => plan.status === 'submitted');
  const accepted = c.plans.some(
    (plan) => plan.status === 'accepted' && plan.actions.some((a) => !a.doneAt),
  );
  const appealWaiting = c.appeals.some((appeal) => appeal.status === 'pending');
  const closureReview = c.level === 'closure_review';
  const allowed: [CaseActionKind, boolean][] = [
    ['escalate', MANAGERS.includes(role) && !closureReview],
    ['lift', MANAGERS.includes(role)],
    // A plan is asked for until one is accepted; a returned plan asks for a new one.
    [
      'submitPlan',
      role === 'franchisee' && !planWaiting && (!latestPlan || latestPlan.status === 'returned'),
    ],
    ['reviewPlan', MANAGERS.includes(role) && planWaiting],
    ['completeAction', role === 'franchisee' && accepted],
    ['appeal', role === 'franchisee' && !appealWaiting],
    ['ruleAppeal', role === 'admin' && appealWaiting],
    ['recommend', role === 'regional_manager' && closureReview && c.recommendation === null],
    ['decide', role === 'admin' && closureReview && c.recommendation !== null],
  ];
  return allowed.filter(([, ok]) => ok).map(([kind]) => kind);
}

/** Actions the case history records; each has words in `enforcement.history`. */
export const HISTORY_ACTIONS = [
  'warning_opened',
  'warning_issued',
  'final_warning',
  'closure_review',
  'escalated',
  'lifted',
  'cured',
  'plan_submitted',
  'plan_accepted',
  'plan_returned',
  'action_done',
  'appealed',
  'appeal_upheld',
  'appeal_rejected',
  'recommended_close',
  'recommended_extend',
  'recommended_dismiss',
  'closed',
  'dismissed',
  'cure_extended',
] as const;

/** The translation of a recorded action, or null to show the server's word (a newer server's action). */
export function historyLabelKey(action: string): string | null {
  return (HISTORY_ACTIONS as readonly string[]).includes(action)
    ? `enforcement.history.${action}`
    : null;
}
