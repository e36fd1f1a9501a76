import { DEFAULT_POLICY_RULES, PolicyRules } from '@franscore/domain';
import { onTimeShare, weightsOffOne } from './policy-checks';

const withWeights = (w: Partial<PolicyRules['componentWeights']>): PolicyRules => ({
  ...DEFAULT_POLICY_RULES,
  componentWeights: { ...DEFAULT_POLICY_RULES.componentWeights, ...w },
});

describe(weightsOffOne.name, () => {
  it.each([
    { name: 'the default weights add up to 1', rules: DEFAULT_POLICY_RULES, sum: null },
    { name: 'floating-point noise is not a warning', rules: withWeights({ responsiveness: 0.1, resolution: 0.2, recovery: 0.3, protocol: 0.3, volume: 0.1 }), sum: null },
    { name: 'weights short of 1', rules: withWeights({ volume: 0.05 }), sum: 0.95 },
    { name: 'weights in percent', rules: withWeights({ responsiveness: 25, resolution: 25, recovery: 20, protocol: 20, volume: 10 }), sum: 100 },
    { name: 'a draft with errors', rules: null, sum: null },
  ])('$name', ({ rules, sum }) => {
    expect(weightsOffOne(rules)).toBe(sum);
  });
});

describe(onTimeShare.name, () => {
  it.each([
    { counts: { decided: 4, onTime: 3 }, share: 75 },
    { counts: { decided: 0, onTime: 0 }, share: null },
  ])('$counts.onTime of $counts.decided', ({ counts, share }) => {
    expect(onTimeShare(counts)).toBe(share);
  });
});
