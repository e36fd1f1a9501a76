import { Scorecard } from '@franscore/domain';
import { breachGroups, componentRows, finalizable, shortId } from './scorecard-view';

const component = (score: number | null) => ({
  score,
  weight: 0.2,
  numerator: 1,
  denominator: 2,
  sample: 2,
  minimum: 1,
  absentReason: score === null ? '0 cases' : null,
});

function makeCard(): Scorecard {
  return {
    id: '42b745c4-c81f-4bec-91b0-18bb49346fd6',
    locationId: '42b745c4-c81f-4bec-91b0-18bb49346fd7',
    locationCode: 'MSK-001',
    locationName: 'Tverskaya',
    regionName: 'Moscow',
    franchiseeName: 'Alpha Foods LLC',
    period: '2026-10',
    policyVersion: 1,
    asOf: '2026-11-01T00:00:00.000Z',
    overall: 75.1,
    band: 'watch',
    provisional: false,
    finalized: false,
    standing: 'not_final',
    revision: null,
    explanation: {
      eligible: 10,
      excludedByDispute: 0,
      // Stored JSON comes back in any key order.
      components: {
        volume: component(100),
        protocol: component(null),
        recovery: component(50),
        resolution: component(75),
        responsiveness: component(81.25),
      },
      overallUnrounded: 75.0625,
      bandBeforeOverride: null,
      overrideReason: null,
      breaches: { acknowledge: ['a1'], resolve: [], criticalResolve: ['c1', 'c2'] },
      auditIds: [],
      orders: null,
    },
  };
}

describe(componentRows.name, () => {
  it("lists the components in DOMAIN.md's order", () => {
    expect(componentRows(makeCard()).map((row) => [row.name, row.score])).toEqual([
      ['responsiveness', 81.25],
      ['resolution', 75],
      ['recovery', 50],
      ['protocol', null],
      ['volume', 100],
    ]);
  });
});

describe(breachGroups.name, () => {
  it('groups the breached complaints by target', () => {
    expect(breachGroups(makeCard())).toEqual([
      { kind: 'acknowledge', complaintIds: ['a1'] },
      { kind: 'resolve', complaintIds: [] },
      { kind: 'criticalResolve', complaintIds: ['c1', 'c2'] },
    ]);
  });
});

describe(finalizable.name, () => {
  it.each([
    ['an auditor, a card not final', 'auditor', 'not_final', true],
    ['an admin, a revision', 'admin', 'revision', true],
    ['an auditor, the official card', 'auditor', 'official', false],
    ['an auditor, a superseded card', 'auditor', 'superseded', false],
    ['a regional manager, a card not final', 'regional_manager', 'not_final', false],
    ['a franchisee, a revision', 'franchisee', 'revision', false],
    ['nobody signed in', undefined, 'not_final', false],
  ] as const)('%s: %s', (_, role, standing, expected) => {
    expect(finalizable(role, standing)).toBe(expected);
  });
});

describe(shortId.name, () => {
  it('keeps the first block', () => {
    expect(shortId('6cfbd9aa-32a1-4bcc-9226-3765f16d202c')).toBe('6cfbd9aa');
  });
});
