import fc from 'fast-check';
import { DEFAULT_POLICY_RULES, PolicyRules } from '@franscore/domain';
import { caseScore } from './case-score';
import { computeScorecard, ScorecardInputs, volumeScore } from './scorecard';

const rules = DEFAULT_POLICY_RULES;
const counts = (minor: [number, number], major: [number, number], critical: [number, number]) => ({
  minor: { decided: minor[0], onTime: minor[1] },
  major: { decided: major[0], onTime: major[1] },
  critical: { decided: critical[0], onTime: critical[1] },
});
const inputs = (over: Partial<ScorecardInputs> = {}): ScorecardInputs => ({
  eligible: 10,
  acknowledge: counts([6, 5], [3, 2], [1, 1]),
  resolve: counts([6, 5], [3, 2], [1, 1]),
  ratings: { total: 4, positive: 2 },
  protocol: { cases: 2, scoreSum: 160 },
  orders: 100_000,
  criticalResolveBreaches: [],
  ...over,
});

describe(computeScorecard.name, () => {
  it('responsiveness of the DOMAIN.md worked example is 81.25', () => {
    const r = computeScorecard(inputs(), rules).components.responsiveness;
    expect(r).toMatchObject({ score: 81.25, numerator: 13, denominator: 16, sample: 10 });
  });

  it('reproduces the worked example: 75.0625 shown as 75.1, band watch', () => {
    // resolution 75: minor 4/4, major 1/2, critical 0/0 -> (4*1 + 1*2)/(4*1 + 2*2) = 6/8 = 75
    const r = computeScorecard(inputs({ resolve: counts([4, 4], [2, 1], [0, 0]) }), rules);
    expect(r.components.resolution.score).toBe(75);
    expect(r.components.recovery.score).toBe(50);
    expect(r.components.protocol.score).toBe(80);
    expect(r.components.volume.score).toBe(100);
    expect(r.overallUnrounded).toBeCloseTo(75.0625, 10);
    expect(r.overall).toBe(75.1);
    expect(r.band).toBe('watch');
    expect(r.provisional).toBe(false);
  });

  it('a critical resolve breach lifts watch to warning and says why', () => {
    const r = computeScorecard(inputs({ resolve: counts([4, 4], [2, 1], [0, 0]), criticalResolveBreaches: ['c-1'] }), rules);
    expect(r).toMatchObject({ overall: 75.1, band: 'warning', bandBeforeOverride: 'watch', overrideReason: expect.stringMatching(/1 critical/) });
  });

  it.each([
    { name: 'good is lifted to warning', resolve: counts([10, 10], [0, 0], [0, 0]), band: 'warning', before: 'good' },
    { name: 'closure stays closure', resolve: counts([10, 0], [0, 0], [0, 0]), acknowledge: counts([10, 0], [0, 0], [0, 0]), ratings: { total: 5, positive: 0 }, protocol: { cases: 1, scoreSum: 10 }, band: 'closure', before: null },
  ])('override: $name', ({ band, before, ...over }) => {
    const r = computeScorecard(inputs({ ...over, criticalResolveBreaches: ['c-9'] }), rules);
    expect(r.band).toBe(band);
    expect(r.bandBeforeOverride).toBe(before);
  });

  it.each([
    { name: 'responsiveness below 3 decided', over: { acknowledge: counts([1, 1], [1, 1], [0, 0]) }, component: 'responsiveness' as const },
    { name: 'recovery below 3 ratings', over: { ratings: { total: 2, positive: 2 } }, component: 'recovery' as const },
    { name: 'protocol without audited cases', over: { protocol: { cases: 0, scoreSum: 0 } }, component: 'protocol' as const },
    { name: 'volume without orders', over: { orders: null }, component: 'volume' as const },
    { name: 'volume below 1,000 orders', over: { orders: 999 }, component: 'volume' as const },
  ])('$name is absent, with the reason', ({ over, component }) => {
    const r = computeScorecard(inputs(over), rules).components[component];
    expect(r.score).toBeNull();
    expect(r.absentReason).toMatch(/fewer than/);
  });

  it('re-weights over the present components only', () => {
    // responsiveness 81.25 (0.25), resolution 81.25 (0.25), recovery 50 (0.2); protocol and volume absent.
    const r = computeScorecard(inputs({ protocol: { cases: 0, scoreSum: 0 }, orders: null }), rules);
    expect(r.overallUnrounded).toBeCloseTo((0.25 * 81.25 + 0.25 * 81.25 + 0.2 * 50) / 0.7, 10);
    expect(r.overall).toBe(72.3);
  });

  it('has no overall and no band when no component is present', () => {
    const r = computeScorecard(
      inputs({ eligible: 0, acknowledge: counts([0, 0], [0, 0], [0, 0]), resolve: counts([0, 0], [0, 0], [0, 0]), ratings: { total: 0, positive: 0 }, protocol: { cases: 0, scoreSum: 0 }, orders: 0 }),
      rules,
    );
    expect(r).toMatchObject({ overall: null, band: null, provisional: true });
  });

  it('is provisional below the minimum eligible complaints', () => {
    expect(computeScorecard(inputs({ eligible: 4 }), rules).provisional).toBe(true);
    expect(computeScorecard(inputs({ eligible: 5 }), rules).provisional).toBe(false);
  });

  it('uses the severity weights of the policy', () => {
    const flat: PolicyRules = { ...rules, severityWeights: { minor: 1, major: 1, critical: 1 } };
    expect(computeScorecard(inputs(), flat).components.responsiveness.score).toBe(80); // 8 of 10
  });
});

