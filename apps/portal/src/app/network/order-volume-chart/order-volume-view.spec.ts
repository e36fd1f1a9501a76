import type { OrderVolumeSeries } from '@franscore/domain';
import { chartOption, chartTable } from '../../ui/chart/chart-spec';
import { formatDay, volumeChartSpec, volumeDays, volumeSummary } from './order-volume-view';

const series = (days: OrderVolumeSeries['days'], from = '2026-10-01', to = '2026-10-04'): OrderVolumeSeries => ({
  locationId: '00000000-0000-4000-8000-000000000001',
  from,
  to,
  days,
});
const pos = (day: string, orders: number) => ({ day, orders, source: 'pos' as const, sourceName: 'Till feed' });

describe(volumeDays.name, () => {
  it('lists every day of the window oldest first, a day without a figure as null', () => {
    expect(volumeDays(series([pos('2026-10-03', 410), pos('2026-10-01', 400)]))).toEqual([
      { day: '2026-10-01', orders: 400, source: 'pos', sourceName: 'Till feed' },
      { day: '2026-10-02', orders: null, source: null, sourceName: null },
      { day: '2026-10-03', orders: 410, source: 'pos', sourceName: 'Till feed' },
      { day: '2026-10-04', orders: null, source: null, sourceName: null },
    ]);
  });

  it('crosses a month end and a daylight-saving change without skipping or repeating a day', () => {
    const days = volumeDays(series([], '2026-10-24', '2026-11-02')).map((d) => d.day);
    expect(days).toEqual(['2026-10-24', '2026-10-25', '2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
  });
});

describe('the table alternative and the chart', () => {
  const labels = { caption: 'Orders per day at MSK-001', day: 'Day', orders: 'Orders', language: 'en' };
  const rows = volumeDays(series([pos('2026-10-01', 400), pos('2026-10-02', 0), pos('2026-10-04', 1200)]));

  it('lists every day with its figure in the reader\'s language, a dash for a day without one', () => {
    expect(chartTable(volumeChartSpec(rows, labels))).toEqual([
      { category: 'Oct 1, 2026', cells: ['400'] },
      { category: 'Oct 2, 2026', cells: ['0'] },
      { category: 'Oct 3, 2026', cells: ['–'] },
      { category: 'Oct 4, 2026', cells: ['1,200'] },
    ]);
    expect(chartTable(volumeChartSpec(rows, { ...labels, language: 'ru' })).map((r) => r.cells[0])).toEqual(['400', '0', '–', '1\u00a0200']);
  });

  it('draws the same figures as bars, day for day, under the table\'s caption and headings', () => {
    const spec = volumeChartSpec(rows, labels);
    expect(spec).toMatchObject({ caption: 'Orders per day at MSK-001', categoryLabel: 'Day' });
    const option = chartOption(spec) as { xAxis: { data: string[] }; series: Array<{ name: string; type: string; data: unknown[] }> };
    expect(option.series).toEqual([expect.objectContaining({ name: 'Orders', type: 'bar', data: [400, 0, null, 1200] })]);
    expect(option.xAxis.data).toEqual(chartTable(spec).map((r) => r.category));
  });
});

describe(volumeSummary.name, () => {
  it('counts reported and missing days and averages only the reported ones (0 is a figure)', () => {
    expect(volumeSummary(volumeDays(series([pos('2026-10-01', 400), pos('2026-10-02', 0), pos('2026-10-04', 1201)])))).toEqual({
      days: 4,
      reported: 3,
      missing: 1,
      total: 1601,
      average: 534,
    });
  });

  it('has no average without a reported day', () => {
    expect(volumeSummary(volumeDays(series([])))).toMatchObject({ reported: 0, missing: 4, average: null });
  });
});

describe(formatDay.name, () => {
  it.each([
    { language: 'en', style: 'long' as const, expected: 'Oct 1, 2026' },
    { language: 'ru', style: 'short' as const, expected: '1 окт.' },
  ])('reads the calendar day in $language whatever the viewer\'s zone', ({ language, style, expected }) => {
    expect(formatDay('2026-10-01', language, style)).toBe(expected);
  });
});
