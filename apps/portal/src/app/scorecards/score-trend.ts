import { COMPONENT_NAMES, Scorecard } from '@franscore/domain';
import { ChartSpec } from '../ui/chart/chart-spec';
import { TrendPoint, oldestFirst } from '../ui/trend';

export type ComponentName = (typeof COMPONENT_NAMES)[number];

/** A period of a location's trend: the overall score and each component's (null when absent). */
export interface ScoreTrendPoint extends TrendPoint {
  readonly components: Readonly<Record<ComponentName, number | null>>;
}

const COMPONENT_COLORS: Record<ComponentName, string> = {
  responsiveness: '#3f6fd8',
  resolution: '#7b4fc9',
  recovery: '#0f8a8a',
  protocol: '#b5651d',
  volume: '#6d6d6d',
};
const OVERALL_COLOR = '#1c1b1f';

/** The cards of a location, newest first from the API, as the last `limit` periods oldest first. */
export function scoreTrend(cards: readonly Scorecard[], limit: number): ScoreTrendPoint[] {
  return oldestFirst(cards, limit).map((card) => ({
    period: card.period,
    overall: card.overall,
    band: card.band,
    components: Object.fromEntries(
      COMPONENT_NAMES.map((name) => [name, card.explanation.components[name]?.score ?? null]),
    ) as Record<ComponentName, number | null>,
  }));
}

export interface ScoreTrendLabels {
  readonly caption: string;
  readonly period: string;
  readonly overall: string;
  readonly components: Readonly<Record<ComponentName, string>>;
  readonly periodLabel: (period: string) => string;
  readonly format: (value: number) => string;
}

/** The overall score as a bold line over its five components, 0-100, one point per period. */
export function scoreTrendChart(points: readonly ScoreTrendPoint[], labels: ScoreTrendLabels): ChartSpec {
  return {
    caption: labels.caption,
    categoryLabel: labels.period,
    categories: points.map((p) => labels.periodLabel(p.period)),
    max: 100,
    format: labels.format,
    series: [
      { name: labels.overall, type: 'line', main: true, color: OVERALL_COLOR, values: points.map((p) => p.overall) },
      ...COMPONENT_NAMES.map((name) => ({
        name: labels.components[name],
        type: 'line' as const,
        color: COMPONENT_COLORS[name],
        values: points.map((p) => p.components[name]),
      })),
    ],
  };
}
