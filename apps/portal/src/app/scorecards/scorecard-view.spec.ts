import { Scorecard } from '@franscore/domain';
import {
  ComponentRow,
  breachGroups,
  breachLabel,
  componentRows,
  countedText,
  finalizable,
  shortId,
} from './scorecard-view';

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

describe(countedText.name, () => {
  const row = (
    name: ComponentRow['name'],
    numerator: number,
    denominator: number,
  ): ComponentRow => ({
    name,
    score: 1,
    weight: 0.2,
    numerator,
    denominator,
    sample: denominator,
    minimum: 1,
    absentReason: null,
  });
  /** Intl separates Russian thousands with a no-break space; fold it for readable expectations. */
  const plain = (t: { key: string; params: Record<string, string> }) => ({
    key: t.key,
    params: Object.fromEntries(
      Object.entries(t.params).map(([k, v]) => [k, v.replace(/[\u00a0\u202f]/g, ' ')]),
    ),
  });

  it.each([
    {
      name: 'protocol is the mean of the audited cases, not a sum over a count (en)',
      row: row('protocol', 675, 8),
      language: 'en',
      key: 'scorecards.counted.protocol.other',
      params: { count: '8' },
    },
    {
      name: 'protocol, one case (en)',
      row: row('protocol', 90, 1),
      language: 'en',
      key: 'scorecards.counted.protocol.one',
      params: { count: '1' },
    },
    {
      name: 'protocol, 8 cases in Russian: many',
      row: row('protocol', 675, 8),
      language: 'ru',
      key: 'scorecards.counted.protocol.many',
      params: { count: '8' },
    },
    {
      name: 'protocol, 3 cases in Russian: few',
      row: row('protocol', 240, 3),
      language: 'ru',
      key: 'scorecards.counted.protocol.few',
      params: { count: '3' },
    },
    {
      name: 'protocol, 21 cases in Russian: one',
      row: row('protocol', 1680, 21),
      language: 'ru',
      key: 'scorecards.counted.protocol.one',
      params: { count: '21' },
    },
    {
      name: 'weighted SLA share without 7.00 / 17.00',
      row: row('resolution', 7, 17),
      language: 'en',
      key: 'scorecards.counted.resolution',
      params: { onTime: '7', decided: '17' },
    },
    {
      name: 'weighted SLA share with a Russian decimal comma',
      row: row('responsiveness', 12.5, 16),
      language: 'ru',
      key: 'scorecards.counted.responsiveness',
      params: { onTime: '12,5', decided: '16' },
    },
    {
      name: 'recovery, 4 ratings in Russian: few',
      row: row('recovery', 2, 4),
      language: 'ru',
      key: 'scorecards.counted.recovery.few',
      params: { positive: '2', count: '4' },
    },
    {
      name: 'volume as a rate per 1,000 orders (ru, fraction: other)',
      row: row('volume', 10, 31000),
      language: 'ru',
      key: 'scorecards.counted.volume.other',
      params: { rate: '0,32', complaints: '10', orders: '31 000' },
    },
    {
      name: 'volume in English',
      row: row('volume', 10, 31000),
      language: 'en',
      key: 'scorecards.counted.volume.other',
      params: { rate: '0.32', complaints: '10', orders: '31,000' },
    },
  ])('$name', ({ row: r, language, key, params }) => {
    expect(plain(countedText(r, language))).toEqual({ key, params });
  });
});

describe(breachLabel.name, () => {
  it('names a breach by its complaint reference', () => {
    const card = { ...makeCard(), complaintReferences: { c1: 'MSK-001-0042' } };
    expect(breachLabel(card, 'c1')).toBe('MSK-001-0042');
  });

  it('falls back to the id when the reference is unknown', () => {
    expect(breachLabel(makeCard(), '42b745c4-c81f-4bec-91b0-18bb49346fd6')).toBe('42b745c4');
  });
});
