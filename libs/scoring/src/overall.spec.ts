import { overallScore, WeightedComponent } from './overall';
import { bandFor } from './band';
import { roundHalfAwayFromZero } from './round-half-away';

const DEFAULT_THRESHOLDS = { watch: 80, warning: 70, closure: 50 };
const c = (weight: number, score: number | null): WeightedComponent => ({ weight, score });

describe(overallScore.name, () => {
  it.each([
    {
      name: 'DOMAIN.md worked example',
      components: [c(0.25, 81.25), c(0.25, 75), c(0.2, 50), c(0.2, 80), c(0.1, 100)],
      unrounded: 75.0625,
      rounded: 75.1,
    },
    {
      name: 'absent components are re-weighted away',
      components: [c(0.25, 80), c(0.25, null), c(0.2, 50), c(0.2, null), c(0.1, null)],
      // (0.25*80 + 0.2*50) / 0.45 = 30 / 0.45
      unrounded: 66.66666666666667,
      rounded: 66.7,
    },
    { name: 'a single present component is the overall', components: [c(0.1, 42), c(0.2, null)], unrounded: 42, rounded: 42 },
    { name: 'half rounds away from zero', components: [c(1, 70.05)], unrounded: 70.05, rounded: 70.1 },
    { name: 'just below half rounds down', components: [c(1, 70.0499)], unrounded: 70.0499, rounded: 70 },
  ])('$name', ({ components, unrounded, rounded }) => {
    const result = overallScore(components);
    expect(result?.unrounded).toBeCloseTo(unrounded, 10);
    expect(result?.rounded).toBe(rounded);
  });

  it('answers null when no component is present', () => {
    expect(overallScore([c(0.25, null), c(0.75, null)])).toBeNull();
  });
});

describe(bandFor.name, () => {
  it.each([
    { overall: 100, band: 'good' },
    { overall: 80, band: 'good' },
    { overall: 79.9, band: 'watch' },
    { overall: 75.1, band: 'watch' },
    { overall: 70, band: 'watch' },
    { overall: 69.9, band: 'warning' },
    { overall: 50, band: 'warning' },
    { overall: 49.9, band: 'closure' },
    { overall: 0, band: 'closure' },
  ])('$overall is $band', ({ overall, band }) => {
    expect(bandFor(overall, DEFAULT_THRESHOLDS)).toBe(band);
  });
});

describe(roundHalfAwayFromZero.name, () => {
  it.each([
    { value: 75.0625, digits: 1, expected: 75.1 },
    { value: 0.05, digits: 1, expected: 0.1 },
    { value: -0.05, digits: 1, expected: -0.1 },
    { value: 81.25, digits: 1, expected: 81.3 },
    { value: 2.675, digits: 2, expected: 2.68 },
  ])('$value to $digits decimals is $expected', ({ value, digits, expected }) => {
    expect(roundHalfAwayFromZero(value, digits)).toBe(expected);
  });
});
