import { BANDS, BandCounts, BandName, CATEGORIES, Category, ComplaintMix, LocationStanding, SlaCompliance } from '@franscore/domain';
import { BAND_COLORS, ChartSpec, SEVERITY_COLORS } from '../ui/chart/chart-spec';

export type BandOrNone = BandName | 'none';
/** Worst first: what needs attention leads. */
export const BAND_ORDER: readonly BandOrNone[] = ['closure', 'warning', 'watch', 'good', 'none'];

export interface BandGroup {
  readonly band: BandOrNone;
  readonly locations: readonly LocationStanding[];
}

/** A region's (or franchisee's) locations by band, worst band first, empty bands left out; order inside a band kept. */
export function bandGroups(locations: readonly LocationStanding[]): BandGroup[] {
  return BAND_ORDER.map((band) => ({ band, locations: locations.filter((l) => (l.band ?? 'none') === band) })).filter(
    (g) => g.locations.length > 0,
  );
}

/** Share of decided complaints that met the target, one decimal; null when none was decided. */
export function percent(onTime: number, decided: number): number | null {
  return decided === 0 ? null : Math.round((1000 * onTime) / decided) / 10;
}

export interface ChartLabels {
  readonly caption: string;
  readonly categoryLabel: string;
  /** The name of each series key ("good", "minor", "ack"...). */
  readonly series: (key: string) => string;
  readonly format: (value: number) => string;
}

/** Standing cards per band, month by month: stacked bars in band colours. */
export function bandDistributionChart(months: readonly BandCounts[], labels: ChartLabels & { readonly period: (period: string) => string }): ChartSpec {
  const keys: readonly BandOrNone[] = [...BANDS, 'none'];
  return {
    caption: labels.caption,
    categoryLabel: labels.categoryLabel,
    categories: months.map((m) => labels.period(m.period)),
    format: labels.format,
    series: keys.map((key) => ({ name: labels.series(key), type: 'bar', stack: 'bands', color: BAND_COLORS[key], values: months.map((m) => m[key]) })),
  };
}

/** Complaints per category (busiest first, as the API orders them), stacked by severity. */
export function complaintMixChart(mix: ComplaintMix, labels: ChartLabels & { readonly category: (category: Category) => string }): ChartSpec {
  const rows = mix.rows.filter((r) => CATEGORIES.includes(r.category));
  return {
    caption: labels.caption,
    categoryLabel: labels.categoryLabel,
    categories: rows.map((r) => labels.category(r.category)),
    format: labels.format,
    horizontal: true,
    series: (['minor', 'major', 'critical'] as const).map((severity) => ({
      name: labels.series(severity),
      type: 'bar',
      stack: 'severity',
      color: SEVERITY_COLORS[severity],
      values: rows.map((r) => r[severity]),
    })),
  };
}

/** Per region or franchisee, the share acknowledged and resolved on time, in percent. */
export function slaComplianceChart(sla: SlaCompliance, labels: ChartLabels): ChartSpec {
  return {
    caption: labels.caption,
    categoryLabel: labels.categoryLabel,
    categories: sla.rows.map((r) => r.name),
    format: labels.format,
    max: 100,
    horizontal: true,
    series: [
      { name: labels.series('ack'), type: 'bar', color: '#3f6fd8', values: sla.rows.map((r) => percent(r.ackOnTime, r.ackDecided)) },
      { name: labels.series('resolve'), type: 'bar', color: '#0f8a8a', values: sla.rows.map((r) => percent(r.resolveOnTime, r.resolveDecided)) },
    ],
  };
}

/** How far back the auditor's home looks for flagged complaints: the longer of the two bad-faith windows. */
export const FLAG_WINDOW_DAYS = 30;

/** The dates [from, to) of the flag window ending today (to is tomorrow, so today counts), UTC. */
export function flagWindow(now: Date): { from: string; to: string } {
  const day = (offset: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset)).toISOString().slice(0, 10);
  return { from: day(-FLAG_WINDOW_DAYS), to: day(1) };
}
