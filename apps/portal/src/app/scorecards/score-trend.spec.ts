import { Scorecard } from '@franscore/domain';
import { scoreTrend, scoreTrendChart } from './score-trend';

const component = (score: number | null) => ({ score, weight: 0.2, numerator: 0, denominator: 0, sample: 0, minimum: 1, absentReason: score === null ? 'sample' : null });
const card = (period: string, overall: number | null, recovery: number | null): Scorecard =>
  ({
    period,
    overall,
    band: overall === null ? null : 'good',
    explanation: {
      components: {
        responsiveness: component(90),
        resolution: component(80),
        recovery: component(recovery),
        protocol: component(null),
        volume: component(100),
      },
    },
  }) as unknown as Scorecard;

describe(scoreTrend.name, () => {
  it('keeps the newest periods oldest first, each with its components, absent ones as null', () => {
    const points = scoreTrend([card('2026-10', 81.5, 60), card('2026-08', 70, null), card('2026-09', 75, 50)], 2);
    expect(points.map((p) => [p.period, p.overall, p.components.recovery, p.components.protocol])).toEqual([
      ['2026-09', 75, 50, null],
      ['2026-10', 81.5, 60, null],
    ]);
  });
});

describe(scoreTrendChart.name, () => {
  it('draws the overall first and thick, then the five components, each value by period', () => {
    const spec = scoreTrendChart(scoreTrend([card('2026-09', 75, 50), card('2026-10', 81.5, 60)], 12), {
      caption: 'Scores of MSK-001',
      period: 'Period',
      overall: 'Overall',
      components: { responsiveness: 'Resp', resolution: 'Res', recovery: 'Rec', protocol: 'Prot', volume: 'Vol' },
      periodLabel: (p) => `P${p}`,
      format: (v) => String(v),
    });
    expect(spec.categories).toEqual(['P2026-09', 'P2026-10']);
    expect(spec.series.map((s) => [s.name, s.main ?? false, s.values])).toEqual([
      ['Overall', true, [75, 81.5]],
      ['Resp', false, [90, 90]],
      ['Res', false, [80, 80]],
      ['Rec', false, [50, 60]],
      ['Prot', false, [null, null]],
      ['Vol', false, [100, 100]],
    ]);
    expect(spec.max).toBe(100);
  });
});
