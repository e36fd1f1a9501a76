import { LocationStanding } from '@franscore/domain';
import { bandDistributionChart, bandGroups, complaintMixChart, flagWindow, percent, slaComplianceChart } from './home-view';

const standing = (code: string, band: LocationStanding['band']): LocationStanding => ({
  locationId: '00000000-0000-4000-8000-000000000000',
  locationCode: code,
  locationName: code,
  overall: null,
  band,
  provisional: false,
  official: true,
  scorecardId: null,
  previousOverall: null,
  previousBand: null,
});
const labels = { caption: 'c', categoryLabel: 'k', series: (key: string) => key.toUpperCase(), format: (v: number) => String(v) };

describe(bandGroups.name, () => {
  it('groups worst band first, without empty bands, keeping the order inside a band', () => {
    const groups = bandGroups([standing('A', 'good'), standing('B', 'closure'), standing('C', null), standing('D', 'good')]);
    expect(groups.map((g) => [g.band, g.locations.map((l) => l.locationCode)])).toEqual([
      ['closure', ['B']],
      ['good', ['A', 'D']],
      ['none', ['C']],
    ]);
  });
});

describe(percent.name, () => {
  it.each([
    { name: 'none decided', onTime: 0, decided: 0, expected: null },
    { name: 'all on time', onTime: 6, decided: 6, expected: 100 },
    { name: 'ten of eighteen', onTime: 10, decided: 18, expected: 55.6 },
    { name: 'none on time', onTime: 0, decided: 4, expected: 0 },
  ])('$name', ({ onTime, decided, expected }) => {
    expect(percent(onTime, decided)).toBe(expected);
  });
});

describe(bandDistributionChart.name, () => {
  it('stacks one bar per band and "no score", month by month', () => {
    const spec = bandDistributionChart(
      [
        { period: '2026-09', good: 1, watch: 0, warning: 0, closure: 0, none: 0 },
        { period: '2026-10', good: 2, watch: 0, warning: 1, closure: 1, none: 3 },
      ],
      { ...labels, period: (p) => `<${p}>` },
    );
    expect(spec.categories).toEqual(['<2026-09>', '<2026-10>']);
    expect(spec.series.map((s) => [s.name, s.stack, s.values])).toEqual([
      ['GOOD', 'bands', [1, 2]],
      ['WATCH', 'bands', [0, 0]],
      ['WARNING', 'bands', [0, 1]],
      ['CLOSURE', 'bands', [0, 1]],
      ['NONE', 'bands', [0, 3]],
    ]);
  });
});

describe(complaintMixChart.name, () => {
  it('puts each category on a row, stacked by severity', () => {
    const spec = complaintMixChart(
      { period: '2026-10', rows: [{ category: 'wait_time', minor: 18, major: 0, critical: 0 }, { category: 'safety', minor: 0, major: 0, critical: 2 }] },
      { ...labels, category: (c) => `cat:${c}` },
    );
    expect(spec.categories).toEqual(['cat:wait_time', 'cat:safety']);
    expect(spec.series.map((s) => [s.name, s.values])).toEqual([
      ['MINOR', [18, 0]],
      ['MAJOR', [0, 0]],
      ['CRITICAL', [0, 2]],
    ]);
  });
});

describe(slaComplianceChart.name, () => {
  it('shows the acknowledged and resolved on time shares per group, a gap where nothing was decided', () => {
    const spec = slaComplianceChart(
      {
        period: '2026-10',
        by: 'region',
        rows: [
          { id: '00000000-0000-4000-8000-000000000001', name: 'North', ackOnTime: 10, ackDecided: 18, resolveOnTime: 9, resolveDecided: 18 },
          { id: '00000000-0000-4000-8000-000000000002', name: 'South', ackOnTime: 0, ackDecided: 0, resolveOnTime: 0, resolveDecided: 0 },
        ],
      },
      labels,
    );
    expect(spec.categories).toEqual(['North', 'South']);
    expect(spec.series.map((s) => [s.name, s.values])).toEqual([
      ['ACK', [55.6, null]],
      ['RESOLVE', [50, null]],
    ]);
    expect(spec.max).toBe(100);
  });
});

describe(flagWindow.name, () => {
  it.each([
    { name: 'mid-month', now: '2026-12-15T10:00:00.000Z', from: '2026-11-15', to: '2026-12-16' },
    { name: 'across a year end', now: '2026-01-10T23:59:59.000Z', from: '2025-12-11', to: '2026-01-11' },
    { name: 'on the last day of a month', now: '2026-03-31T00:00:00.000Z', from: '2026-03-01', to: '2026-04-01' },
  ])('$name', ({ now, from, to }) => {
    expect(flagWindow(new Date(now))).toEqual({ from, to });
  });
});
