import type { OrderVolumeSeries, OrderVolumeSource } from '@franscore/domain';
import type { ChartSpec } from '../../ui/chart/chart-spec';

/** One day of the window: its figure, or null when none was sent. */
export interface VolumeDayRow {
  readonly day: string;
  readonly orders: number | null;
  readonly source: OrderVolumeSource | null;
  readonly sourceName: string | null;
}

export interface VolumeSummary {
  readonly days: number;
  readonly reported: number;
  readonly missing: number;
  readonly total: number;
  /** Mean of the reported days, rounded; null when no day was reported. */
  readonly average: number | null;
}

const DAY_MS = 86_400_000;

/**
 * Every day from `from` to `to`, oldest first, each with its figure or null.
 * The chart draws these and the table lists them: one source for both, so the
 * screen-reader table never says anything the chart does not show.
 */
export function volumeDays(series: OrderVolumeSeries): VolumeDayRow[] {
  const byDay = new Map(series.days.map((d) => [d.day, d]));
  const rows: VolumeDayRow[] = [];
  const end = Date.parse(`${series.to}T00:00:00Z`);
  for (let t = Date.parse(`${series.from}T00:00:00Z`); t <= end; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    const found = byDay.get(day);
    rows.push({ day, orders: found?.orders ?? null, source: found?.source ?? null, sourceName: found?.sourceName ?? null });
  }
  return rows;
}

export function volumeSummary(rows: readonly VolumeDayRow[]): VolumeSummary {
  const reported = rows.filter((r) => r.orders !== null);
  const total = reported.reduce((sum, r) => sum + (r.orders ?? 0), 0);
  return {
    days: rows.length,
    reported: reported.length,
    missing: rows.length - reported.length,
    total,
    average: reported.length ? Math.round(total / reported.length) : null,
  };
}

/** A calendar day for people, in their language, read as that date wherever the viewer is. */
export function formatDay(day: string, language: string, style: 'short' | 'long' = 'long'): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(language, style === 'short' ? { day: 'numeric', month: 'short', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatOrders(orders: number, language: string): string {
  return new Intl.NumberFormat(language).format(orders);
}

/** The chart's words, already translated by the caller (this file imports no Angular). */
export interface VolumeChartLabels {
  readonly caption: string;
  readonly day: string;
  readonly orders: string;
  readonly language: string;
}

/**
 * The portal's one chart, fed the window's days: a bar per day, a gap for a day
 * without a figure; its table alternative lists the same days with the same figures.
 */
export function volumeChartSpec(rows: readonly VolumeDayRow[], labels: VolumeChartLabels): ChartSpec {
  return {
    caption: labels.caption,
    categoryLabel: labels.day,
    categories: rows.map((r) => formatDay(r.day, labels.language)),
    series: [{ name: labels.orders, values: rows.map((r) => r.orders), type: 'bar', color: '#3f51b5' }],
    format: (orders) => formatOrders(orders, labels.language),
  };
}
