import { DEFAULT_POLICY_RULES } from '@franscore/domain';
import { ScorecardInputs } from './scorecard';
import { simulatePolicy } from './simulate';

const allOnTime = (decided: number, onTime: number) => ({
  minor: { decided, onTime },
  major: { decided: 0, onTime: 0 },
  critical: { decided: 0, onTime: 0 },
});
const inputs = (onTime: number): ScorecardInputs => ({
  eligible: 10,
  acknowledge: allOnTime(10, onTime),
  resolve: allOnTime(10, onTime),
  ratings: { total: 0, positive: 0 },
  protocol: { cases: 0, scoreSum: 0 },
  orders: null,
  criticalResolveBreaches: [],
});

describe(simulatePolicy.name, () => {
  const network = [
    { locationId: 'a', locationCode: 'A-1', inputs: inputs(10) }, // 100: good either way
    { locationId: 'b', locationCode: 'B-1', inputs: inputs(8) }, // 80: good now, watch at a 85 threshold
    { locationId: 'c', locationCode: 'C-1', inputs: inputs(7) }, // 70: watch now, warning at 75
  ];

  it('lists who changes band and which way', () => {
    const stricter = { ...DEFAULT_POLICY_RULES, thresholds: { watch: 85, warning: 75, closure: 50 } };
    expect(simulatePolicy(network, DEFAULT_POLICY_RULES, stricter)).toEqual({
      locations: 3,
      changed: 2,
      better: 0,
      worse: 2,
      changes: [
        { locationId: 'b', locationCode: 'B-1', from: 'good', to: 'watch', overallFrom: 80, overallTo: 80 },
        { locationId: 'c', locationCode: 'C-1', from: 'watch', to: 'warning', overallFrom: 70, overallTo: 70 },
      ],
    });
  });

  it('reports nothing for the same policy', () => {
    expect(simulatePolicy(network, DEFAULT_POLICY_RULES, DEFAULT_POLICY_RULES).changed).toBe(0);
  });
});