describe(volumeScore.name, () => {
  it.each([
    { complaints: 5, orders: 10_000, score: 100 }, // 0.5 per 1,000: the full-score band
    { complaints: 50, orders: 10_000, score: 0 }, // 5.0: the zero band
    { complaints: 60, orders: 10_000, score: 0 },
    { complaints: 0, orders: 10_000, score: 100 },
    { complaints: 275, orders: 100_000, score: 50 }, // 2.75 is halfway between 0.5 and 5.0
    { complaints: 10, orders: 10_000, score: 88.88888888888889 }, // 1.0 -> 100 * 4 / 4.5
  ])('$complaints complaints in $orders orders score $score', ({ complaints, orders, score }) => {
    expect(volumeScore(complaints, orders, rules.volumeBands)).toBeCloseTo(score, 10);
  });
});

describe(caseScore.name, () => {
  it.each([
    { criteria: [2, 2, 2, 2, 2, 2, 2] as const, score: 100 },
    { criteria: [2, 1, 0, 2, 1, null, null] as const, score: 60 }, // 6 of 10
    { criteria: [0, 0, 0, 0, 0, 0, 0] as const, score: 0 },
    { criteria: [1, null, null, null, null, null, null] as const, score: 50 },
    { criteria: [null, null, null, null, null, null, null] as const, score: null },
  ])('$criteria -> $score', ({ criteria, score }) => {
    expect(caseScore(criteria)).toBe(score);
  });
});

describe('scorecard properties', () => {
  const target = fc.record({ decided: fc.integer({ min: 0, max: 50 }), onTimeShare: fc.double({ min: 0, max: 1, noNaN: true }) });
  const countsArb = fc.record({ minor: target, major: target, critical: target }).map((c) =>
    Object.fromEntries(Object.entries(c).map(([k, v]) => [k, { decided: v.decided, onTime: Math.floor(v.decided * v.onTimeShare) }])) as ScorecardInputs['acknowledge'],
  );
  const inputsArb = fc.record({
    eligible: fc.integer({ min: 0, max: 200 }),
    acknowledge: countsArb,
    resolve: countsArb,
    ratings: fc.integer({ min: 0, max: 40 }).chain((total) => fc.record({ total: fc.constant(total), positive: fc.integer({ min: 0, max: total }) })),
    protocol: fc.integer({ min: 0, max: 10 }).chain((cases) => fc.record({ cases: fc.constant(cases), scoreSum: fc.double({ min: 0, max: 100 * cases, noNaN: true }) })),
    orders: fc.option(fc.integer({ min: 0, max: 500_000 })),
    criticalResolveBreaches: fc.constant([] as string[]),
  });

  it('overall lies between the lowest and highest present component', () => {
    fc.assert(
      fc.property(inputsArb, (i) => {
        const r = computeScorecard(i, rules);
        const present = Object.values(r.components).map((c) => c.score).filter((s): s is number => s !== null);
        if (r.overallUnrounded === null) return present.length === 0;
        return r.overallUnrounded >= Math.min(...present) - 1e-9 && r.overallUnrounded <= Math.max(...present) + 1e-9;
      }),
    );
  });

  it('more on-time acknowledgements never lower responsiveness', () => {
    fc.assert(
      fc.property(inputsArb, fc.constantFrom('minor', 'major', 'critical' as const), (i, severity) => {
        const c = i.acknowledge[severity];
        if (c.onTime >= c.decided) return true;
        const better = { ...i, acknowledge: { ...i.acknowledge, [severity]: { ...c, onTime: c.onTime + 1 } } };
        const before = computeScorecard(i, rules).components.responsiveness.score;
        const after = computeScorecard(better, rules).components.responsiveness.score;
        return before === null ? after === null : (after as number) >= before - 1e-9;
      }),
    );
  });

  it('every component stays within 0-100', () => {
    fc.assert(
      fc.property(inputsArb, (i) => Object.values(computeScorecard(i, rules).components).every((c) => c.score === null || (c.score >= -1e-9 && c.score <= 100 + 1e-9))),
    );
  });
});
