import { ChartSpec, chartOption, chartTable } from './chart-spec';

const spec = (overrides: Partial<ChartSpec> = {}): ChartSpec => ({
  caption: 'Score by period',
  categoryLabel: 'Period',
  categories: ['Sep 26', 'Oct 26'],
  series: [
    { name: 'Overall', values: [72.5, null], type: 'line', main: true },
    { name: 'Recovery', values: [50, 60], type: 'line' },
  ],
  max: 100,
  format: (v) => v.toFixed(1),
  ...overrides,
});

describe(chartTable.name, () => {
  it('gives a row per category and a cell per series, a dash for a gap', () => {
    expect(chartTable(spec())).toEqual([
      { category: 'Sep 26', cells: ['72.5', '50.0'] },
      { category: 'Oct 26', cells: ['–', '60.0'] },
    ]);
  });
});

describe(chartOption.name, () => {
  it('draws the categories along x and the values up to the fixed top, the main series thicker', () => {
    const option = chartOption(spec()) as {
      xAxis: { data: string[] };
      yAxis: { max: number };
      legend: unknown;
      series: Array<{ name: string; data: unknown[]; lineStyle: { width: number } }>;
    };
    expect(option.xAxis.data).toEqual(['Sep 26', 'Oct 26']);
    expect(option.yAxis.max).toBe(100);
    expect(option.legend).toBeDefined();
    expect(option.series.map((s) => [s.name, s.data, s.lineStyle.width])).toEqual([
      ['Overall', [72.5, null], 4],
      ['Recovery', [50, 60], 2],
    ]);
  });

  it('turns round for long category names and leaves the legend out for a single series', () => {
    const option = chartOption(
      spec({ horizontal: true, series: [{ name: 'Acknowledged on time', values: [90, 80], type: 'bar' }] }),
    ) as { xAxis: { type: string }; yAxis: { type: string; data: string[] }; legend: unknown };
    expect(option.xAxis.type).toBe('value');
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['Sep 26', 'Oct 26'] });
    expect(option.legend).toBeUndefined();
  });
});
