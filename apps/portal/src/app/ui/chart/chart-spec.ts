import type { EChartsCoreOption } from 'echarts/core';

/** Band colours for canvas charts: the values of styles.scss's `--fs-band-*` (a canvas cannot read CSS variables). */
export const BAND_COLORS = {
  good: '#1b7a3a',
  watch: '#b38600',
  warning: '#d35f00',
  closure: '#b3261e',
  none: '#8a8a8a',
} as const;

/** Severity colours, least to most severe. */
export const SEVERITY_COLORS = { minor: '#5b8def', major: '#d35f00', critical: '#b3261e' } as const;

export interface ChartSeries {
  readonly name: string;
  /** One value per category; null leaves a gap. */
  readonly values: readonly (number | null)[];
  readonly type: 'bar' | 'line';
  readonly color?: string;
  /** Series with the same stack name stack on each other. */
  readonly stack?: string;
  /** Drawn thicker: the series the chart is about (an overall beside its components). */
  readonly main?: boolean;
}

/**
 * What one chart shows, as data: the chart component draws it with ECharts and
 * lists the same figures in a table for screen readers and anyone who would
 * rather read numbers. Every chart of the portal is one of these.
 */
export interface ChartSpec {
  /** Says what the chart shows; the figure's caption and the table's. */
  readonly caption: string;
  /** The heading of the categories' column in the table. */
  readonly categoryLabel: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** A fixed top of the value axis (scores and percentages: 100). */
  readonly max?: number;
  /** Figures as the viewer's language writes them. */
  readonly format: (value: number) => string;
  /** Categories along the vertical axis, for long names (regions, franchisees). */
  readonly horizontal?: boolean;
}

export interface ChartTableRow {
  readonly category: string;
  readonly cells: readonly string[];
}

/** The table alternative: a row per category, a column per series; a gap is a dash. */
export function chartTable(spec: ChartSpec): ChartTableRow[] {
  return spec.categories.map((category, i) => ({
    category,
    cells: spec.series.map((s) => {
      const value = s.values[i];
      return value === null || value === undefined ? '–' : spec.format(value);
    }),
  }));
}

/** The ECharts option of a spec: tooltip on the axis, a legend when there is more than one series. */
export function chartOption(spec: ChartSpec): EChartsCoreOption {
  const categoryAxis = { type: 'category', data: [...spec.categories], axisLabel: { hideOverlap: true } };
  const valueAxis = { type: 'value', min: 0, max: spec.max, axisLabel: { formatter: (v: number) => spec.format(v) } };
  const legend = spec.series.length > 1;
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null || v === undefined ? '–' : spec.format(Number(v))) },
    legend: legend ? { top: 0, type: 'scroll' } : undefined,
    grid: { left: 8, right: 16, top: legend ? 36 : 12, bottom: 8, containLabel: true },
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: spec.series.map((s) => ({
      name: s.name,
      type: s.type,
      data: [...s.values],
      stack: s.stack,
      connectNulls: s.type === 'line',
      color: s.color,
      symbolSize: s.main ? 8 : 5,
      lineStyle: s.type === 'line' ? { width: s.main ? 4 : 2, type: s.main ? 'solid' : 'dashed' } : undefined,
      emphasis: { focus: 'series' },
    })),
  };
}
