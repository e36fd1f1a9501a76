import { DEFAULT_POLICY_RULES, Policy } from '@franscore/domain';
import { SimulatedLocation, simulatePolicy } from '@franscore/scoring';
import { SimulationInputsSchema, inForcePolicy } from './simulation';

function makePolicy(overrides: Partial<Policy> = {}): Policy {
  return {
    id: '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e01',
    name: 'Default',
    version: 1,
    status: 'published',
    rules: DEFAULT_POLICY_RULES,
    effectiveFrom: '2000-01-01',
    publishedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe(inForcePolicy.name, () => {
  const v1 = makePolicy();
  const v2 = makePolicy({
    id: '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e02',
    version: 2,
    effectiveFrom: '2026-12-01',
  });
  const draft = makePolicy({
    id: '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e03',
    version: null,
    status: 'draft',
    effectiveFrom: null,
  });

  it.each([
    { name: 'the newest version whose date has come', today: '2026-12-01', expected: v2 },
    { name: 'not one effective later', today: '2026-11-30', expected: v1 },
    { name: 'never a draft', today: '2000-01-01', expected: v1 },
    { name: 'none before the first', today: '1999-12-31', expected: null },
  ])('$name', ({ today, expected }) => {
    expect(inForcePolicy([draft, v2, v1], today)).toBe(expected);
  });
});

/** A location with `onTime` of 10 decided minor complaints acknowledged and resolved in time, nothing else. */
function location(code: string, onTime: number): SimulatedLocation {
  const counts = {
    minor: { decided: 10, onTime },
    major: { decided: 0, onTime: 0 },
    critical: { decided: 0, onTime: 0 },
  };
  return {
    locationId: `0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2${code.padStart(3, '0')}`,
    locationCode: code,
    inputs: {
      eligible: 10,
      acknowledge: counts,
      resolve: counts,
      ratings: { total: 0, positive: 0 },
      protocol: { cases: 0, scoreSum: 0 },
      orders: null,
      criticalResolveBreaches: [],
    },
  };
}

/** The shared scoring function as the simulator panel calls it. */
describe(simulatePolicy.name, () => {
  // Only responsiveness and resolution are present, equal: overall = 100 * onTime / 10.
  const locations = [location('A', 10), location('B', 8), location('C', 7)];

  it('lists who changes band when the thresholds rise', () => {
    const draft = { ...DEFAULT_POLICY_RULES, thresholds: { watch: 90, warning: 80, closure: 50 } };
    const sut = simulatePolicy(locations, DEFAULT_POLICY_RULES, draft);
    // B: 80 good -> watch; C: 70 watch -> warning; A: 100 stays good.
    expect(sut).toEqual({
      locations: 3,
      changed: 2,
      better: 0,
      worse: 2,
      changes: [
        {
          locationId: locations[1].locationId,
          locationCode: 'B',
          from: 'good',
          to: 'watch',
          overallFrom: 80,
          overallTo: 80,
        },
        {
          locationId: locations[2].locationId,
          locationCode: 'C',
          from: 'watch',
          to: 'warning',
          overallFrom: 70,
          overallTo: 70,
        },
      ],
    });
  });

  it('changes nothing with the same rules', () => {
    expect(simulatePolicy(locations, DEFAULT_POLICY_RULES, DEFAULT_POLICY_RULES).changed).toBe(0);
  });
});

describe('SimulationInputsSchema', () => {
  it('reads what the API sends', () => {
    expect(SimulationInputsSchema.parse([location('A', 1)])).toEqual([location('A', 1)]);
  });
});
