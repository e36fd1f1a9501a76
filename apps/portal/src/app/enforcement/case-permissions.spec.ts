import { Cap, EnforcementCase } from '@franscore/domain';
import { caseActions, historyLabelKey } from './case-permissions';

type State = Parameters<typeof caseActions>[1];

function makePlan(status: Cap['status'], done = false): Cap {
  return {
    id: '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e01',
    status,
    submittedAt: '2026-11-01T00:00:00.000Z',
    reviewedAt: null,
    reviewComment: null,
    actions: [
      {
        id: '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e02',
        description: 'Second cashier',
        owner: 'Manager',
        dueDate: '2026-12-01',
        doneAt: done ? '2026-11-20T00:00:00.000Z' : null,
        evidence: done ? 'Rota attached' : null,
      },
    ],
  };
}

function makeCase(overrides: Partial<State> = {}): State {
  return {
    status: 'open',
    level: 'warning',
    recommendation: null,
    plans: [],
    appeals: [],
    ...overrides,
  };
}

const recommendation: EnforcementCase['recommendation'] = {
  recommendation: 'close',
  reason: 'No improvement after two cure periods',
  at: '2026-11-01T00:00:00.000Z',
  by: 'rm@franscore.demo',
};
const pendingAppeal: EnforcementCase['appeals'][number] = {
  id: '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e03',
  level: 'warning',
  reason: 'The scorecard counted a prank complaint',
  status: 'pending',
  filedAt: '2026-11-02T00:00:00.000Z',
  ruling: null,
  ruledAt: null,
};

describe(caseActions.name, () => {
  it.each([
    {
      name: 'a fresh warning, franchisee',
      role: 'franchisee' as const,
      state: makeCase(),
      expected: ['submitPlan', 'appeal'],
    },
    {
      name: 'a fresh warning, regional manager',
      role: 'regional_manager' as const,
      state: makeCase(),
      expected: ['escalate', 'lift'],
    },
    { name: 'auditors only read', role: 'auditor' as const, state: makeCase(), expected: [] },
    { name: 'staff only read', role: 'location_staff' as const, state: makeCase(), expected: [] },
    {
      name: 'a plan waiting: the manager reviews, the franchisee waits',
      role: 'regional_manager' as const,
      state: makeCase({ plans: [makePlan('submitted')] }),
      expected: ['escalate', 'lift', 'reviewPlan'],
    },
    {
      name: 'a plan waiting, franchisee',
      role: 'franchisee' as const,
      state: makeCase({ plans: [makePlan('submitted')] }),
      expected: ['appeal'],
    },
    {
      name: 'a returned plan asks for a new one',
      role: 'franchisee' as const,
      state: makeCase({ plans: [makePlan('returned')] }),
      expected: ['submitPlan', 'appeal'],
    },
    {
      name: 'an accepted plan with open actions',
      role: 'franchisee' as const,
      state: makeCase({ plans: [makePlan('accepted')] }),
      expected: ['completeAction', 'appeal'],
    },
    {
      name: 'an accepted plan, all done',
      role: 'franchisee' as const,
      state: makeCase({ plans: [makePlan('accepted', true)] }),
      expected: ['appeal'],
    },
    {
      name: 'an appeal waiting: the admin rules, no second appeal',
      role: 'admin' as const,
      state: makeCase({ appeals: [pendingAppeal] }),
      expected: ['escalate', 'lift', 'ruleAppeal'],
    },
    {
      name: 'closure review: the regional manager recommends',
      role: 'regional_manager' as const,
      state: makeCase({ level: 'closure_review' }),
      expected: ['lift', 'recommend'],
    },
    {
      name: 'closure review: the admin waits for the recommendation',
      role: 'admin' as const,
      state: makeCase({ level: 'closure_review' }),
      expected: ['lift'],
    },
    {
      name: 'closure review recommended: the admin decides',
      role: 'admin' as const,
      state: makeCase({ level: 'closure_review', recommendation }),
      expected: ['lift', 'decide'],
    },
    {
      name: 'an ended case takes nothing',
      role: 'admin' as const,
      state: makeCase({ status: 'ended' }),
      expected: [],
    },
    { name: 'nobody signed in', role: undefined, state: makeCase(), expected: [] },
  ])('$name', ({ role, state, expected }) => {
    expect(caseActions(role, state)).toEqual(expected);
  });
});

describe(historyLabelKey.name, () => {
  it.each([
    { action: 'plan_accepted', expected: 'enforcement.history.plan_accepted' },
    { action: 'recommended_close', expected: 'enforcement.history.recommended_close' },
    { action: 'teleported', expected: null },
  ])('$action', ({ action, expected }) => {
    expect(historyLabelKey(action)).toBe(expected);
  });
});
